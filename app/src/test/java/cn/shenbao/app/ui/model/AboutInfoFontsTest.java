package cn.shenbao.app.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.print.fonts.BundledFonts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 帮助 › 关于 lists the font subsets the installer ships with their licences, from the manifest beside them. */
class AboutInfoFontsTest {
    @TempDir
    Path dir;

    @Test
    void theShippedFontSubsetsAreListedWithTheirLicences() throws Exception {
        // any whole font file does for the list (BundledFonts checks its table directory)
        Files.copy(java.nio.file.Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), dir.resolve("a.subset.otf"));
        Files.write(dir.resolve("a.subset.otf.asked"), new byte[0x10000 / 8]);
        Files.writeString(dir.resolve(BundledFonts.MANIFEST), String.join("\n", "1.file=a.subset.otf",
                "1.asked=a.subset.otf.asked", "1.family=Noto Serif CJK SC", "1.source=NotoSerifCJK-Regular.ttc",
                "1.sourceSize=26297400", "1.license=SIL Open Font License 1.1"), StandardCharsets.UTF_8);
        assertThat(AboutInfo.fontSubsets(BundledFonts.read(dir))).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("Noto Serif CJK SC");
            assertThat(l.coordinates()).isEqualTo("fonts/a.subset.otf");
            assertThat(l.licenseText()).isEqualTo("SIL Open Font License 1.1");
        });
        assertThat(AboutInfo.fontSubsets(BundledFonts.read(dir.resolve("none")))).isEmpty();
    }
}
