package cn.shenbao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.cli.CliRunner.Result;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workspace check}: a society's folder of drafts checked one by one and together. */
class WorkspaceCommandTest {
    private static final DraftFiles FILES = new DraftFiles(CliRunner.REGISTRY);
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    @TempDir
    Path dir;

    private Path copy(String id, String as) throws Exception {
        Path target = dir.resolve(as);
        Files.createDirectories(target.getParent());
        Files.copy(EXAMPLES.resolve(id + "-sample.shenbao"), target);
        return target;
    }

    @Test
    void aWorkspaceOfDifferentFormsAndOneApplicationHasNoErrors() throws Exception {
        copy("kczg-2024", "科创中国/人工智能.shenbao");
        copy("jblx-2024", "jblx.shenbao");
        copy("lq-2024-enterprise", "lq/enterprise.shenbao");
        Result r = CliRunner.run("workspace", "check", dir.toString());
        assertThat(r.lines()).noneMatch(l -> l.contains("\tERROR\t"));
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).contains("共检查 3 份草稿（0 份无法读取）：0 处错误");
    }

    @Test
    void twoApplicationsOfOneUnitSharingTheirTeamAreErrorsNamingBothDrafts() throws Exception {
        Path a = copy("kczg-2024", "a.shenbao");
        Path b = copy("kczg-2024", "团队二/b.shenbao");
        Draft db = FILES.load(b);
        // the same problem, written with other spaces and punctuation
        db.set("problemName", " " + db.text("problemName").replace("", " ").strip() + "。");
        FILES.save(db, b);
        byte[] before = Files.readAllBytes(a);

        Result r = CliRunner.run("workspace", "check", dir.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.lines()).anyMatch(l -> l.startsWith("a.shenbao\tERROR\tproblemName\t") && l.contains("团队二/b.shenbao"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith("团队二/b.shenbao\tERROR\tproblemName\t") && l.contains("a.shenbao"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith("a.shenbao\tERROR\troster[0].name\t"));
        assertThat(Files.readAllBytes(a)).as("a check writes nothing").isEqualTo(before);

        JsonNode arr = new ObjectMapper().readTree(CliRunner.run("workspace", "check", "--json", dir.toString()).out());
        List<String> others = new ArrayList<>();
        for (JsonNode o : arr) {
            if (o.get("file").asText().equals("a.shenbao") && o.get("path").asText().equals("problemName")) {
                o.get("others").forEach(x -> others.add(x.get("file").asText() + "#" + x.get("path").asText()));
            }
        }
        assertThat(others).containsExactly("团队二/b.shenbao#problemName");
    }

    @Test
    void sixApplicationsOfOneUnitAreTooMany() throws Exception {
        for (int i = 1; i <= 6; i++) {
            Path p = copy("kczg-2024", "d" + i + ".shenbao");
            Draft d = FILES.load(p);
            // nothing shared: every draft a team, problem, region and content of its own
            for (String path : List.of("problemName", "description", "cities", "workPlan")) {
                String v = d.text(path);
                d.set(path, v.substring(0, v.length() - 2) + "团" + i); // as long as before: within its 字数 limit
            }
            for (int row = 0; row < d.rowCount("roster"); row++) {
                d.set("roster[" + row + "].name", d.text("roster[" + row + "].name") + i);
            }
            for (int row = 0; row < d.rowCount("members"); row++) {
                d.set("members[" + row + "].name", d.text("members[" + row + "].name") + i);
                d.set("members[" + row + "].contact", String.format("1380000%d%03d", i, row));
            }
            FILES.save(d, p);
        }
        Result r = CliRunner.run("workspace", "check", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        List<String> errors = r.lines().stream().filter(l -> l.contains("\tERROR\t")).toList();
        assertThat(errors).hasSize(6).allMatch(l -> l.contains("\tunitName\t") && l.contains("6 份"));
    }

    @Test
    void aBrokenFileIsListedLeftUntouchedAndTheOthersAreChecked() throws Exception {
        copy("kczg-2024", "good.shenbao");
        Path broken = dir.resolve("broken.shenbao");
        byte[] whole = Files.readAllBytes(EXAMPLES.resolve("kczg-2024-sample.shenbao"));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        Files.write(broken, half);
        Result r = CliRunner.run("workspace", "check", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.lines()).anyMatch(l -> l.startsWith("broken.shenbao\tERROR\t\t") && l.contains("损坏或被截断"));
        assertThat(r.err()).contains("共检查 1 份草稿（1 份无法读取）");
        assertThat(Files.readAllBytes(broken)).isEqualTo(half);
    }

    @Test
    void hiddenFoldersBackupsAndOtherFilesAreNotPartOfTheWorkspace() throws Exception {
        copy("kczg-2024", "a.shenbao");
        copy("kczg-2024", ".recovery/a.shenbao");
        copy("kczg-2024", "a.shenbao.bak");
        Files.writeString(dir.resolve("notes.txt"), "not a draft");
        Result r = CliRunner.run("workspace", "check", dir.toString());
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.err()).contains("共检查 1 份草稿");
    }

    @Test
    void aMissingFolderExits2WithAMessage() {
        Result r = CliRunner.run("workspace", "check", dir.resolve("没有").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("找不到文件夹").contains("没有");
    }

    // ---- workspace export ---------------------------------------------------------------------

    @Test
    void exportWritesEveryDraftNamedAsTheFormSaysAndAPrintingSheet() throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        Path a = ws.resolve("a.shenbao");
        Files.copy(EXAMPLES.resolve("kczg-2024-sample.shenbao"), a);
        Files.createDirectories(ws.resolve("龙泉"));
        Files.copy(EXAMPLES.resolve("jblx-2024-sample.shenbao"), ws.resolve("龙泉/jblx.shenbao"));
        Path broken = ws.resolve("unfinished.shenbao");
        Files.copy(EXAMPLES.resolve("kczg-2024-sample.shenbao"), broken);
        Draft unfinished = FILES.load(broken);
        unfinished.set("projectName", "“科创中国”第二科技服务团");
        unfinished.set("castFunding", "");
        FILES.save(unfinished, broken);
        Path out = dir.resolve("导出");

        Result r = CliRunner.run("workspace", "export", ws.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        Draft sample = FILES.load(a);
        String stem = sample.text("applicant") + "—" + sample.text("projectName");
        assertThat(out.resolve(stem + ".pdf")).isRegularFile();
        assertThat(out.resolve(stem + ".docx")).isRegularFile();
        assertThat(out.resolve("龙泉/jblx.pdf")).as("a form without exportName keeps the draft's name, in its sub-folder").isRegularFile();
        assertThat(r.err()).contains("[1/3]").contains("[3/3]");
        assertThat(r.lines()).anyMatch(l -> l.startsWith("a.shenbao\t") && l.contains("正式版")
                && l.endsWith("2024年“科创中国”科技服务团项目—" + sample.text("applicant")));
        assertThat(r.lines()).anyMatch(l -> l.startsWith("unfinished.shenbao\t") && l.contains("草稿"));

        List<String> sheet = Files.readAllLines(out.resolve("打印清单.txt"));
        assertThat(sheet.get(1)).startsWith("序号\t文件\t表单\t页数\t份数");
        String kczgLine = sheet.stream().filter(l -> l.contains(stem + ".pdf")).findFirst().orElseThrow();
        String[] cols = kczgLine.split("\t");
        assertThat(Integer.parseInt(cols[3])).isGreaterThan(5);
        assertThat(cols[4]).startsWith("6（原件1份及复印件5份");
        assertThat(cols[6]).isEqualTo("正式版");
        assertThat(sheet).anyMatch(l -> l.contains("“科创中国”第二科技服务团") && l.contains("草稿（还有"));
        assertThat(sheet).anyMatch(l -> l.startsWith("合计需打印"));

        Result again = CliRunner.run("workspace", "export", ws.toString(), "--out", out.toString());
        assertThat(again.code()).as("our own exports are replaced").isZero();
    }

    @Test
    void exportNeverReplacesAFileItDidNotWriteAndSaysSo() throws Exception {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        Files.copy(EXAMPLES.resolve("jblx-2024-sample.shenbao"), ws.resolve("jblx.shenbao"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("jblx.pdf"), "someone else's file");
        Result r = CliRunner.run("workspace", "export", ws.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("jblx.pdf"))).isEqualTo("someone else's file");
        assertThat(r.lines()).anyMatch(l -> l.startsWith("jblx.shenbao\t") && l.contains("jblx.pdf"));
        assertThat(CliRunner.run("workspace", "export", ws.toString()).err()).contains("--out");
    }
}
