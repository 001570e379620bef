package cn.shenbao.forms.gather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.samples.FormExamples;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gathering T6 rows from T5 drafts: what a row takes, the suggested 主要支持内容, and gathering again — the
 * source's changes offered cell by cell, the user's own edits kept unless taken, broken and foreign files
 * reported by name without changing anything.
 */
class GatheringTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;
    Path t6File;
    Path t5Dir;
    Gathering g;

    @BeforeEach
    void setUp() throws Exception {
        g = new Gathering(T5Drafts.registry());
        t6File = dir.resolve("建议表.shenbao");
        t5Dir = Files.createDirectories(dir.resolve("绩效目标"));
    }

    private Draft emptyT6() {
        Draft d = new Draft(Gathering.TARGET_TEMPLATE, 1);
        d.set("recommender", "丽水市");
        d.set("unitName", "丽水市科学技术局");
        return d;
    }

    private Draft gathered(Path... inputs) {
        Draft t6 = emptyT6();
        Gathering.apply(t6, g.plan(t6, t6File, List.of(inputs)), Gathering.Change::takeByDefault);
        return t6;
    }

    @Test
    void theSuggestedContentReadsLikeTheSeedsExample() {
        assertThat(Gathering.suggestedContent(T5Drafts.lab())).isEqualTo(
                "应用人工智能等技术，开展智能感知等方面研究，完善实验室基础条件建设、人才队伍建设、学术交流机制等。"
                        + "支持自由探索类基础研究项目20个，转化科技成果15项，促进技术合同成交额1500万元，"
                        + "培训从事技术创新服务人员100人次，提供技术咨询/技术服务200人次。");
        Draft d = T5Drafts.lab();
        d.set("goalOverall", "第一段，\n第二段；");
        d.setRows("indicators", List.of());
        assertThat(Gathering.suggestedContent(d)).as("lines joined, a closing ；becomes 。").isEqualTo("第一段，第二段。");
    }

    @Test
    void theT5ExampleBecomesACorrectRow() throws Exception {
        Draft t5 = FormExamples.load(Gathering.SOURCE_TEMPLATE);
        Map<String, String> row = Gathering.rowOf(t5);
        assertThat(row).containsEntry("name", t5.text("projectName")).containsEntry("unit", t5.text("unit"))
                .containsEntry("funding", t5.text("budgetCentral")).containsEntry("field", t5.text("direction"))
                .containsEntry("selfFunding", cn.shenbao.forms.draft.Computed.text(
                        TemplateRegistry.builtIn().get(Gathering.SOURCE_TEMPLATE), t5, "selfFunding"));
        assertThat(row.get("content")).startsWith(t5.text("goalOverall").strip())
                .contains("转化科技成果20项").contains("促进技术合同成交额5000万元")
                .doesNotContain("资金使用及时率").doesNotContain("满意度").endsWith("。");
        Draft t6 = emptyT6();
        Gathering.apply(t6, g.plan(t6, t6File, List.of(FormExamples.file(Gathering.SOURCE_TEMPLATE))), c -> true);
        assertThat(RuleEngine.check(TemplateRegistry.builtIn().get(Gathering.TARGET_TEMPLATE), t6)).isEmpty();
    }

    @Test
    void theT6ExampleKnowsItsFirstRowCameFromTheT5ExampleAndKeepsItsShortenedContent() throws Exception {
        Path t6 = FormExamples.file(Gathering.TARGET_TEMPLATE);
        Draft d = FormExamples.load(Gathering.TARGET_TEMPLATE);
        assertThat(d.text("projects[0].source")).isEqualTo("jxmb-2024-sample.shenbao");
        Gathering.Plan plan = g.plan(d, t6, List.of(FormExamples.file(Gathering.SOURCE_TEMPLATE)));
        assertThat(plan.sources()).singleElement().satisfies(s -> {
            assertThat(s.row()).isZero();
            assertThat(s.status()).isNotEqualTo(Gathering.Status.NEW);
        });
        assertThat(plan.changes()).filteredOn(c -> c.column().equals("content"))
                .allSatisfy(c -> assertThat(c.takeByDefault()).as("the user's shortened text is kept").isFalse());
    }

    @Test
    void aRowTakesNameUnitFundingSelfFundingAndTheDirection() {
        Map<String, String> row = Gathering.rowOf(T5Drafts.lab());
        assertThat(row).containsEntry("name", "浙江省某全国重点实验室建设").containsEntry("unit", "浙江某大学")
                .containsEntry("funding", "500").containsEntry("selfFunding", "300")
                .containsEntry("field", "科技创新基地建设");
        Draft d = T5Drafts.lab();
        d.set("budgetTotal", "612.5");
        d.set("budgetCentral", "300.25");
        assertThat(Gathering.rowOf(d)).containsEntry("selfFunding", "312.25");
        d.set("budgetTotal", null);
        assertThat(Gathering.rowOf(d)).doesNotContainKey("selfFunding");
    }

    @Test
    void firstGatheringAddsOneRowPerDraftWithItsSourceAndTheFormIsCorrect() throws Exception {
        Path a = T5Drafts.save(T5Drafts.lab(), t5Dir.resolve("a.shenbao"));
        T5Drafts.save(T5Drafts.city(), t5Dir.resolve("b.shenbao"));
        Draft t6 = emptyT6();
        Gathering.Plan plan = g.plan(t6, t6File, List.of(t5Dir, a)); // a named twice: one row
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.sources()).extracting(Gathering.Source::status)
                .containsExactly(Gathering.Status.NEW, Gathering.Status.NEW);
        assertThat(t6.rowCount("projects")).as("planning changes nothing").isZero();
        Gathering.apply(t6, plan, Gathering.Change::takeByDefault);
        assertThat(t6.rowCount("projects")).isEqualTo(2);
        assertThat(t6.text("projects[0].source")).isEqualTo("绩效目标/a.shenbao");
        assertThat(t6.text("projects[1].name")).isEqualTo("某市国家创新型城市建设");
        assertThat(t6.text("projects[1].content")).isEqualTo(
                "围绕高水平建设国家创新型城市，主要开展科技企业培育等工作。转化科技成果50项，支持高新技术企业100家，支持科技型中小企业300家。");
        assertThat(Gathering.takenValues(t6.text("projects[0].taken"))).containsEntry("funding", "500");
        assertThat(RuleEngine.check(TemplateRegistry.builtIn().get("jyb-2024"), t6)).isEmpty();
        // the references survive saving and loading
        DraftFiles files = T5Drafts.files();
        files.save(t6, t6File);
        Draft back = files.load(t6File);
        assertThat(g.plan(back, t6File, List.of(t5Dir)).sources()).extracting(Gathering.Source::status)
                .containsExactly(Gathering.Status.UNCHANGED, Gathering.Status.UNCHANGED);
        assertThat(g.plan(back, t6File, List.of(t5Dir)).changesAnything(back)).isFalse();
    }

    @Test
    void gatheringAgainOffersTheSourcesChangesAndKeepsTheUsersEditsByDefault() throws Exception {
        Path a = T5Drafts.save(T5Drafts.lab(), t5Dir.resolve("a.shenbao"));
        Draft t6 = gathered(a);
        t6.set("projects[0].content", "我改写的主要支持内容。");   // the user's edit
        Draft t5 = T5Drafts.files().load(a);
        t5.set("budgetCentral", "450");                                 // the source changes 中央补助 …
        t5.set("goalOverall", "新的总体目标");                           // … and the content it suggests
        T5Drafts.save(t5, a);

        Gathering.Plan plan = g.plan(t6, t6File, List.of(a));
        assertThat(plan.sources()).singleElement().extracting(Gathering.Source::status)
                .isEqualTo(Gathering.Status.CHANGED);
        Map<String, Gathering.Change> byColumn = new java.util.HashMap<>();
        plan.changes().forEach(c -> byColumn.put(c.column(), c));
        assertThat(byColumn).containsOnlyKeys("content", "funding", "selfFunding");
        Gathering.Change content = byColumn.get("content");
        assertThat(content.edited()).isTrue();
        assertThat(content.takeByDefault()).isFalse();
        assertThat(content.mine()).isEqualTo("我改写的主要支持内容。");
        assertThat(content.theirs()).startsWith("新的总体目标。");
        assertThat(content.label()).isEqualTo("主要支持内容");
        Gathering.Change funding = byColumn.get("funding");
        assertThat(funding.edited()).isFalse();
        assertThat(funding.taken()).isEqualTo("500");
        assertThat(funding.theirs()).isEqualTo("450");

        Gathering.apply(t6, plan, Gathering.Change::takeByDefault);
        assertThat(t6.text("projects[0].content")).isEqualTo("我改写的主要支持内容。");
        assertThat(t6.text("projects[0].funding")).isEqualTo("450");
        assertThat(t6.text("projects[0].selfFunding")).isEqualTo("350");
        assertThat(g.plan(t6, t6File, List.of(a)).changes()).as("nothing is offered twice").isEmpty();

        t5.set("goalOverall", "再次修改的总体目标");
        T5Drafts.save(t5, a);
        Gathering.Plan again = g.plan(t6, t6File, List.of(a));
        assertThat(again.changes()).singleElement().satisfies(c -> assertThat(c.column()).isEqualTo("content"));
        Gathering.apply(t6, again, c -> true);                       // the user takes it this time
        assertThat(t6.text("projects[0].content")).startsWith("再次修改的总体目标。");
    }

    @Test
    void aCellTheUserAlreadyMadeEqualToTheSourceIsNoChange() throws Exception {
        Path a = T5Drafts.save(T5Drafts.lab(), t5Dir.resolve("a.shenbao"));
        Draft t6 = gathered(a);
        t6.set("projects[0].unit", "浙江某大学（新名）");
        Draft t5 = T5Drafts.files().load(a);
        t5.set("unit", "浙江某大学（新名）");
        T5Drafts.save(t5, a);
        Gathering.Plan plan = g.plan(t6, t6File, List.of(a));
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.changesAnything(t6)).as("the new fingerprint is recorded").isTrue();
    }

    @Test
    void brokenAndForeignFilesAreNamedAndChangeNothing() throws Exception {
        Path a = T5Drafts.save(T5Drafts.lab(), t5Dir.resolve("a.shenbao"));
        Path broken = Files.writeString(dir.resolve("坏.shenbao"), "{not json", StandardCharsets.UTF_8);
        Path foreign = dir.resolve("企业.shenbao");
        Files.copy(FormExamples.file("lq-2024-enterprise"), foreign);
        Path missing = dir.resolve("没有.shenbao");
        Draft t6 = gathered(a);
        Draft before = t6.copy();
        Gathering.Plan plan = g.plan(t6, t6File, List.of(broken, foreign, missing));
        assertThat(plan.sources()).isEmpty();
        assertThat(plan.problems()).extracting(Gathering.Problem::file).containsExactly(broken, foreign, missing);
        assertThat(plan.problems().get(0).message(ZH)).contains("坏.shenbao");
        assertThat(plan.problems().get(1).message(ZH)).contains("企业.shenbao").contains("需求征集表（企业填报）")
                .contains("绩效目标申报表").contains("未汇总");
        assertThat(plan.problems().get(1).message(Locale.ENGLISH)).contains("not gathered");
        assertThat(plan.problems().get(2).message(ZH)).contains("没有.shenbao");
        Gathering.apply(t6, plan, c -> true);
        assertThat(t6.sameContent(before)).isTrue();
    }

    @Test
    void inAFolderOtherFormsAndTheSummaryItselfAreSkipped() throws Exception {
        T5Drafts.save(T5Drafts.lab(), dir.resolve("a.shenbao"));
        Files.copy(FormExamples.file("lq-2024-enterprise"), dir.resolve("企业.shenbao"));
        Draft t6 = emptyT6();
        T5Drafts.files().save(t6, t6File);
        Gathering.Plan plan = g.plan(t6, t6File, List.of(dir));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.skipped()).containsExactly(dir.resolve("企业.shenbao"));
        assertThat(plan.sources()).singleElement().extracting(Gathering.Source::reference).isEqualTo("a.shenbao");
    }

    @Test
    void aMovedSourceFindsItsRowByTheProjectName() throws Exception {
        Path a = T5Drafts.save(T5Drafts.lab(), t5Dir.resolve("a.shenbao"));
        Draft t6 = gathered(a);
        Path moved = Files.move(a, dir.resolve("moved.shenbao"));
        Gathering.Plan plan = g.plan(t6, t6File, List.of(moved));
        assertThat(plan.sources()).singleElement().satisfies(s -> {
            assertThat(s.row()).isZero();
            assertThat(s.status()).isEqualTo(Gathering.Status.UNCHANGED);
        });
        Gathering.apply(t6, plan, Gathering.Change::takeByDefault);
        assertThat(t6.rowCount("projects")).isEqualTo(1);
        assertThat(t6.text("projects[0].source")).isEqualTo("moved.shenbao");
    }

    @Test
    void aRowTypedByHandWithTheSameNameIsLinkedAndItsCellsAreKept() throws Exception {
        Path a = T5Drafts.save(T5Drafts.lab(), t5Dir.resolve("a.shenbao"));
        Draft t6 = emptyT6();
        t6.addRow("projects", Map.of("name", "浙江省某全国重点实验室建设", "funding", "480"));
        Gathering.Plan plan = g.plan(t6, t6File, List.of(a));
        assertThat(plan.sources()).singleElement().extracting(Gathering.Source::row).isEqualTo(0);
        assertThat(plan.changes()).filteredOn(c -> c.column().equals("funding")).singleElement()
                .satisfies(c -> assertThat(c.takeByDefault()).as("typed by hand: kept").isFalse());
        assertThat(plan.changes()).filteredOn(c -> !c.column().equals("funding"))
                .allSatisfy(c -> assertThat(c.takeByDefault()).as("an empty cell is filled").isTrue());
        Gathering.apply(t6, plan, Gathering.Change::takeByDefault);
        assertThat(t6.text("projects[0].funding")).isEqualTo("480");
        assertThat(t6.text("projects[0].unit")).isEqualTo("浙江某大学");
        assertThat(t6.text("projects[0].source")).isEqualTo("绩效目标/a.shenbao");
    }

    @Test
    void onlyAT6DraftIsGatheredInto() throws Exception {
        Draft other = FormExamples.load("lq-2024-enterprise");
        assertThatThrownBy(() -> g.plan(other, null, List.of())).isInstanceOf(IllegalArgumentException.class);
        Path a = T5Drafts.save(T5Drafts.lab(), t5Dir.resolve("a.shenbao"));
        Draft unsaved = emptyT6();
        Gathering.apply(unsaved, g.plan(unsaved, null, List.of(a)), c -> true);
        assertThat(Path.of(unsaved.text("projects[0].source"))).as("an unsaved summary keeps absolute paths")
                .isEqualTo(a.toAbsolutePath().normalize());
    }
}
