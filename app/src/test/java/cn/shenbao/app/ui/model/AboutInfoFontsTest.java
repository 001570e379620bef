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
        // the list needs no real font: a table directory (what BundledFonts checks) with a cmap inside the file
        java.nio.ByteBuffer font = java.nio.ByteBuffer.allocate(12 + 16 + 4);
        font.putInt(0x4F54544F).putShort((short) 1).putShort((short) 16).putShort((short) 0).putShort((short) 0);
        font.putInt(0x636D6170).putInt(0).putInt(28).putInt(4).putInt(0);
        Files.write(dir.resolve("a.subset.otf"), font.array());
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
