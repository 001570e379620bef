package cn.shenbao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.roster.RosterFiles;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterCliTest {
    @TempDir
    Path dir;

    /** A GBK CSV (as Excel/WPS save it) of 22 experts: 11 young, 3 托举, 2 蹲点. */
    private Path staffCsv() throws Exception {
        StringBuilder sb = new StringBuilder("序号,姓名,单位,职称,手机号码,出生年月,托举,蹲点\r\n");
        for (int i = 1; i <= 22; i++) {
            sb.append(i).append(",专家").append(i).append(",第").append(i).append("研究所,研究员,")
                    .append("138 0013 80").append(String.format("%02d", i)).append(',')
                    .append(i <= 11 ? "1988年3月" : "1960/1/1").append(',').append(i <= 3 ? "是" : "否").append(',')
                    .append(i == 4 || i == 5 ? "√" : "").append("\r\n");
        }
        sb.append("23,,无名,,,,,\r\n");
        return Files.write(dir.resolve("名单.csv"), sb.toString().getBytes(Charset.forName("GBK")));
    }

    @Test
    void importPreviewsThenWritesAndDuplicatesNeedADecision() throws Exception {
        Path csv = staffCsv();
        Path roster = dir.resolve("学会.shenbao-roster");
        CliRunner.Result dry = CliRunner.run("roster", "import", csv.toString(), "--into", roster.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isEqualTo(0);
        assertThat(dry.out()).contains("表头在第 1 行").contains("手机号码→手机").contains("不导入的列：序号")
                .contains("新增\t第 2 行\t专家1\t第1研究所").contains("问题\t第 24 行\t姓名为空")
                .contains("新增 22 人，与专家库重复 0 人，有问题 1 行");
        assertThat(roster).doesNotExist();

        CliRunner.Result imp = CliRunner.run("roster", "import", csv.toString(), "--into", roster.toString());
        assertThat(imp.code()).as(imp.err()).isEqualTo(0);
        assertThat(imp.out()).contains("新增 22");
        assertThat(RosterFiles.load(roster).size()).isEqualTo(22);

        CliRunner.Result list = CliRunner.run("roster", "list", roster.toString());
        assertThat(list.lines()).hasSize(22).first().asString()
                .isEqualTo("E1\t专家1\t第1研究所\t研究员\t13800138001\t\t1988-03\t是\t否\t");

        Path change = Files.writeString(dir.resolve("更新.csv"), "姓名,单位,手机\n专家2,第2研究所,13999999999\n");
        byte[] before = Files.readAllBytes(roster);
        CliRunner.Result undecided = CliRunner.run("roster", "import", change.toString(), "--into", roster.toString());
        assertThat(undecided.code()).isEqualTo(2);
        assertThat(undecided.out()).contains("重复\t第 2 行\t专家2 = 专家库 E2 专家2").contains("不同：手机");
        assertThat(undecided.err()).contains("--on-duplicate").contains("未作改动");
        assertThat(Files.readAllBytes(roster)).isEqualTo(before);
        CliRunner.Result merged = CliRunner.run("roster", "import", change.toString(), "--into", roster.toString(),
                "--decide", "2=merge");
        assertThat(merged.code()).as(merged.err()).isEqualTo(0);
        assertThat(merged.out()).contains("合并 1");
        assertThat(RosterFiles.load(roster).find("E2").orElseThrow().mobile()).isEqualTo("13999999999");
        assertThat(RosterFiles.load(roster).find("E2").orElseThrow().title()).isEqualTo("研究员");

        CliRunner.Result find = CliRunner.run("roster", "find", roster.toString(), "zj");
        assertThat(find.code()).isEqualTo(0);
        assertThat(find.lines()).hasSize(22);
        assertThat(CliRunner.run("roster", "find", roster.toString(), "第7研究所").lines()).singleElement().asString().startsWith("E7\t");
        assertThat(CliRunner.run("roster", "find", roster.toString(), "没有这个人").code()).isEqualTo(1);

        Path xlsx = dir.resolve("导出.xlsx");
        CliRunner.Result exp = CliRunner.run("roster", "export", roster.toString(), "--out", xlsx.toString(), "--ids", "E1,E2");
        assertThat(exp.code()).as(exp.err()).isEqualTo(0);
        assertThat(xlsx).isRegularFile();
        CliRunner.Result back = CliRunner.run("roster", "import", xlsx.toString(), "--into", dir.resolve("新.shenbao-roster").toString());
        assertThat(back.out()).contains("新增 2 人");
    }

    @Test
    void aTeamIsSetFromTheRosterAndSyncedWhenTheRosterChanges() throws Exception {
        Path roster = dir.resolve("学会.shenbao-roster");
        assertThat(CliRunner.run("roster", "import", staffCsv().toString(), "--into", roster.toString()).code()).isEqualTo(0);
        Path draft = dir.resolve("申报书.shenbao");
        assertThat(CliRunner.run("new", "kczg-2024", draft.toString()).code()).isEqualTo(0);
        List<String> args = new ArrayList<>(List.of("team", "set", draft.toString(), roster.toString()));
        for (int i = 1; i <= 21; i++) {
            args.add("E" + i);
        }
        args.add("专家22");
        CliRunner.Result set = CliRunner.run(args.toArray(String[]::new));
        assertThat(set.code()).as(set.err()).isEqualTo(0);
        assertThat(set.out()).contains("团队 22 人，其中 20 人打印在第八部分")
                .contains("成员人数 22（要求 ≥ 20）✓").contains("45岁及以下 11（要求 ≥ 10）✓")
                .contains("托举工程入选者 3（要求 ≥ 2）✓").contains("蹲点服务 2（要求 1–2）✓");
        Draft d = DraftFiles.builtIn().load(draft);
        assertThat(d.rowCount("roster")).isEqualTo(22);
        assertThat(d.rowCount("members")).isEqualTo(20);
        assertThat(d.text("members[1].contact")).isEqualTo("13800138002");

        CliRunner.Result printSome = CliRunner.run("team", "set", draft.toString(), roster.toString(), "E1,E2,E3", "--print", "E3");
        assertThat(printSome.code()).isEqualTo(0);
        assertThat(printSome.out()).contains("成员人数 3（要求 ≥ 20）✗");
        assertThat(CliRunner.run("team", "show", draft.toString()).code()).isEqualTo(1);
        assertThat(DraftFiles.builtIn().load(draft).text("members[0].name")).isEqualTo("专家3");

        Path change = Files.writeString(dir.resolve("更新.csv"), "姓名,单位,手机\n专家3,新单位,13800138003\n");
        assertThat(CliRunner.run("roster", "import", change.toString(), "--into", roster.toString(), "--on-duplicate", "merge").code())
                .isEqualTo(0);
        CliRunner.Result dry = CliRunner.run("team", "sync", draft.toString(), roster.toString(), "--dry-run");
        assertThat(dry.out()).contains("E3\t专家3\troster[2].unit\t第3研究所\t新单位").contains("members[0].unitPost\t第3研究所 研究员\t新单位 研究员");
        assertThat(DraftFiles.builtIn().load(draft).text("members[0].unitPost")).isEqualTo("第3研究所 研究员");
        assertThat(CliRunner.run("team", "sync", draft.toString(), roster.toString()).code()).isEqualTo(0);
        assertThat(DraftFiles.builtIn().load(draft).text("members[0].unitPost")).isEqualTo("新单位 研究员");
        assertThat(CliRunner.run("team", "sync", draft.toString(), roster.toString()).out()).contains("一致");

        CliRunner.Result unknown = CliRunner.run("team", "set", draft.toString(), roster.toString(), "张无忌");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("张无忌").contains("roster find");
    }

    @Test
    void groupsWithoutASubCommandShowTheirUsageAndBadFilesAreNamed() throws Exception {
        CliRunner.Result r = CliRunner.run("roster");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("import").contains("export").contains("find");
        assertThat(CliRunner.run("team").code()).isEqualTo(2);
        assertThat(CliRunner.run("roster", "import", "--help").out()).contains("从 Excel 或 CSV 导入专家").contains("--on-duplicate");
        Path broken = Files.writeString(dir.resolve("坏.shenbao-roster"), "{");
        CliRunner.Result bad = CliRunner.run("roster", "list", broken.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("坏.shenbao-roster").contains("损坏");
        Path csv = Files.writeString(dir.resolve("a.csv"), "姓名\n张三\n");
        CliRunner.Result intoBroken = CliRunner.run("roster", "import", csv.toString(), "--into", broken.toString());
        assertThat(intoBroken.code()).isEqualTo(2);
        assertThat(Files.readString(broken)).isEqualTo("{");
    }
}
