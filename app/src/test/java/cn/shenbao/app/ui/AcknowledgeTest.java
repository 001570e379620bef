package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.SectionStatus;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.samples.SampleDrafts;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Acknowledging warnings (确认无误) in the 检查结果 panel. */
class AcknowledgeTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    /** The complete sample with an application date after the deadline: one warning, on the cover. */
    private Finding lateApplyDate(FxRobot robot) {
        robot.interact(() -> {
            window.show(new DraftViewModel(KCZG, SampleDrafts.kczgComplete(), null));
            window.vm().value("applyDate").set("2024-06-01");
        });
        settle();
        assertThat(window.vm().findings()).as("only the late application date is reported").hasSize(1);
        Finding w = window.vm().findings().get(0);
        assertThat(w.isError()).isFalse();
        assertThat(w.path()).isEqualTo("applyDate");
        assertThat(window.vm().status("cover").get()).isEqualTo(SectionStatus.WARNINGS);
        return w;
    }

    private ListCell<?> cellOf(FxRobot robot, Finding f) {
        return robot.lookup(".findings-list .list-cell").match((ListCell<?> c) -> f.equals(c.getItem())).query();
    }

    private Node dotOf(FxRobot robot, String sectionId) {
        return robot.lookup(".section-nav .list-cell").match((ListCell<?> c) -> c.getItem() instanceof cn.shenbao.forms.template.SectionDef sd
                && sd.id().equals(sectionId)).lookup(".status-dot").query();
    }

    @Test
    void acknowledgingAWarningTurnsItsPartGreenGreysTheRowAndSurvivesSaveAndReopen(FxRobot robot) throws Exception {
        Finding w = lateApplyDate(robot);
        assertThat(dotOf(robot, "cover").getStyleClass()).contains("status-warnings");
        robot.clickOn(cellOf(robot, w));
        settle();
        Button ack = robot.lookup("#acknowledgeButton").match(Node::isVisible).queryAs(Button.class);
        assertThat(ack.getText()).isEqualTo("确认无误");
        robot.clickOn(ack);
        settle();

        assertThat(window.vm().isAcknowledged(w)).isTrue();
        assertThat(window.vm().draft().acknowledged()).containsExactly("dateNotAfter|applyDate");
        assertThat(window.vm().status("cover").get()).isEqualTo(SectionStatus.COMPLETE);
        assertThat(dotOf(robot, "cover").getStyleClass()).contains("status-complete");
        assertThat(window.vm().findings()).as("still listed").containsExactly(w);
        ListCell<?> cell = cellOf(robot, w);
        assertThat(cell.getStyleClass()).contains("finding-cell-acknowledged").doesNotContain("finding-cell-warning");
        assertThat(robot.from(cell).lookup(".badge-acknowledged").queryAs(Label.class).getText()).isEqualTo("已确认");
        assertThat(window.adapter().messageAt(control("applyDate"))).as("the field is no longer marked").isEmpty();
        assertThat(window.vm().isDirty()).isTrue();
        assertThat(stage.getTitle()).startsWith("*");

        Path file = home.resolve("确认.shenbao");
        robot.interact(() -> assertThat(window.saveAs(file)).isTrue());
        assertThat(new DraftFiles(cn.shenbao.forms.template.TemplateRegistry.builtIn()).load(file).acknowledged()).containsExactly("dateNotAfter|applyDate");
        robot.interact(() -> window.newDraft(KCZG));
        robot.interact(() -> assertThat(window.open(file)).isTrue());
        settle();
        assertThat(window.vm().findings()).containsExactly(w);
        assertThat(window.vm().isAcknowledged(w)).isTrue();
        assertThat(window.vm().status("cover").get()).isEqualTo(SectionStatus.COMPLETE);
        assertThat(cellOf(robot, w).getStyleClass()).contains("finding-cell-acknowledged");
    }

    @Test
    void undoBringsTheWarningBackAndTheContextMenuWithdrawsIt(FxRobot robot) {
        Finding w = lateApplyDate(robot);
        robot.interact(() -> window.selectFinding(w));
        robot.interact(() -> control("projectName").requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        settle();
        assertThat(window.vm().isAcknowledged(w)).as("Ctrl+K acknowledges the selected warning").isTrue();
        assertThat(window.vm().status("cover").get()).isEqualTo(SectionStatus.COMPLETE);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        settle();
        assertThat(window.vm().isAcknowledged(w)).as("Ctrl+Z undoes it").isFalse();
        assertThat(window.vm().draft().acknowledged()).isEmpty();
        assertThat(window.vm().status("cover").get()).isEqualTo(SectionStatus.WARNINGS);
        assertThat(cellOf(robot, w).getStyleClass()).contains("finding-cell-warning").doesNotContain("finding-cell-acknowledged");
        assertThat(dotOf(robot, "cover").getStyleClass()).contains("status-warnings");

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        settle();
        assertThat(window.vm().isAcknowledged(w)).as("Ctrl+Y redoes it").isTrue();

        ListCell<?> cell = cellOf(robot, w);
        assertThat(cell.getContextMenu().getItems()).singleElement().satisfies(m -> assertThat(m.getText()).isEqualTo("取消确认"));
        robot.interact(() -> cell.getContextMenu().getItems().get(0).fire());
        settle();
        assertThat(window.vm().isAcknowledged(w)).isFalse();
        assertThat(window.vm().status("cover").get()).isEqualTo(SectionStatus.WARNINGS);
        assertThat(cellOf(robot, w).getContextMenu().getItems().get(0).getText()).isEqualTo("确认提醒无误");
    }

    @Test
    void openWarningsComeBeforeAcknowledgedOnesAndTheHeaderCountsThem(FxRobot robot) {
        Finding w = lateApplyDate(robot);
        robot.interact(() -> window.vm().acknowledge(w));
        robot.interact(() -> window.vm().value("provinces").set("安徽省、江苏省、浙江省"));
        settle();
        assertThat(window.vm().findings()).hasSize(2);
        assertThat(window.vm().findings().get(1)).isEqualTo(w);
        assertThat(window.vm().findings().get(0).path()).isEqualTo("provinces");
        assertThat(robot.lookup("#findingsHeader").queryAs(Label.class).getText())
                .isEqualTo("检查结果：0 个错误，1 个提醒，1 个已确认的提醒（单击或按 F8 跳到对应栏目）");
    }

    @Test
    void anErrorOffersNoAcknowledgeAction(FxRobot robot) {
        select(robot, "basis");
        robot.interact(() -> ((TextArea) control("basis")).setText("字".repeat(201)));
        settle();
        Finding error = window.vm().findingsAt("basis").get(0);
        assertThat(error.isError()).isTrue();
        robot.interact(() -> window.selectFinding(error));
        settle();
        ListCell<?> cell = cellOf(robot, error);
        assertThat(cell.isSelected()).isTrue();
        assertThat(cell.getContextMenu()).isNull();
        assertThat(robot.from(cell).lookup("#acknowledgeButton").queryAs(Button.class).isVisible()).isFalse();
        assertThat(window.vm().canAcknowledge(error)).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        settle();
        assertThat(window.vm().draft().acknowledged()).isEmpty();
        assertThat(window.vm().status("basis").get()).isEqualTo(SectionStatus.ERRORS);
        assertThat(robot.lookup("#statusNotice").queryAs(Label.class).getText()).contains("错误不能确认");
    }
}
