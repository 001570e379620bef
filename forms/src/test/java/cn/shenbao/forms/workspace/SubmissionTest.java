package cn.shenbao.forms.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

/** How a form is handed in: e-mail subject, file names and copies come from its definition. */
class SubmissionTest {
    private static final TemplateDef KCZG = TemplateRegistry.builtIn().get("kczg-2024");

    @Test
    void everyPlaceholderOfEveryFormNamesOneOfItsFields() {
        for (TemplateDef t : TemplateRegistry.builtIn().all()) {
            assertThat(Submission.unknownPaths(t)).as(t.id()).isEmpty();
        }
    }

    @Test
    void theKczgSubjectIsTheOneTheNoticeAsksFor() {
        Draft d = new Draft(KCZG.id(), KCZG.version());
        Submission s = Submission.of(KCZG);
        assertThat(s.subject(d)).as("no applicant yet: no subject").isNull();
        d.set("applicant", " 中国汽车工程学会 ");
        d.set("projectName", "“科创中国”新能源汽车科技服务团");
        assertThat(s.subject(d)).isEqualTo("2024年“科创中国”科技服务团项目—中国汽车工程学会");
        assertThat(s.copies()).isEqualTo(6);
        assertThat(s.copiesNote()).contains("原件1份及复印件5份");
        assertThat(s.fileStem(d, "x")).isEqualTo("中国汽车工程学会—“科创中国”新能源汽车科技服务团");
    }

    @Test
    void fileNamesHoldNoCharacterAFileSystemRefusesAndStayShort() {
        Draft d = new Draft(KCZG.id(), KCZG.version());
        Submission s = Submission.of(KCZG);
        assertThat(s.fileStem(d, "草稿一")).as("an empty field: the draft's own name").isEqualTo("草稿一");
        d.set("applicant", "a/b\\c:d*e?f\"g<h>i|j");
        d.set("projectName", "..");
        assertThat(s.fileStem(d, "x")).isEqualTo("a_b_c_d_e_f_g_h_i_j—..");
        d.set("applicant", "..学会");
        assertThat(s.fileStem(d, "x")).startsWith("_学会");
        d.set("projectName", "长".repeat(200));
        assertThat(s.fileStem(d, "x").codePointCount(0, s.fileStem(d, "x").length())).isEqualTo(Submission.MAX_NAME);
        TemplateDef lq = TemplateRegistry.builtIn().get("lq-2024-enterprise");
        assertThat(Submission.of(lq).copies()).isEqualTo(1);
        assertThat(Submission.of(lq).subject(new Draft(lq.id(), lq.version()))).isNull();
    }
}
