package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.editor.ChineseDateConverter;
import cn.shenbao.app.ui.editor.EditorFactories;
import cn.shenbao.app.ui.model.ClipboardRows;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.SectionStatus;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The view-model without any window: values, choices, undo, tables, sums, status. */
class ViewModelTest {
    private static final TemplateDef T = TemplateRegistry.builtIn().get("kczg-2024");

    private DraftViewModel vm() {
        return new DraftViewModel(T, new Draft(T.id(), T.version()), null);
    }

    @Test
    void everyFieldTypeHasAnEditorFactory() {
        assertThat(EditorFactories.standard().asMap().keySet()).containsExactlyInAnyOrder(FieldType.values());
    }

    @Test
    void valuesWriteThroughAndMarkDirty() {
        DraftViewModel vm = vm();
        assertThat(vm.isDirty()).isFalse();
        vm.value("leader.name").set("王明");
        assertThat(vm.draft().text("leader.name")).isEqualTo("王明");
        assertThat(vm.isDirty()).isTrue();
        vm.setChoice("industryFields", "新能源", true);
        vm.setChoice("industryFields", "新一代信息技术", true);
        assertThat(vm.draft().choices("industryFields")).containsExactly("新一代信息技术", "新能源");
    }

    @Test
    void normalizingFoldsFullWidthDigits() {
        DraftViewModel vm = vm();
        vm.value("unitAddress.postcode").set("１０００８１");
        vm.normalize("unitAddress.postcode");
        assertThat(vm.draft().text("unitAddress.postcode")).isEqualTo("100081");
    }

    @Test
    void undoRedoAcrossFieldsAndTableEdits() {
        DraftViewModel vm = vm();
        vm.value("projectName").set("甲");
        vm.sealUndo();
        vm.table("members").addRow();
        vm.value("members[0].name").set("张三");
        vm.sealUndo();
        vm.value("applicant").set("乙");
        assertThat(vm.undo()).isTrue();
        assertThat(vm.draft().text("applicant")).isEmpty();
        assertThat(vm.undo()).isTrue();
        assertThat(vm.draft().text("members[0].name")).isEmpty();
        assertThat(vm.undo()).isTrue();
        assertThat(vm.draft().rowCount("members")).isZero();
        assertThat(vm.redo()).isTrue();
        assertThat(vm.redo()).isTrue();
        assertThat(vm.draft().text("members[0].name")).isEqualTo("张三");
        assertThat(vm.table("members").rows().get(0).cell("name").get()).isEqualTo("张三");
    }

    @Test
    void rowLimitComesFromTheDefinition() {
        DraftViewModel vm = vm();
        for (int i = 0; i < 20; i++) {
            assertThat(vm.table("members").addRow()).isTrue();
        }
        assertThat(vm.table("members").addRow()).isFalse();
        assertThat(vm.table("members").paste("甲\t乙\t丙\t丁").added()).as("empty rows at the end are filled first").isEqualTo(1);
        vm.value("members[19].name").set("末行");
        assertThat(vm.table("members").paste("甲\t乙\t丙\t丁").refused()).isEqualTo(1);
        assertThat(vm.draft().rowCount("members")).isEqualTo(20);
        assertThat(vm.table("roster").maxRows()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void computedSumsAndSectionStatusAreLive() {
        DraftViewModel vm = vm();
        vm.value("castFunding").set("60");
        vm.value("ownFunding").set("10.5");
        assertThat(vm.computed("fundingSum").get()).isEqualTo("70.5");
        vm.table("expenses").paste("1\t劳务费\t30\t\t按标准\n2\t差旅费\t12.25\t3\t按标准");
        assertThat(vm.draft().text("expenses[0].item")).as("a leading column of row numbers is dropped").isEqualTo("劳务费");
        assertThat(vm.computed("expenseCastSum").get()).isEqualTo("42.25");
        assertThat(vm.status("basis").get()).as("empty and not touched: to fill in").isEqualTo(SectionStatus.PENDING);
        vm.checkAll();
        assertThat(vm.status("basis").get()).isEqualTo(SectionStatus.ERRORS);
        vm.value("basis").set("依据");
        assertThat(vm.status("basis").get()).isEqualTo(SectionStatus.COMPLETE);
    }

    @Test
    void clipboardRowsFromExcelAndWps() {
        List<List<String>> rows = ClipboardRows.parse("a\tb\r\n\"多\n行\"\t\"引\"\"号\"\r\n\r\n c \t\n");
        assertThat(rows).containsExactly(List.of("a", "b"), List.of("多\n行", "引\"号"), List.of("c", ""));
    }

    @Test
    void chineseDates() {
        ChineseDateConverter c = new ChineseDateConverter(() -> LocalDate.of(2024, 1, 1));
        assertThat(c.toString(LocalDate.of(2024, 5, 20))).isEqualTo("2024年5月20日");
        assertThat(c.fromString("2025年3月31日")).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(c.fromString("2025-03-31")).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(c.fromString("不是日期")).as("keeps the previous value").isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(c.fromString(" ")).isNull();
    }

    @Test
    void acknowledgedWarningsStayListedLastAndDoNotCountForTheStatus() {
        DraftViewModel vm = new DraftViewModel(T, cn.shenbao.forms.samples.SampleDrafts.kczgComplete(), null);
        assertThat(vm.findings()).isEmpty();
        vm.value("applyDate").set("2024-06-01");
        vm.sealUndo();
        cn.shenbao.forms.rules.Finding w = vm.findings().get(0);
        assertThat(vm.canAcknowledge(w)).isTrue();
        assertThat(vm.acknowledge(w)).isTrue();
        assertThat(vm.acknowledge(w)).as("twice is nothing new").isFalse();
        assertThat(vm.status("cover").get()).isEqualTo(SectionStatus.COMPLETE);
        assertThat(vm.openFindings()).isEmpty();
        assertThat(vm.isDirty()).isTrue();
        // the condition disappears and comes back: the acknowledgement is kept (same rule|path id)
        vm.value("applyDate").set("2024-05-20");
        vm.sealUndo();
        assertThat(vm.findings()).isEmpty();
        vm.value("applyDate").set("2024-06-02");
        vm.sealUndo();
        assertThat(vm.isAcknowledged(vm.findings().get(0))).isTrue();
        assertThat(vm.status("cover").get()).isEqualTo(SectionStatus.COMPLETE);

        vm.value("basis").set("字".repeat(201));
        cn.shenbao.forms.rules.Finding error = vm.findingsAt("basis").get(0);
        assertThat(vm.canAcknowledge(error)).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vm.acknowledge(error)).isInstanceOf(IllegalArgumentException.class);
        assertThat(vm.draft().acknowledged()).containsExactly("dateNotAfter|applyDate");
        assertThat(vm.findings().get(vm.findings().size() - 1).path()).as("acknowledged last").isEqualTo("applyDate");
        assertThat(vm.findings().get(0)).isEqualTo(error);
    }

    @Test
    void untouchedRequiredFieldsAreCountedNotListedUntilTouchedOrCheckedAll() {
        DraftViewModel vm = vm();
        int unitPending = vm.pendingCount("unit").get();
        assertThat(unitPending).isGreaterThan(3);
        assertThat(vm.findings()).noneMatch(f -> f.rule().equals("required"));
        assertThat(vm.hasErrors()).as("export still knows").isTrue();
        vm.touch("unitName");
        assertThat(vm.findingsAt("unitName")).extracting(cn.shenbao.forms.rules.Finding::rule).containsExactly("required");
        assertThat(vm.pendingCount("unit").get()).isEqualTo(unitPending - 1);
        vm.value("uscc").set("91");
        vm.value("uscc").set("");
        assertThat(vm.findingsAt("uscc")).as("typed and deleted again: touched").extracting(cn.shenbao.forms.rules.Finding::rule)
                .containsExactly("required");
        vm.table("phases").addRow();
        vm.value("phases[0].stage").set("第一阶段"); // a new row with one value: its other cells are not touched
        assertThat(vm.findingsAt("phases[0].budget")).as("not an error yet").isEmpty();
        vm.checkAll();
        assertThat(vm.pendingTotalProperty().get()).isZero();
        assertThat(vm.findings()).containsExactlyElementsOf(vm.allFindings());
        assertThat(vm.findingsAt("phases[0].budget")).isNotEmpty();
    }

    @Test
    void theTableModelComparesColumnSumsAndKnowsThePeriodOfDateColumns() {
        DraftViewModel vm = vm();
        var expenses = vm.table("expenses").columnSums();
        var cast = expenses.stream().filter(s -> s.column().equals("cast")).findFirst().orElseThrow();
        assertThat(cast.against()).containsExactly("castFunding");
        vm.value("castFunding").set("50");
        assertThat(cast.matches().get()).isFalse();
        vm.table("expenses").paste("会议费\t20\t0\t按标准\n差旅费\t30\t0\t按标准");
        assertThat(cast.sum().get()).isEqualTo("50");
        assertThat(cast.matches().get()).isTrue();
        vm.value("expenses[1].cast").set("30.5");
        assertThat(cast.matches().get()).isFalse();

        var phases = vm.table("phases");
        assertThat(phases.hasDateLimits("from")).isTrue();
        assertThat(phases.hasDateLimits("stage")).isFalse();
        assertThat(phases.isOutsidePeriod("from", LocalDate.of(2020, 1, 1))).as("no period yet").isFalse();
        vm.value("projectPeriod.from").set("2024-06-01");
        vm.value("projectPeriod.to").set("2025-03-31");
        assertThat(phases.isOutsidePeriod("from", LocalDate.of(2024, 5, 31))).isTrue();
        assertThat(phases.isOutsidePeriod("to", LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(phases.isOutsidePeriod("to", LocalDate.of(2025, 4, 1))).isTrue();
    }
}
