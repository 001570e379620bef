package cn.shenbao.forms.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.samples.SampleDrafts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-off of some parts (issue 14): a DOCX restricted to one member's row and one section is protected for filling
 * in forms (Word's 限制编辑 › 填写窗体) and every other control is locked; a DOCX for everything has no protection;
 * both read back unchanged.
 */
class HandoffProtectionTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheChosenRowAndSectionStayEditable() throws Exception {
        Draft d = SampleDrafts.kczgComplete();
        Path f = new Exporter().exportDocx(DocxRoundTripTest.REG.get("kczg-2024"), d, dir.resolve("part.docx"),
                PrintOptions.defaults().withEditable(List.of("members[1]", "workPlanSection")), List.of()).file();
        String settings = part(f, "word/settings.xml");
        assertThat(settings).contains("documentProtection").contains("w:edit=\"forms\"")
                .containsPattern("w:enforcement=\"(1|true|on)\"");
        List<String> open = new ArrayList<>();
        List<String> locked = new ArrayList<>();
        Matcher m = Pattern.compile("<w:sdtPr>(.*?)</w:sdtPr>", Pattern.DOTALL).matcher(part(f, "word/document.xml"));
        while (m.find()) {
            Matcher tag = Pattern.compile("<w:tag w:val=\"([^\"]*)\"").matcher(m.group(1));
            assertThat(tag.find()).isTrue();
            (m.group(1).contains("sdtContentLocked") ? locked : open).add(tag.group(1));
        }
        assertThat(open).containsOnly("members[1].name", "members[1].unitPost", "members[1].contact",
                "members[1].duty", "workPlan");
        assertThat(locked).contains("projectName", "members[0].name", "members[10].name", "basis", "category#0");
        Comparison.Result r = Comparison.compare(DocxRoundTripTest.REG, f, DocxReader.read(f, DocxRoundTripTest.ZH), d,
                DocxRoundTripTest.ZH);
        assertThat(r.takeable()).isEmpty();
    }

    @Test
    void aDocxForEverythingIsNotProtected() throws Exception {
        Path f = new Exporter().exportDocx(DocxRoundTripTest.REG.get("kczg-2024"), SampleDrafts.kczgComplete(),
                dir.resolve("all.docx"), PrintOptions.defaults(), List.of()).file();
        assertThat(part(f, "word/settings.xml")).doesNotContain("documentProtection");
        assertThat(part(f, "word/document.xml")).doesNotContain("sdtContentLocked");
    }

    static String part(Path docx, String name) throws Exception {
        try (ZipFile z = new ZipFile(docx.toFile())) {
            return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
