package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.rules.Finding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The editors as a user meets them (issue 8): what is typed stays, glyphs are never cut, typing is cheap. */
class EditorsTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    /** The text a labeled control really shows (its skin cuts it to "…" when there is no room). */
    private static String shown(Labeled l) {
        Node t = l.lookup(".text");
        return t instanceof Text text ? text.getText() : null;
    }

    @Test
    void rowButtonsAndUnitsKeepTheirGlyphsOnANarrowWindow(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 3; i++) {
                window.vm().table("phases").addRow();
                window.vm().table("members").addRow();
            }
        });
        for (int width : new int[] {1024, 860, 720}) {
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(600);
            });
            for (String section : new String[] {"schedule", "team", "budget"}) {
                select(robot, section);
                var buttons = robot.lookup(".row-button").queryAllAs(Button.class);
                assertThat(buttons).as(section).hasSizeGreaterThanOrEqualTo(section.equals("budget") ? 0 : 12);
                for (Button b : buttons) {
                    assertThat(shown(b)).as("%d px, %s, row button %s", width, section, b.getText()).isEqualTo(b.getText());
                    assertThat(b.getTooltip()).isNotNull();
                    assertThat(b.getTooltip().getText()).isNotBlank();
                }
                var units = robot.lookup(".unit").queryAllAs(Label.class);
                if (!section.equals("team")) {
                    assertThat(units).extracting(Label::getText).as(section).contains("万元");
                }
                for (Label u : units) {
                    assertThat(shown(u)).as("%d px, %s, unit", width, section).isEqualTo(u.getText());
                }
            }
        }
    }

    @Test
    void aThirdDecimalOfMoneyStaysAndIsReported(FxRobot robot) {
        select(robot, "budget");
        TextField cast = control("castFunding");
        robot.clickOn(cast).write("80.125");
        settle();
        assertThat(cast.getText()).isEqualTo("80.125");
        assertThat(window.vm().draft().text("castFunding")).isEqualTo("80.125");
        assertThat(window.vm().findingsAt("castFunding")).extracting(Finding::key).contains("value.money.decimals");
        robot.clickOn((Node) control("ownFunding"));
        settle();
        assertThat(cast.getText()).as("leaving the field keeps it").isEqualTo("80.125");
        assertThat(window.adapter().showsError(cast)).isTrue();
        assertThat(window.adapter().messageAt(cast).orElseThrow().getText()).contains("申请中国科协项目经费").contains("两位小数");
    }

    @Test
    void lettersInAPhoneFieldStayAndAreReported(FxRobot robot) {
        TextField phone = control("contactPhone");
        robot.interact(() -> window.jumpToField("contactPhone")); // scrolled into view
        robot.clickOn(phone).write("010-6212abc");
        settle();
        assertThat(phone.getText()).isEqualTo("010-6212abc");
        assertThat(window.vm().findingsAt("contactPhone")).extracting(Finding::key).containsExactly("value.phone.format");
        TextField mobile = control("contactMobile");
        robot.interact(() -> window.jumpToField("contactMobile"));
        robot.clickOn(mobile).write("１３９x");
        settle();
        assertThat(mobile.getText()).isEqualTo("１３９x");
        assertThat(window.vm().findingsAt("contactMobile")).extracting(Finding::key).containsExactly("value.mobile.format");
    }

    @Test
    void aKeystrokeRedecoratesOnlyTheFieldItChanged(FxRobot robot) {
        select(robot, "unit");
        select(robot, "cover");
        settle();
        int before = window.adapter().revalidations();
        robot.clickOn((Node) control("projectName")).write("字");
        settle();
        assertThat(window.adapter().revalidations() - before).as("controls redecorated for one keystroke").isLessThanOrEqualTo(1);
        assertThat(window.adapter().messageAt(control("projectName")).orElseThrow().getText()).contains("科技服务团");
    }

    @Test
    void removingARowSaysWhichOneWithAnUndoLink(FxRobot robot) {
        select(robot, "team");
        robot.interact(() -> window.vm().table("members").paste("张三\ta\tb\tc\n李四\ta\tb\tc\n王五\ta\tb\tc"));
        settle();
        Button remove = robot.lookup("#members_1_remove").queryButton();
        assertThat(remove.getTooltip().getText()).isEqualTo("删除此行");
        robot.interact(remove::fire);
        settle();
        assertThat(window.vm().draft().rowCount("members")).isEqualTo(2);
        Label message = robot.lookup("#members_message").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("已删除第 2 行（李四）。");
        javafx.scene.control.Hyperlink undo = robot.lookup("#members_undo").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(undo.isVisible()).isTrue();
        assertThat(undo.getText()).isEqualTo("撤销");
        robot.interact(undo::fire);
        settle();
        assertThat(window.vm().draft().rowCount("members")).isEqualTo(3);
        assertThat(window.vm().draft().text("members[1].name")).isEqualTo("李四");
        assertThat(robot.lookup("#members_undo").queryAs(javafx.scene.control.Hyperlink.class).isVisible()).isFalse();
    }

    @Test
    void textCellsOfTablesCountTheirCharacters(FxRobot robot) {
        select(robot, "team");
        robot.interact(() -> window.vm().table("members").addRow());
        settle();
        Label counter = robot.lookup("#members_0__duty_counter").queryAs(Label.class);
        assertThat(counter.getText()).isEqualTo("0字");
        robot.interact(() -> window.vm().value("members[0].duty").set("统筹协调，技术把关"));
        settle();
        assertThat(counter.getText()).isEqualTo("9字");
        select(robot, "schedule");
        robot.interact(() -> window.vm().table("phases").addRow());
        settle();
        assertThat(robot.lookup("#phases_0__content_counter").queryAs(Label.class).getText()).isEqualTo("0字");
    }

    @Test
    void theProjectNumberExampleDoesNotLookFilledIn(FxRobot robot) {
        TextField no = control("projectNo");
        assertThat(no.getText()).isEmpty();
        assertThat(no.getPromptText()).isEqualTo("如 KJFWT2024-01，可不填");
        assertThat(no.getStyleClass()).contains("example-prompt");
    }
}
