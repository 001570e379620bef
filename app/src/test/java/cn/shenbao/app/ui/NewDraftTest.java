package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.SectionStatus;
import cn.shenbao.forms.rules.Finding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A new blank draft is calm (issue 8, defect 9): required fields not filled in yet are counted per part
 * ("待填写 n 项"), not listed as errors, until the user touches them or asks to check the whole form.
 */
class NewDraftTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    private long requiredIn(String section) {
        DraftViewModel vm = window.vm();
        return vm.allFindings().stream().filter(f -> f.rule().equals("required") || f.rule().equals("minRows"))
                .filter(f -> vm.template().sectionOf(f.path()).id().equals(section)).count();
    }

    private Label pendingLabelOf(FxRobot robot, String sectionTitle) {
        ListCell<?> cell = robot.lookup("#sectionNav .list-cell")
                .match((ListCell<?> c) -> c.getItem() != null && c.getAccessibleText() != null
                        && c.getAccessibleText().startsWith(sectionTitle)).query();
        return robot.from(cell).lookup(".pending-count").queryAs(Label.class);
    }

    @Test
    void aBlankDraftCountsWhatIsToFillInInsteadOfListingErrors(FxRobot robot) {
        DraftViewModel vm = window.vm();
        assertThat(vm.allFindings()).filteredOn(Finding::isError).hasSizeGreaterThan(40);
        assertThat(vm.findings()).as("nothing listed as an error yet").noneMatch(f -> f.rule().equals("required"));
        assertThat(vm.status("cover").get()).isEqualTo(SectionStatus.PENDING);
        assertThat(vm.pendingCount("cover").get()).isEqualTo((int) requiredIn("cover")).isGreaterThan(2);
        Label pending = pendingLabelOf(robot, "封面");
        assertThat(pending.getText()).isEqualTo("待填写 " + requiredIn("cover") + " 项");
        assertThat(pending.isVisible()).isTrue();
        assertThat(window.adapter().showsError(control("projectName"))).isFalse();
        assertThat(robot.lookup("#findingsHeader").queryAs(Label.class).getText()).contains("待填写").contains("F7");

        // a field left empty after the user was in it is red, the others stay calm
        robot.clickOn((Node) control("projectName"));
        robot.type(KeyCode.TAB);
        settle();
        assertThat(vm.findingsAt("projectName")).extracting(Finding::rule).containsExactly("required");
        assertThat(window.adapter().showsError(control("projectName"))).isTrue();
        assertThat(window.adapter().showsError(control("applicant"))).isFalse();
        assertThat(vm.status("cover").get()).isEqualTo(SectionStatus.ERRORS);
        assertThat(vm.pendingCount("cover").get()).isEqualTo((int) requiredIn("cover") - 1);
    }

    @Test
    void checkingTheWholeFormListsEverything(FxRobot robot) {
        DraftViewModel vm = window.vm();
        robot.type(KeyCode.F7);
        settle();
        assertThat(vm.findings()).containsExactlyElementsOf(vm.allFindings());
        assertThat(vm.findingsAt("projectName")).extracting(Finding::rule).containsExactly("required");
        assertThat(vm.pendingTotalProperty().get()).isZero();
        assertThat(pendingLabelOf(robot, "封面").isVisible()).isFalse();
        assertThat(window.adapter().showsError(control("projectName"))).isTrue();
        assertThat(vm.status("cover").get()).isEqualTo(SectionStatus.ERRORS);
    }

    @Test
    void f8AlsoChecksTheWholeFormAndGoesToTheFirstMissingValue(FxRobot robot) {
        robot.type(KeyCode.F8);
        settle();
        assertThat(window.vm().checkedAllProperty().get()).isTrue();
        assertThat(window.selectedFinding().rule()).isEqualTo("required");
        TextField first = control(window.selectedFinding().path());
        assertThat(first.isFocused()).isTrue();
    }
}
