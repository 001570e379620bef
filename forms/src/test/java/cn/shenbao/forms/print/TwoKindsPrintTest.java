package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.samples.FormExamples;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * T8 on paper: the blank form (filled in by hand) prints the parts of both kinds for the person to choose; a
 * draft switched to the other kind prints that kind only, none of the values kept for the first kind, and the
 * read-back finds every printed value.
 */
class TwoKindsPrintTest {
    static final TemplateDef T = TemplateRegistry.builtIn().get("wlmq-2024-jbgs");

    @TempDir
    Path dir;

    @Test
    void theBlankFormHasBothKinds() throws Exception {
        for (String format : List.of("pdf", "docx")) {
            Path out = dir.resolve("blank." + format);
            Exporter ex = new Exporter();
            PrintOptions blank = PrintOptions.defaults().withBlankForm(true);
            ExportResult r = format.equals("pdf") ? ex.exportPdf(T, FormExamples.load("wlmq-2024-jbgs"), out, blank, List.of())
                    : ex.exportDocx(T, FormExamples.load("wlmq-2024-jbgs"), out, blank, List.of());
            String text = SelfCheck.squash(format.equals("pdf") ? SelfCheck.pdfText(r.file()) : SelfCheck.docxText(r.file()));
            assertThat(text).as(format).contains("□技术攻关类□成果转化类", "三、技术攻关类需求补充信息", "三、成果转化类需求补充信息",
                    "“赛马制”技术路线", "路线说明", "行业地位", "发榜方（需求单位）投入", "揭榜方（承接企业）投入",
                    "□2022年度审计报告", "□拟转化成果的技术指标检测资料", "□申报单位科技计划项目诚信承诺书")
                    .doesNotContain("乌鲁木齐天山新能源装备股份有限公司").doesNotContain("☑");
        }
    }

    @Test
    void aDraftSwitchedToTheOtherKindPrintsThatKindOnly() throws Exception {
        Draft d = FormExamples.load("wlmq-2024-jbgs");
        d.set("kind", "成果转化类");
        d.set("achievement.name", "盐碱地耐盐棉花高效节水栽培技术体系");
        ExportResult r = new Exporter().exportPdf(T, d, dir.resolve("switched.pdf"), PrintOptions.defaults());
        assertThat(r.missing()).isEmpty();
        assertThat(r.hasErrors()).as("the 成果转化类 fields are still empty: 草稿").isTrue();
        String text = SelfCheck.squash(SelfCheck.pdfText(r.file()));
        assertThat(text).contains("☑成果转化类", "三、成果转化类需求补充信息", "盐碱地耐盐棉花高效节水栽培技术体系", "沙尘与极寒环境")
                .doesNotContain("行业骨干企业").doesNotContain("以高频振动和声发射信号为主").doesNotContain("技术攻关类需求补充信息")
                .doesNotContain("发榜方（需求单位）投入").doesNotContain("2022年度审计报告").doesNotContain("最终用户");
        assertThat(d.text("routes[0].name")).isEqualTo("振动与声发射融合诊断路线"); // kept in the draft
    }
}
