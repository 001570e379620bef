package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.rules.Finding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.validation.Severity;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;

class EditingTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    @Test
    void longTextShowsTheCounterAndTheFindingPastTheLimit(FxRobot robot) {
        select(robot, "basis");
        TextArea area = control("basis");
        robot.clickOn(area).write("abc");
        settle();
        Label counter = robot.lookup("#basis_counter").queryAs(Label.class);
        assertThat(counter.getText()).isEqualTo("3/200字");
        assertThat(counter.getStyleClass()).doesNotContain("over-limit");
        assertThat(window.vm().findingsAt("basis")).isEmpty();

        robot.interact(() -> area.setText("字".repeat(198) + "超出限制"));
        settle();
        assertThat(counter.getText()).isEqualTo("202/200字");
        assertThat(counter.getStyleClass()).contains("over-limit");
        assertThat(window.vm().findingsAt("basis")).extracting(Finding::rule).containsExactly("maxChars");
        assertThat(window.vm().findings().get(0).isError()).isTrue();
        assertThat(window.adapter().messageAt(area)).hasValueSatisfying(m -> {
            assertThat(m.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(m.getText()).contains("立项依据和目的").contains("200");
        });

        robot.interact(() -> area.setText("字".repeat(200)));
        settle();
        assertThat(counter.getStyleClass()).doesNotContain("over-limit");
        assertThat(window.vm().findingsAt("basis")).isEmpty();
        assertThat(window.adapter().messageAt(area)).isEmpty();
    }

    @Test
    void clickingAFindingShowsItsPartAndFocusesTheField(FxRobot robot) {
        robot.interact(() -> {
            window.vm().checkAll(); // a blank draft lists missing values only when asked
            window.findingsView().scrollTo(window.vm().findingsAt("unitName").get(0));
        });
        settle();
        Node cell = robot.lookup(".findings-list .list-cell").match((ListCell<?> c) -> c.getItem() != null
                && c.getAccessibleText() != null && c.getAccessibleText().contains("请填写“单位名称”")).query();
        robot.clickOn(cell);
        settle();
        assertThat(window.currentSection().id()).isEqualTo("unit");
        TextField unitName = control("unitName");
        assertThat(unitName.isFocused()).isTrue();
        assertThat(unitName.getScene()).isSameAs(stage.getScene());
    }

    @Test
    void f8GoesToTheNextFindingInOrder(FxRobot robot) {
        robot.interact(() -> control("applicant").requestFocus());
        robot.push(KeyCode.F8);
        settle();
        Finding first = window.vm().findings().get(0);
        assertThat(first.path()).isEqualTo("projectName");
        assertThat(((TextField) control("projectName")).isFocused()).isTrue();
        robot.push(KeyCode.F8);
        settle();
        assertThat(((TextField) control(window.vm().findings().get(1).path())).isFocused()).isTrue();
    }

    @Test
    void moneyFieldKeepsAThirdDecimalAndReportsIt(FxRobot robot) {
        select(robot, "budget");
        TextField money = robot.lookup("#castFunding").queryAs(TextField.class);
        robot.clickOn(money).write("12.345");
        settle();
        assertThat(money.getText()).as("nothing typed is dropped (issue 8)").isEqualTo("12.345");
        assertThat(window.vm().draft().text("castFunding")).isEqualTo("12.345");
        assertThat(window.vm().findingsAt("castFunding")).extracting(Finding::key).containsExactly("value.money.decimals");
    }

    @Test
    void navigationShowsTheStatusOfEachPartLive(FxRobot robot) {
        assertThat(window.vm().status("basis").get()).as("empty, not touched").isEqualTo(cn.shenbao.app.ui.model.SectionStatus.PENDING);
        robot.interact(() -> window.checkAll());
        assertThat(window.vm().status("basis").get()).isEqualTo(cn.shenbao.app.ui.model.SectionStatus.ERRORS);
        select(robot, "basis");
        robot.interact(() -> ((TextArea) control("basis")).setText("依据"));
        settle();
        assertThat(window.vm().status("basis").get()).isEqualTo(cn.shenbao.app.ui.model.SectionStatus.COMPLETE);
        Node dot = robot.lookup(".section-nav .list-cell").match((ListCell<?> c) -> c.getItem() instanceof cn.shenbao.forms.template.SectionDef sd
                && sd.id().equals("basis")).lookup(".status-dot").query();
        assertThat(dot.getStyleClass()).contains("status-complete");
    }

    @Test
    void undoAndRedoWorkAcrossFields(FxRobot robot) {
        robot.clickOn((Node) control("projectName")).write("A");
        robot.clickOn((Node) control("applicant")).write("B");
        settle();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        settle();
        assertThat(window.vm().draft().text("applicant")).isEmpty();
        assertThat(window.vm().draft().text("projectName")).isEqualTo("A");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        settle();
        assertThat(window.vm().draft().text("projectName")).isEmpty();
        assertThat(((TextField) control("projectName")).getText()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        settle();
        assertThat(window.vm().draft().text("projectName")).isEqualTo("A");
        assertThat(((TextField) control("applicant")).getText()).isEqualTo("B");
    }

    @Test
    void datePickerShowsChineseDates(FxRobot robot) {
        robot.interact(() -> window.vm().value("applyDate").set("2024-05-20"));
        settle();
        javafx.scene.control.DatePicker dp = control("applyDate");
        assertThat(dp.getEditor().getText()).isEqualTo("2024年5月20日");
        robot.interact(() -> {
            dp.getEditor().setText("2024年6月1日");
            dp.setValue(dp.getConverter().fromString(dp.getEditor().getText()));
        });
        assertThat(window.vm().draft().text("applyDate")).isEqualTo("2024-06-01");
    }

    @Test
    void aDateTypedIntoThePickerIsStoredWhenTheFocusMovesOn(FxRobot robot) {
        javafx.scene.control.DatePicker dp = control("applyDate");
        robot.interact(() -> window.jumpToField("applyDate")); // scrolled into view
        robot.clickOn(dp.getEditor()).write("2024-05-20");
        robot.type(javafx.scene.input.KeyCode.TAB);
        settle();
        assertThat(window.vm().draft().text("applyDate")).isEqualTo("2024-05-20");
        assertThat(dp.getEditor().getText()).isEqualTo("2024年5月20日");
    }

    @Test
    void jumpingToAFindingOnATableCellOrAnOtherTextFocusesThatControl(FxRobot robot) {
        robot.interact(() -> {
            window.vm().setChoice("industryFields", "其他", true);
            window.vm().table("members").paste("\t单位甲\t13800000001\t负责");
            window.checkAll();
        });
        settle();
        for (String path : new String[] {"industryFields.other", "members[0].name"}) {
            Finding f = window.vm().findings().stream().filter(x -> x.path().equals(path)).findFirst()
                    .orElseThrow(() -> new AssertionError("no finding at " + path + ": " + window.vm().findings()));
            robot.interact(() -> window.jumpTo(f));
            settle();
            Node focused = stage.getScene().getFocusOwner();
            assertThat(focused).as(path).isNotNull();
            assertThat(focused.getProperties().get(cn.shenbao.app.ui.editor.EditorContext.PATH_KEY)).as(path).isEqualTo(path);
        }
    }
}
