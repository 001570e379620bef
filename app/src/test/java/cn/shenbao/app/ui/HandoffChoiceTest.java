package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.export.ExportOptions;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.HandoffChoice;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The export dialog's hand-off choice without any window: the parts offered, the paths exported, what it says. */
class HandoffChoiceTest {
    private static final TemplateDef T = TemplateRegistry.builtIn().get("kczg-2024");
    private static final UiTexts ZH = new UiTexts(Locale.SIMPLIFIED_CHINESE);

    private static DraftViewModel withTeam() {
        DraftViewModel vm = new DraftViewModel(T, new Draft(T.id(), T.version()), null);
        vm.table("members").addRow();
        vm.table("members").addRow();
        vm.value("members[1].name").set("王五");
        vm.table("phases").addRow();
        return vm;
    }

    @Test
    void thePartsAreThePrintedSectionsOfTheDefinitionWithTheRowsOfTheirTables() {
        HandoffChoice c = new HandoffChoice(withTeam(), ZH);
        List<String> sections = c.parts().stream().filter(p -> !p.isRow()).map(HandoffChoice.Part::path).toList();
        // every section that prints a field, in form order; the roster (不打印) and the empty 审核意见 are not offered
        List<String> printing = T.sections().stream()
                .filter(s -> s.fields().stream().anyMatch(f -> f.isPrinted() && !f.isHidden()))
                .map(SectionDef::id).toList();
        assertThat(sections).isEqualTo(printing).contains("basis", "team", "schedule").doesNotContain("roster", "review");
        assertThat(c.parts().stream().filter(HandoffChoice.Part::isRow).map(HandoffChoice.Part::path))
                .containsExactly("phases[0]", "members[0]", "members[1]");
        HandoffChoice.Part wang = c.part("members[1]");
        assertThat(wang.section().path()).isEqualTo("team");
        assertThat(wang.label()).contains("第 2 行").contains("王五");
        assertThat(c.part("phases[0]").label()).as("the definition's row label").contains("第一阶段");
    }

    @Test
    void nothingIsRestrictedUntilAskedAndThenOnlyTheChosenPartsInFormOrder() {
        HandoffChoice c = new HandoffChoice(withTeam(), ZH);
        c.part("members[1]").selectedProperty().set(true);
        assertThat(c.editable()).as("option off: no protection").isEmpty();
        assertThat(c.summaryProperty().get()).isEmpty();
        c.restrictProperty().set(true);
        c.part("basis").selectedProperty().set(true);
        assertThat(c.editable()).containsExactly("basis", "members[1]");
        assertThat(c.problem()).isNull();
        assertThat(c.summaryProperty().get()).startsWith("对方在 Word/WPS 中只能修改：三、立项依据和目的；")
                .contains("王五").contains("锁定").contains("填写窗体");
    }

    @Test
    void aRowUnderAChosenSectionIsCoveredByTheSection() {
        HandoffChoice c = new HandoffChoice(withTeam(), ZH);
        c.restrictProperty().set(true);
        c.part("members[0]").selectedProperty().set(true);
        c.part("team").selectedProperty().set(true);
        assertThat(c.part("members[0]").isImplied()).isTrue();
        assertThat(c.editable()).containsExactly("team");
        c.part("team").selectedProperty().set(false);
        assertThat(c.editable()).as("the row's own tick is kept").containsExactly("members[0]");
    }

    @Test
    void theEmptyFormOffersAndHandsOnSectionsOnlyNotTheDraftsRows() {
        HandoffChoice c = new HandoffChoice(withTeam(), ZH);
        c.restrictProperty().set(true);
        c.part("members[1]").selectedProperty().set(true);
        c.part("basis").selectedProperty().set(true);
        assertThat(c.rowsShownProperty().get()).isTrue();
        c.blankProperty().set(true);
        // 空白表 has none of the draft's rows: they are not offered and not handed on (the ticks are kept)
        assertThat(c.rowsShownProperty().get()).isFalse();
        assertThat(c.editable()).containsExactly("basis");
        assertThat(c.summaryProperty().get()).doesNotContain("王五");
        c.part("basis").selectedProperty().set(false);
        assertThat(c.readyProperty().get()).as("only a row chosen: nothing for the empty form").isFalse();
        c.blankProperty().set(false);
        assertThat(c.editable()).containsExactly("members[1]");
        assertThat(c.readyProperty().get()).isTrue();
    }

    @Test
    void restrictingWithNothingChosenCannotBeExportedAndSaysWhatToDo() {
        HandoffChoice c = new HandoffChoice(withTeam(), ZH);
        assertThat(c.readyProperty().get()).isTrue();
        c.restrictProperty().set(true);
        assertThat(c.readyProperty().get()).isFalse();
        assertThat(c.problem()).contains("请勾选对方可以修改的部分");
        assertThat(c.summaryProperty().get()).isEqualTo(c.problem());
        c.part("budget").selectedProperty().set(true);
        assertThat(c.readyProperty().get()).isTrue();
        HandoffChoice en = new HandoffChoice(withTeam(), new UiTexts(Locale.ENGLISH));
        en.restrictProperty().set(true);
        en.part("budget").selectedProperty().set(true);
        assertThat(en.summaryProperty().get()).startsWith("In Word/WPS the recipient can change only:").contains("Word's");
    }

    @Test
    void theChosenPathsReachThePrintOptionsOfTheOneExportPath() throws Exception {
        ExportOptions o = new ExportOptions(true, false, 0, false, false, Locale.SIMPLIFIED_CHINESE, false,
                List.of("team", "members[1]"));
        var options = cn.shenbao.app.ui.export.PrintPackageExporterAccess.printOptions(new Draft(T.id(), T.version()), o);
        assertThat(options.editable()).containsExactly("team", "members[1]");
        assertThat(cn.shenbao.app.ui.export.PrintPackageExporterAccess.printOptions(new Draft(T.id(), T.version()),
                new ExportOptions(true, true, 0, false, false, null, false)).editable()).isEmpty();
    }
}
