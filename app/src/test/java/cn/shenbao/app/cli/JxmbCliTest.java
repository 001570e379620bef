package cn.shenbao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.cli.CliRunner.Result;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line works for T5 绩效目标申报表 (jxmb-2024) by being data-driven: {@code fields} shows the cap
 * chosen by 支持方向, {@code new} starts with the form's indicators, {@code set} fills values and own
 * indicators, {@code validate} reports the rules, {@code export} prints the example.
 */
class JxmbCliTest {
    private static final DraftFiles FILES = new DraftFiles(CliRunner.REGISTRY);

    @TempDir
    Path dir;

    @Test
    void fieldsShowsTheCapByDirectionAndTheIndicatorColumns() {
        Result r = CliRunner.run("fields", "jxmb-2024");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).allSatisfy(l -> assertThat(l.split("\t", -1)).as(l).hasSize(4));
        assertThat(r.lines()).filteredOn(l -> l.startsWith("budgetCentral\t")).singleElement().satisfies(l -> assertThat(l)
                .contains("≤ 300 if direction=区域科技创新体系建设, 500 if direction=科技创新基地建设, "
                        + "200 if direction=科技成果转移转化 万元"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith("direction\t支持方向\tSINGLE_CHOICE\t")
                && l.contains("options: 区域科技创新体系建设|科技创新基地建设|科技成果转移转化"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith("selfFunding\t自筹经费\tCOMPUTED\t")
                && l.contains("difference(budgetTotal, budgetCentral)"));
        assertThat(r.lines()).extracting(l -> l.split("\t")[0]).contains("indicators[].level1", "indicators[].level2",
                "indicators[].name", "indicators[].unit", "indicators[].value");
    }

    @Test
    void newSetAndValidateADraft() throws Exception {
        String f = dir.resolve("t5.shenbao").toString();
        assertThat(CliRunner.run("new", "jxmb-2024", f).code()).isZero();
        Draft d = FILES.load(Path.of(f));
        assertThat(d.rowCount("indicators")).isEqualTo(20);
        assertThat(d.text("indicators[7].name")).isEqualTo("资金使用及时率");

        Result s = CliRunner.run("set", f, "projectName=某创新基地建设", "unit=某研究院", "direction=科技创新基地建设",
                "leadKind=企业", "budgetTotal=3000", "budgetCentral=501", "goalOverall=总体目标", "goalYear=年度目标",
                "indicators[7].value=101", "indicators[2].value=2.5",
                // an own indicator appended at the end of the draft, in the group 产出指标 › 数量指标
                "indicators[20].level1=产出指标", "indicators[20].level2=数量指标", "indicators[20].name=新建中试基地数量",
                "indicators[20].unit=个", "indicators[20].value=2");
        assertThat(s.code()).as(s.err()).isZero();
        Result v = CliRunner.run("validate", f);
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.lines()).anySatisfy(l -> assertThat(l).contains("\tERROR\tbudgetCentral\t").contains("不得超过 500万元"));
        assertThat(v.lines()).anySatisfy(l -> assertThat(l).contains("\tERROR\tindicators[7].value\t").contains("0 到 100"));
        assertThat(v.lines()).anySatisfy(l -> assertThat(l).contains("\tERROR\tindicators[2].value\t").contains("整数"));
        assertThat(v.lines()).noneMatch(l -> l.contains("rowGroups"));

        assertThat(CliRunner.run("set", f, "budgetCentral=500", "indicators[7].value=≥95", "indicators[2].value=3").code())
                .isZero();
        v = CliRunner.run("validate", f);
        assertThat(v.lines()).noneMatch(l -> l.contains("\tERROR\t"));
        // 自筹 2500 of 3000 = 83.3 % ≥ 80 %: no warning; a 基地 led by an enterprise with 700 万元 would have one
        assertThat(v.lines()).noneMatch(l -> l.contains("selfFunding"));
        assertThat(CliRunner.run("set", f, "budgetTotal=2000").code()).isZero();
        assertThat(CliRunner.run("validate", f).lines()).anySatisfy(l -> assertThat(l)
                .contains("\tWARNING\tselfFunding\t").contains("75%").contains("“企业”").contains("80%"));

        Path pdf = dir.resolve("t5.pdf");
        Result e = CliRunner.run("export", f, "--pdf", pdf.toString());
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(pdf).isRegularFile();
    }

    @Test
    void theExampleValidatesAndExports() throws Exception {
        Path f = dir.resolve("jxmb-2024.shenbao");
        Files.copy(Path.of("..", "docs", "examples", "jxmb-2024-sample.shenbao"), f, StandardCopyOption.REPLACE_EXISTING);
        Result v = CliRunner.run("validate", f.toString());
        assertThat(v.out()).isEmpty();
        assertThat(v.code()).isZero();
        Path docx = dir.resolve("t5.docx");
        Path pdf = dir.resolve("t5.pdf");
        Result e = CliRunner.run("export", f.toString(), "--docx", docx.toString(), "--pdf", pdf.toString(), "--final");
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(docx).isRegularFile();
        assertThat(pdf).isRegularFile();
    }
}
