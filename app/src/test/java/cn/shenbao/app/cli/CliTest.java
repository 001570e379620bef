package cn.shenbao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.shenbao.app.cli.CliRunner.Result;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.rules.CrossDraftCheck;
import cn.shenbao.forms.rules.RuleKinds;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.TemplateDef;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final Pattern FINDING_LINE = Pattern.compile("[^\\t]+\\t(ERROR|WARNING)\\t[^\\t]*\\t[^\\t]+");
    private static final DraftFiles FILES = new DraftFiles(CliRunner.REGISTRY);

    @TempDir
    Path dir;

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    // ---- templates, fields ----------------------------------------------------------------------

    @Test
    void templatesListsIdTabTitle() {
        Result r = CliRunner.run("templates");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).contains("kczg-2024\t“科创中国”科技服务团项目申报书", "mini\t小表");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void fieldsListsPathLabelTypeConstraints() {
        Result r = CliRunner.run("fields", "kczg-2024");
        assertThat(r.code()).isZero();
        for (String line : r.lines()) {
            assertThat(line.split("\t", -1)).as(line).hasSize(4);
        }
        assertThat(r.lines()).anyMatch(l -> l.startsWith("members[].name\t姓名\tTEXT\t"));
        assertThat(r.lines()).filteredOn(l -> l.startsWith("members[].name\t")).hasSize(1);
        assertThat(r.lines()).anyMatch(l -> l.startsWith("unitIntro\t申报单位简介\tLONG_TEXT\t") && l.contains("max 200字")
                && l.contains("required"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith("members\t") && l.contains("max rows 20"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith("leader.name\t姓名\tTEXT\t"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith("castFunding\t") && l.contains("≤ 80 万元"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith("category\t") && l.contains("options: 改造提升传统产业|培育壮大新兴产业|布局建设未来产业"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith("industryFields.other\t") && l.contains("\tTEXT\t"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith("fundingSum\t") && l.contains("computed: sum(castFunding, ownFunding, localFunding)"));
        assertThat(r.lines()).anyMatch(l -> l.equals("projectNo\t项目编号\tTEXT\t"));
    }

    @Test
    void fieldsOfAnUnknownTemplateExits2AndNamesTheKnownOnes() {
        Result r = CliRunner.run("fields", "kczg-2023");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("kczg-2023").contains("kczg-2024").contains("mini");
    }

    // ---- new ------------------------------------------------------------------------------------

    @Test
    void newWritesABlankDraftAndRefusesToOverwriteWithoutForce() throws Exception {
        String f = file("a.shenbao");
        assertThat(CliRunner.run("new", "kczg-2024", f).code()).isZero();
        Draft d = FILES.load(Path.of(f));
        assertThat(d.templateId()).isEqualTo("kczg-2024");
        assertThat(d.keys()).isEmpty();

        CliRunner.run("set", f, "projectNo=KJFWT2024-01");
        byte[] before = Files.readAllBytes(Path.of(f));
        Result again = CliRunner.run("new", "mini", f);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains(f).contains("--force");
        assertThat(Files.readAllBytes(Path.of(f))).isEqualTo(before);

        assertThat(CliRunner.run("new", "mini", f, "--force").code()).isZero();
        assertThat(FILES.load(Path.of(f)).templateId()).isEqualTo("mini");
        assertThat(Files.readAllBytes(Path.of(f + ".bak"))).isEqualTo(before);
    }

    @Test
    void newWithAnUnknownTemplateExits2AndWritesNothing() {
        Result r = CliRunner.run("new", "nope", file("x.shenbao"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope").contains("kczg-2024");
        assertThat(Files.exists(dir.resolve("x.shenbao"))).isFalse();
    }

    @Test
    void newWithForceDoesNotOverwriteAFileThatIsNotADraft() throws Exception {
        Path f = dir.resolve("notes.txt");
        Files.writeString(f, "my notes");
        Result r = CliRunner.run("new", "mini", f.toString(), "--force");
        assertThat(r.code()).isEqualTo(2);
        assertThat(Files.readString(f)).isEqualTo("my notes");
    }

    // ---- set ------------------------------------------------------------------------------------

    @Test
    void setParsesValuesByTypeAndCreatesRows() throws Exception {
        String f = file("a.shenbao");
        CliRunner.run("new", "kczg-2024", f);
        Result r = CliRunner.run("set", f, "members[3].name=张三", "castFunding=80.00", "applyDate=2024年5月20日",
                "industryFields=新材料|其他", "industryFields.other=a=b", "projectPeriod=2024-06-01/2025-03-31",
                "leader.name=李四");
        assertThat(r.code()).as(r.err()).isZero();
        Draft d = FILES.load(Path.of(f));
        assertThat(d.rowCount("members")).isEqualTo(4);
        assertThat(d.text("members[3].name")).isEqualTo("张三");
        assertThat(d.text("castFunding")).isEqualTo("80.00");
        assertThat(d.text("applyDate")).isEqualTo("2024-05-20");
        assertThat(d.choices("industryFields")).containsExactly("新材料", "其他");
        assertThat(d.text("industryFields.other")).isEqualTo("a=b");
        assertThat(d.text("projectPeriod.from")).isEqualTo("2024-06-01");
        assertThat(d.text("projectPeriod.to")).isEqualTo("2025-03-31");
        assertThat(d.text("leader.name")).isEqualTo("李四");

        assertThat(CliRunner.run("set", f, "leader.name=").code()).isZero();
        assertThat(FILES.load(Path.of(f)).has("leader.name")).isFalse();
    }

    @Test
    void setWithABadAssignmentExits2AndChangesNothing() throws Exception {
        String f = file("a.shenbao");
        CliRunner.run("new", "kczg-2024", f);
        CliRunner.run("set", f, "projectNo=KJFWT2024-01");
        Path p = Path.of(f);
        Files.setLastModifiedTime(p, FileTime.fromMillis(1_600_000_000_000L));
        byte[] before = Files.readAllBytes(p);
        byte[] bak = Files.readAllBytes(Path.of(f + ".bak"));
        for (String bad : List.of("members[0].nmae=张三", "castFunding=12.345", "applyDate=2024-02-30",
                "applyDate=yesterday", "projectNo", "=x", "industryFields=新材料|不存在")) {
            Result r = CliRunner.run("set", f, "projectName=“科创中国”人工智能科技服务团", bad);
            assertThat(r.code()).as(bad).isEqualTo(2);
            assertThat(r.err()).as(bad).contains(f);
            assertThat(Files.readAllBytes(p)).as(bad).isEqualTo(before);
            assertThat(Files.getLastModifiedTime(p).toMillis()).isEqualTo(1_600_000_000_000L);
            assertThat(Files.readAllBytes(Path.of(f + ".bak"))).isEqualTo(bak);
        }
        assertThat(CliRunner.run("set", f, "castFunding=12.345").err()).contains("申请中国科协项目经费").contains("两位小数");
        assertThat(Files.list(dir).map(x -> x.getFileName().toString())).containsExactlyInAnyOrder("a.shenbao", "a.shenbao.bak");
    }

    @Test
    void setOnAMissingFileExits2() {
        Result r = CliRunner.run("set", file("missing.shenbao"), "projectNo=1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("missing.shenbao");
        assertThat(Files.exists(dir.resolve("missing.shenbao"))).isFalse();
    }

    // ---- validate -------------------------------------------------------------------------------

    @Test
    void newSetValidateRoundTripOnATemplateWithoutRuleKinds() {
        String f = file("m.shenbao");
        assertThat(CliRunner.run("new", "mini", f).code()).isZero();
        Result blank = CliRunner.run("validate", f);
        assertThat(blank.code()).isEqualTo(1);
        assertThat(blank.lines()).containsExactly(f + "\tERROR\tunitName\t请填写“单位名称”。");

        CliRunner.run("set", f, "unitName=某学会", "intro=一二三四五六七八九十十一", "kinds=甲|其他", "people[3].name=张三");
        Result r = CliRunner.run("validate", f);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.lines()).allMatch(l -> FINDING_LINE.matcher(l).matches());
        assertThat(r.lines()).anyMatch(l -> l.startsWith(f + "\tERROR\tintro\t") && l.contains("10") && l.contains("12"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith(f + "\tERROR\tkinds.other\t"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith(f + "\tERROR\tpeople\t") && l.contains("3"));

        assertThat(CliRunner.run("set", f, "intro=一二三", "kinds.other=丙", "people[3].name=", "people[1].name=李四",
                "people[2].name=王五").code()).isZero();
        Result ok = CliRunner.run("validate", f);
        assertThat(ok.code()).as(ok.out()).isZero();
        assertThat(ok.out()).isEmpty();
    }

    @Test
    void errorsComeBeforeWarningsAndAcknowledgedWarningsAreLeftOut() throws Exception {
        Path f = dir.resolve("w.shenbao");
        Draft d = FILES.create("mini");
        d.set("legacyField", "旧值");
        FILES.save(d, f);
        Result r = CliRunner.run("validate", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0)).startsWith(f + "\tERROR\tunitName\t");
        assertThat(r.lines().get(1)).startsWith(f + "\tWARNING\tlegacyField\t");

        d.set("unitName", "某学会");
        FILES.save(d, f);
        Result warnOnly = CliRunner.run("validate", f.toString());
        assertThat(warnOnly.code()).isZero();
        assertThat(warnOnly.lines()).hasSize(1);

        d.acknowledge("unknownField|legacyField");
        FILES.save(d, f);
        Result acknowledged = CliRunner.run("validate", f.toString());
        assertThat(acknowledged.code()).isZero();
        assertThat(acknowledged.out()).isEmpty();
    }

    @Test
    void validateOnATruncatedFileExits2NamesTheFileAndLeavesItUnchanged() throws Exception {
        Path f = dir.resolve("cut.shenbao");
        Draft d = FILES.create("mini");
        d.set("unitName", "某学会");
        FILES.save(d, f);
        byte[] full = Files.readAllBytes(f);
        byte[] cut = Arrays.copyOf(full, full.length / 2);
        Files.write(f, cut);
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_600_000_000_000L));

        Result r = CliRunner.run("validate", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.lines()).hasSize(1);
        String[] cols = r.lines().get(0).split("\t", -1);
        assertThat(cols).hasSize(4);
        assertThat(cols[0]).isEqualTo(f.toString());
        assertThat(cols[1]).isEqualTo("ERROR");
        assertThat(cols[2]).isEmpty();
        assertThat(cols[3]).contains(f.toString()).contains("损坏");
        assertThat(Files.readAllBytes(f)).isEqualTo(cut);
        assertThat(Files.getLastModifiedTime(f).toMillis()).isEqualTo(1_600_000_000_000L);
    }

    @Test
    void mixedGoodAndCorruptFilesExit2AndTheGoodOneIsStillReported() throws Exception {
        String good = file("good.shenbao");
        CliRunner.run("new", "mini", good);
        Path bad = dir.resolve("bad.shenbao");
        Files.writeString(bad, "{\"format\":\"shenbao-draft\",\"formatVersion\":1,\"templ");
        Result r = CliRunner.run("validate", bad.toString(), good);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.lines()).contains(good + "\tERROR\tunitName\t请填写“单位名称”。");
        assertThat(r.lines()).anyMatch(l -> l.startsWith(bad + "\tERROR\t\t") && l.contains("bad.shenbao"));
        assertThat(r.lines()).allMatch(l -> l.split("\t", -1).length == 4);

        Result missing = CliRunner.run("validate", file("none.shenbao"));
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.out()).contains("none.shenbao");
    }

    @Test
    void jsonOutputParsesAndCarriesEveryField() throws Exception {
        String good = file("good.shenbao");
        CliRunner.run("new", "mini", good);
        CliRunner.run("set", good, "intro=一二三四五六七八九十十一");
        Path bad = dir.resolve("bad.shenbao");
        Files.writeString(bad, "{\"a\":1}");
        Result r = CliRunner.run("validate", "--json", good, bad.toString());
        assertThat(r.code()).isEqualTo(2);
        JsonNode arr = new ObjectMapper().readTree(r.out());
        assertThat(arr.isArray()).isTrue();
        assertThat(arr).hasSize(3);
        List<String> seen = new ArrayList<>();
        for (JsonNode o : arr) {
            assertThat(o.fieldNames()).toIterable().containsExactlyInAnyOrder("file", "severity", "path", "rule", "message");
            seen.add(o.get("file").asText() + "|" + o.get("severity").asText() + "|" + o.get("path").asText() + "|" + o.get("rule").asText());
        }
        assertThat(seen).contains(good + "|ERROR|unitName|required", good + "|ERROR|intro|maxChars",
                bad + "|ERROR||file.NOT_A_DRAFT");

        Result empty = CliRunner.run("validate", "--json", file("none.shenbao"));
        assertThat(new ObjectMapper().readTree(empty.out()).get(0).get("message").asText()).contains("none.shenbao");
    }

    @Test
    void langEnGivesEnglishMessagesWhereverTheOptionStands() {
        String f = file("m.shenbao");
        CliRunner.run("new", "mini", f);
        Result before = CliRunner.run("--lang", "en", "validate", f);
        assertThat(before.out()).contains("单位名称").doesNotContain("请填写");
        assertThat(before.lines()).hasSize(1);
        Result after = CliRunner.run("validate", f, "--lang=en");
        assertThat(after.out()).isEqualTo(before.out());
        assertThat(CliRunner.run("fields", "nope", "--lang", "en").err()).contains("There is no template");
        assertThat(CliRunner.run("fields", "nope").err()).contains("没有模板");
        assertThat(CliRunner.run("--lang", "en", "bogus").err()).contains("Unknown sub-command").contains("Usage:");
        assertThat(CliRunner.run("--lang", "en", "set", "--help").out()).contains("Parse values by field type");
        assertThat(CliRunner.run("set", "--help").out()).contains("按字段类型");
    }

    @Test
    void badUsageExits2WithTheUsage() {
        Result unknown = CliRunner.run("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("frobnicate").contains("用法");
        Result missing = CliRunner.run("set");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("<file.shenbao>");
        assertThat(CliRunner.run("validate").code()).isEqualTo(2);
        assertThat(CliRunner.run("--lang", "fr", "templates").code()).isEqualTo(2);
        assertThat(CliRunner.run().code()).isEqualTo(2);
        Result help = CliRunner.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("templates", "fields", "new", "set", "validate");
        assertThat(help.out()).doesNotContain("\u001b[");
    }

    @Test
    void everySubCommandIsMadeOnlyWhenAskedForAndTheHelpListsThemAll() {
        // a run makes only the sub-command it names (issue 15: picocli's reflection is a cold-start cost), so the
        // names in Cli.SUBCOMMANDS must be those of the classes' @Command
        for (Cli.Sub sub : Cli.SUBCOMMANDS) {
            Object made = sub.make().get();
            picocli.CommandLine.Command c = made.getClass().getAnnotation(picocli.CommandLine.Command.class);
            assertThat(c).as(made.getClass().getName()).isNotNull();
            assertThat(c.name()).isEqualTo(sub.name());
            assertThat(Cli.requested(new String[] {sub.name(), "--help"})).isEqualTo(sub.name());
            assertThat(Cli.requested(new String[] {"--lang", "en", sub.name()})).isEqualTo(sub.name());
            assertThat(Cli.requested(new String[] {"--lang=en", sub.name()})).isEqualTo(sub.name());
            Result help = CliRunner.run(sub.name(), "--help");
            assertThat(help.code()).as(sub.name()).isZero();
            assertThat(help.out()).contains("shenbao " + sub.name());
        }
        assertThat(Cli.requested(new String[] {"--help"})).isNull();
        assertThat(Cli.requested(new String[] {"frobnicate"})).isNull();
        assertThat(Cli.requested(new String[] {})).isNull();
        Result help = CliRunner.run("--help");
        for (Cli.Sub sub : Cli.SUBCOMMANDS) {
            assertThat(help.out()).contains(sub.name());
        }
    }

    // ---- kczg-2024 with its rules (run once the rule kinds are registered) ------------------------

    private static boolean kczgRuleKindsPresent() {
        TemplateDef t = CliRunner.REGISTRY.get("kczg-2024");
        Set<String> kinds = t.rules().stream().map(RuleDef::rule).collect(Collectors.toSet());
        return RuleKinds.names().containsAll(kinds);
    }

    @Test
    void kczgRoundTrip() {
        assumeTrue(kczgRuleKindsPresent(), "rule kinds of kczg-2024 not registered yet (branch rules)");
        String f = file("k.shenbao");
        CliRunner.run("new", "kczg-2024", f);
        Result blank = CliRunner.run("validate", f);
        assertThat(blank.code()).isEqualTo(1);
        assertThat(blank.lines()).anyMatch(l -> l.startsWith(f + "\tERROR\tprojectName\t"));
        assertThat(blank.lines()).allMatch(l -> FINDING_LINE.matcher(l).matches());

        CliRunner.run("set", f, "projectName=“科创中国”人工智能科技服务团", "castFunding=90");
        Result r = CliRunner.run("validate", f);
        assertThat(r.lines()).noneMatch(l -> l.contains("\tprojectName\t"));
        assertThat(r.lines()).anyMatch(l -> l.startsWith(f + "\tERROR\tcastFunding\t") && l.contains("80"));
        List<String> severities = r.lines().stream().map(l -> l.split("\t")[1]).toList();
        assertThat(severities.lastIndexOf("ERROR")).isLessThan(Math.max(severities.indexOf("WARNING"), severities.size()));
        if (severities.contains("WARNING")) {
            assertThat(severities.lastIndexOf("ERROR")).isLessThan(severities.indexOf("WARNING"));
        }
    }

    @Test
    void crossRuleOverTwoDraftsOfOneUnitSharingAMember() throws Exception {
        assumeTrue(kczgRuleKindsPresent() && !CrossDraftCheck.kinds().isEmpty(),
                "cross rule kinds not registered yet (branch rules)");
        String a = file("a.shenbao");
        String b = file("b.shenbao");
        String c = file("c.shenbao");
        CliRunner.run("new", "kczg-2024", a);
        CliRunner.run("new", "kczg-2024", b);
        CliRunner.run("new", "kczg-2024", c);
        CliRunner.run("set", a, "unitName=中国某某学会", "members[0].name=张三", "members[1].name=李四");
        CliRunner.run("set", b, "unitName=中国某某学会", "members[0].name=张三");
        CliRunner.run("set", c, "unitName=另一学会", "members[0].name=李四");

        Result r = CliRunner.run("validate", "--json", a, b, c);
        JsonNode arr = new ObjectMapper().readTree(r.out());
        List<String> shared = new ArrayList<>();
        for (JsonNode o : arr) {
            if (o.get("rule").asText().equals("noSharedValues") && o.get("path").asText().startsWith("members")) {
                assertThat(o.get("severity").asText()).isEqualTo("ERROR");
                shared.add(o.get("file").asText());
            }
        }
        assertThat(shared).contains(a, b).doesNotContain(c);
        assertThat(r.code()).isEqualTo(1);

        Result single = CliRunner.run("validate", "--json", a);
        for (JsonNode o : new ObjectMapper().readTree(single.out())) {
            assertThat(o.get("rule").asText()).isNotEqualTo("noSharedValues");
        }
    }

    @Test
    void aFileNamedTwiceIsCheckedOnceAndNotAgainstItself() throws Exception {
        String a = file("a.shenbao");
        CliRunner.run("new", "kczg-2024", a);
        CliRunner.run("set", a, "unitName=中国某某学会", "members[0].name=张三", "members[1].name=李四");
        Result once = CliRunner.run("validate", a);
        Result twice = CliRunner.run("validate", a, dir.resolve(".").resolve("a.shenbao").toString());
        assertThat(twice.code()).isEqualTo(once.code());
        assertThat(twice.out()).isEqualTo(once.out());
    }
}
