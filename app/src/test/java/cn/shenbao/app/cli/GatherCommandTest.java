package cn.shenbao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.cli.CliRunner.Result;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gather}: T6 rows from T5 drafts, gathering again with a policy, dry run, problems and exit codes. */
class GatherCommandTest {
    @TempDir
    Path dir;
    Path t6;
    Path t5Dir;
    Path a;
    Path b;
    final DraftFiles files = new DraftFiles(CliRunner.REGISTRY);

    private Draft t5(String name, String total, String central, String direction) {
        Draft d = new Draft("jxmb-2024", CliRunner.REGISTRY.get("jxmb-2024").version());
        d.set("projectName", name);
        d.set("unit", name + "承担单位");
        d.set("budgetTotal", total);
        d.set("budgetCentral", central);
        d.set("direction", direction);
        d.set("goalOverall", "建设" + name);
        d.addRow("indicators", Map.of("level1", "产出指标", "level2", "数量指标", "name", "转化科技成果数量", "unit", "项",
                "value", "15"));
        return d;
    }

    @BeforeEach
    void setUp() throws Exception {
        t6 = dir.resolve("建议表.shenbao");
        assertThat(CliRunner.run("new", "jyb-2024", t6.toString()).code()).isZero();
        assertThat(CliRunner.run("set", t6.toString(), "recommender=丽水市", "unitName=丽水市科学技术局").code()).isZero();
        t5Dir = Files.createDirectories(dir.resolve("t5"));
        a = t5Dir.resolve("a.shenbao");
        b = t5Dir.resolve("b.shenbao");
        files.save(t5("中试基地建设", "500", "200", "科技成果转移转化"), a);
        files.save(t5("重点实验室建设", "900", "500", "科技创新基地建设"), b);
    }

    @Test
    void gatheringAFolderAddsOneRowPerDraftAndTheSummaryValidates() throws Exception {
        Result r = CliRunner.run("gather", t6.toString(), t5Dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines()).contains(a + "\t新增\tprojects[0]\t中试基地建设", b + "\t新增\tprojects[1]\t重点实验室建设");
        assertThat(r.lines().get(r.lines().size() - 1)).contains("新增 2 行").contains("0 处错误");
        Draft d = files.load(t6);
        assertThat(d.text("projects[0].funding")).isEqualTo("200");
        assertThat(d.text("projects[0].selfFunding")).isEqualTo("300");
        assertThat(d.text("projects[0].field")).isEqualTo("科技成果转移转化");
        assertThat(d.text("projects[0].content")).isEqualTo("建设中试基地建设。转化科技成果15项。");
        assertThat(d.text("projects[0].source")).isEqualTo("t5/a.shenbao");
        assertThat(CliRunner.run("validate", t6.toString()).code()).isZero();

        Result again = CliRunner.run("gather", t6.toString(), t5Dir.toString());
        assertThat(again.code()).isZero();
        assertThat(again.lines()).contains(a + "\t无变化\tprojects[0]\t中试基地建设");
        assertThat(again.out()).contains("无需改动");
    }

    @Test
    void gatheringAgainTakesTheSourcesChangesAndKeepsTheUsersEdits() throws Exception {
        CliRunner.run("gather", t6.toString(), a.toString());
        assertThat(CliRunner.run("set", t6.toString(), "projects[0].content=我写的内容").code()).isZero();
        Draft src = files.load(a);
        src.set("budgetCentral", "150");
        src.set("goalOverall", "新的目标");
        files.save(src, a);

        byte[] before = Files.readAllBytes(t6);
        Result dry = CliRunner.run("gather", "--dry-run", t6.toString(), a.toString());
        assertThat(dry.code()).isZero();
        assertThat(dry.lines()).contains(a + "\t取用\tprojects[0].funding\t拟支持经费(万元)：“200” → “150”",
                a + "\t保留\tprojects[0].content\t主要支持内容：“我写的内容” → “新的目标。转化科技成果15项。”（此单元格您改写过）");
        assertThat(dry.out()).contains("试运行");
        assertThat(Files.readAllBytes(t6)).as("a dry run writes nothing").isEqualTo(before);

        assertThat(CliRunner.run("gather", t6.toString(), a.toString()).code()).isZero();
        Draft d = files.load(t6);
        assertThat(d.text("projects[0].funding")).isEqualTo("150");
        assertThat(d.text("projects[0].selfFunding")).isEqualTo("350");
        assertThat(d.text("projects[0].content")).isEqualTo("我写的内容");

        src.set("goalOverall", "又改了");
        files.save(src, a);
        Result all = CliRunner.run("gather", "--take-all", t6.toString(), a.toString());
        assertThat(all.lines()).contains(a + "\t取用\tprojects[0].content\t主要支持内容：“我写的内容” → “又改了。转化科技成果15项。”（此单元格您改写过）");
        assertThat(files.load(t6).text("projects[0].content")).isEqualTo("又改了。转化科技成果15项。");
    }

    @Test
    void keepAllOnlyAddsNewRows() throws Exception {
        CliRunner.run("gather", t6.toString(), a.toString());
        Draft src = files.load(a);
        src.set("budgetCentral", "150");
        files.save(src, a);
        Result r = CliRunner.run("gather", "--keep-all", t6.toString(), a.toString(), b.toString());
        assertThat(r.code()).isZero();
        assertThat(r.lines()).contains(a + "\t保留\tprojects[0].funding\t拟支持经费(万元)：“200” → “150”");
        Draft d = files.load(t6);
        assertThat(d.text("projects[0].funding")).isEqualTo("200");
        assertThat(d.rowCount("projects")).isEqualTo(2);
        assertThat(CliRunner.run("gather", "--keep-all", "--take-all", t6.toString(), a.toString()).code())
                .as("the two policies exclude each other").isEqualTo(2);
    }

    @Test
    void aBrokenOrForeignSourceIsNamedTheOthersAreGatheredExit2() throws Exception {
        Path broken = Files.writeString(dir.resolve("坏.shenbao"), "{", StandardCharsets.UTF_8);
        Path foreign = dir.resolve("另一份建议表.shenbao");
        Files.copy(t6, foreign);
        Result r = CliRunner.run("gather", t6.toString(), broken.toString(), foreign.toString(), a.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("坏.shenbao").contains("另一份建议表.shenbao").contains("未汇总");
        assertThat(files.load(t6).rowCount("projects")).isEqualTo(1);
    }

    @Test
    void theSummaryMustBeAT6DraftExit2AndNothingChanges() throws Exception {
        byte[] before = Files.readAllBytes(a);
        Result r = CliRunner.run("gather", a.toString(), b.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a.shenbao").contains("拟支持项目建议表");
        assertThat(Files.readAllBytes(a)).isEqualTo(before);
        assertThat(CliRunner.run("gather", dir.resolve("none.shenbao").toString(), a.toString()).code()).isEqualTo(2);
    }

    @Test
    void moreProjectsThanTheQuotaIsExit1() throws Exception {
        assertThat(CliRunner.run("set", t6.toString(), "recommender=省属科研院所").code()).isZero();
        Result r = CliRunner.run("gather", t6.toString(), t5Dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("1 处错误");
        assertThat(files.load(t6).rowCount("projects")).as("written all the same").isEqualTo(2);
        Result en = CliRunner.run("--lang", "en", "gather", t6.toString(), t5Dir.toString());
        assertThat(en.out()).contains("needs no change").contains("1 errors");
    }
}
