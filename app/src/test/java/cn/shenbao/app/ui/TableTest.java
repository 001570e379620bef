package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.TableModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class TableTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    @Test
    void membersUpToTwentyThenTheTwentyFirstIsRefused(FxRobot robot) {
        select(robot, "team");
        Button add = robot.lookup("#members_add").queryButton();
        for (int i = 0; i < 20; i++) {
            robot.clickOn(add);
        }
        settle();
        TableModel members = window.vm().table("members");
        assertThat(members.rows()).hasSize(20);
        assertThat(window.vm().draft().rowCount("members")).isEqualTo(20);
        Label message = robot.lookup("#members_message").queryAs(Label.class);
        assertThat(message.isVisible()).isFalse();

        robot.clickOn(add);
        settle();
        assertThat(members.rows()).hasSize(20);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("最多 20 行");
        assertThat(window.vm().findings()).noneMatch(f -> f.rule().equals("maxRows"));
        // every row has its cells in the form, numbered 1 … 20
        assertThat(window.context().controls()).containsKey("members[19].name");
    }

    @Test
    void threeRowsPastedFromTheClipboardLandInTheirColumns(FxRobot robot) {
        select(robot, "team");
        String excel = "张三\t中国科协 研究员\t13800000001\t统筹协调\r\n"
                + "李四\t清华大学 教授\t13800000002\t\"技术诊断\n与咨询\"\r\n"
                + "王五\t浙江大学 副教授\t13800000003\t蹲点服务\r\n";
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(excel);
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn("#members_add");
        robot.clickOn((javafx.scene.Node) control("members[0].name"));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        settle();
        var d = window.vm().draft();
        assertThat(d.rowCount("members")).isEqualTo(3);
        assertThat(d.text("members[0].name")).isEqualTo("张三");
        assertThat(d.text("members[1].unitPost")).isEqualTo("清华大学 教授");
        assertThat(d.text("members[1].duty")).isEqualTo("技术诊断\n与咨询");
        assertThat(d.text("members[2].contact")).isEqualTo("13800000003");
        assertThat(((TextField) control("members[2].name")).getText()).isEqualTo("王五");
        assertThat(robot.lookup("#members_message").queryAs(Label.class).getText()).contains("已粘贴 3 行");
        // one undo step removes the whole paste
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        settle();
        assertThat(d.rowCount("members")).isEqualTo(1);
        assertThat(d.text("members[0].name")).isEmpty();
    }

    @Test
    void rowsMoveAndRemoveWithTheirValues(FxRobot robot) {
        select(robot, "team");
        robot.interact(() -> window.vm().table("members").paste("甲\ta\tb\tc\n乙\ta\tb\tc\n丙\ta\tb\tc"));
        settle();
        robot.interact(() -> robot.lookup("#members_2_up").queryButton().fire());
        settle();
        var d = window.vm().draft();
        assertThat(d.text("members[1].name")).isEqualTo("丙");
        assertThat(d.text("members[2].name")).isEqualTo("乙");
        robot.interact(() -> robot.lookup("#members_0_remove").queryButton().fire());
        settle();
        assertThat(d.rowCount("members")).isEqualTo(2);
        assertThat(((TextField) control("members[0].name")).getText()).isEqualTo("丙");
        robot.interact(() -> window.undo());
        robot.interact(() -> window.undo());
        settle();
        assertThat(d.text("members[0].name")).isEqualTo("甲");
        assertThat(d.text("members[2].name")).isEqualTo("丙");
    }

    @Test
    void expenseSumsFollowTheCellsAgainstTheBudget(FxRobot robot) {
        select(robot, "budget");
        robot.interact(() -> {
            window.vm().value("castFunding").set("50");
            window.vm().table("expenses").paste("劳务费\t30\t5\t10人×3万\n差旅费\t15.5\t0\t按标准");
        });
        settle();
        Label castSum = robot.lookup("#expenseCastSum").queryAs(Label.class);
        assertThat(castSum.getText()).contains("45.5").contains("50");
        assertThat(castSum.getStyleClass()).contains("sum-off");
        robot.interact(() -> window.vm().value("expenses[1].cast").set("20"));
        settle();
        assertThat(castSum.getText()).contains("50");
        assertThat(castSum.getStyleClass()).contains("sum-ok");
    }

    @Test
    void phaseRowsAreLabelledAndDatesOutsideThePeriodCannotBePicked(FxRobot robot) {
        select(robot, "schedule");
        robot.interact(() -> {
            window.vm().value("projectPeriod.from").set("2024-06-01");
            window.vm().value("projectPeriod.to").set("2025-03-31");
        });
        robot.clickOn("#phases_add");
        robot.clickOn("#phases_add");
        settle();
        assertThat(window.vm().draft().text("phases[1].stage")).isEqualTo("第二阶段");
        javafx.scene.control.DatePicker from = control("phases[0].from");
        var cell = from.getDayCellFactory().call(from);
        cell.updateItem(java.time.LocalDate.of(2024, 5, 31), false);
        assertThat(cell.isDisabled()).isTrue();
        cell.updateItem(java.time.LocalDate.of(2024, 6, 1), false);
        assertThat(cell.isDisabled()).isFalse();
        cell.updateItem(java.time.LocalDate.of(2025, 4, 1), false);
        assertThat(cell.isDisabled()).isTrue();
    }
}
