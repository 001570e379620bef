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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code templates}, {@code fields}, {@code new}, {@code set}, {@code validate} and {@code export} work for
 * every form: the 尖兵领雁需求表 (jblx-2024) with its dependent 主要方向 and the two 龙泉 需求征集表.
 * The complete examples in docs/examples are the fixtures.
 */
class FormsCliTest {
    private static final DraftFiles FILES = new DraftFiles(CliRunner.REGISTRY);

    @TempDir
    Path dir;

    private String example(String id) throws Exception {
        Path copy = dir.resolve(id + ".shenbao");
        Files.copy(Path.of("..", "docs", "examples", id + "-sample.shenbao"), copy, StandardCopyOption.REPLACE_EXISTING);
        return copy.toString();
    }

    @Test
    void templatesListsEveryForm() {
        Result r = CliRunner.run("templates");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).contains("jblx-2024\t省“尖兵”“领雁”计划重大技术攻关需求表",
                "lq-2024-enterprise\t龙泉市2024年度科技项目技术攻关需求征集表（企业填报）",
                "lq-2024-association\t龙泉市2024年度科技项目技术攻关需求征集表（行业主管部门或协会填报）");
        assertThat(r.lines()).contains("jyb-2024\t2024年拟支持项目建议表");
    }

    @Test
    void fieldsListsEachDirectionWithTheFieldItBelongsTo() {
        Result r = CliRunner.run("fields", "jblx-2024");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).allSatisfy(l -> assertThat(l.split("\t", -1)).as(l).hasSize(4));
        assertThat(r.lines()).anyMatch(l -> l.startsWith("keyField\t重点领域\tSINGLE_CHOICE\t")
                && l.contains("options: 互联网+|新材料|生命健康|碳达峰碳中和|海洋科技|农业科技"));
        assertThat(r.lines()).filteredOn(l -> l.startsWith("directions\t")).singleElement().satisfies(l -> assertThat(l)
                .contains("options by keyField: 互联网+ → 集成电路|数字安防|人工智能")
                .contains("; 新材料 → 电子化学材料|高分子材料|合金材料|先进半导体材料;")
                .contains("海洋科技 → 海洋电子信息（"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith("coreParams\t") && l.contains("min rows 5"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith("users\t") && l.contains("min rows 3"));
        assertThat(CliRunner.run("fields", "lq-2024-enterprise").lines())
                .anyMatch(l -> l.startsWith("description\t技术需求描述\tLONG_TEXT\t") && l.contains("max 500字"));
    }

    @Test
    void setTakesOnlyTheChosenFieldsDirections() throws Exception {
        String f = dir.resolve("t2.shenbao").toString();
        assertThat(CliRunner.run("new", "jblx-2024", f).code()).isZero();
        Result noField = CliRunner.run("set", f, "directions=集成电路");
        assertThat(noField.code()).isEqualTo(2);
        assertThat(noField.err()).contains("请先选择“重点领域”").contains("keyField");

        assertThat(CliRunner.run("set", f, "keyField=新材料", "directions=高分子材料|合金材料").code()).isZero();
        Result wrong = CliRunner.run("set", f, "directions=集成电路");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("集成电路").contains("互联网+").contains("新材料").contains("电子化学材料");
        assertThat(FILES.load(Path.of(f)).choices("directions")).containsExactly("高分子材料", "合金材料");

        // changing the field keeps the directions: validate flags them until resolved
        assertThat(CliRunner.run("set", f, "keyField=互联网+").code()).isZero();
        assertThat(FILES.load(Path.of(f)).choices("directions")).containsExactly("高分子材料", "合金材料");
        Result v = CliRunner.run("validate", f);
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.lines()).filteredOn(l -> l.contains("\tdirections\t")).hasSize(2)
                .allSatisfy(l -> assertThat(l).contains("\tERROR\t").contains("属于重点领域“新材料”"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jblx-2024", "lq-2024-enterprise", "lq-2024-association"})
    void theExampleValidatesAndExports(String id) throws Exception {
        String f = example(id);
        Result v = CliRunner.run("validate", f);
        assertThat(v.out()).isEmpty();
        assertThat(v.code()).isZero();
        Path docx = dir.resolve(id + ".docx");
        Path pdf = dir.resolve(id + ".pdf");
        Result e = CliRunner.run("export", f, "--docx", docx.toString(), "--pdf", pdf.toString(), "--final");
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(docx).isRegularFile();
        assertThat(pdf).isRegularFile();
    }

    @Test
    void newStartsWithTheDefaultsAndABrokenDraftNamesTheFieldToChange() throws Exception {
        String f = dir.resolve("t3.shenbao").toString();
        assertThat(CliRunner.run("new", "lq-2024-enterprise", f).code()).isZero();
        Draft d = FILES.load(Path.of(f));
        assertThat(d.text("region")).isEqualTo("龙泉市");

        String t4 = example("lq-2024-association");
        assertThat(CliRunner.run("set", t4, "background=" + "字".repeat(520)).code()).isZero();
        Result v = CliRunner.run("validate", t4);
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.lines()).singleElement().satisfies(l -> assertThat(l)
                .contains("\tERROR\tbackground\t").contains("“背景意义”限 500 字，现 520 字，请删减 20 字"));
    }

    @Test
    void theTwoKindsOfT8OnTheCommandLine() throws Exception {
        Result fields = CliRunner.run("fields", "wlmq-2024-jbgs");
        assertThat(fields.code()).isZero();
        assertThat(fields.lines()).anyMatch(l -> l.startsWith("unit.role\t行业地位\tSINGLE_CHOICE\t")
                && l.contains("only when kind in [技术攻关类]"));
        assertThat(fields.lines()).anyMatch(l -> l.startsWith("routes[].investment\t") && l.contains("only when kind in [技术攻关类]")
                && l.contains("only when raceMode in [是]"));
        assertThat(fields.lines()).anyMatch(l -> l.startsWith("investment.total\t") && l.contains("≥ 500 万元"));
        assertThat(fields.lines()).anyMatch(l -> l.startsWith("unit.regDate\t")
                && l.contains("≤ 2024-08-01 − 1 年 if kind in [技术攻关类]"));

        String f = example("wlmq-2024-jbgs");
        assertThat(CliRunner.run("validate", f).code()).isZero();
        // the other kind: its fields are asked for, the 技术攻关类 values stay but are neither checked nor printed
        assertThat(CliRunner.run("set", f, "kind=成果转化类").code()).isZero();
        Result v = CliRunner.run("validate", f);
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.lines()).anyMatch(l -> l.contains("\tachievement.name\t")).noneMatch(l -> l.contains("\troutes"));
        Path pdf = dir.resolve("t8.pdf");
        Result export = CliRunner.run("export", f, "--pdf", pdf.toString());
        assertThat(export.code()).isZero();
        assertThat(export.err()).contains("不会打印").contains("行业地位").contains("“赛马制”技术路线");
        assertThat(FILES.load(Path.of(f)).rowCount("routes")).isEqualTo(2);
        String text = cn.shenbao.forms.print.SelfCheck.squash(cn.shenbao.forms.print.SelfCheck.pdfText(pdf));
        assertThat(text).contains("成果转化类需求补充信息").doesNotContain("以高频振动和声发射信号为主").doesNotContain("行业骨干企业");
    }
}
