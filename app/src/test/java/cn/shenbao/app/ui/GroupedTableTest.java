package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The indicator table of T5 绩效目标申报表 as a tree (一级指标 › 二级指标 › rows, collapsible): the form's indicators
 * with their names as text, own indicators added, edited, reordered and removed within their group, and the typical
 * indicators of the chosen 支持方向 added with one button; findings reach the cells through the one adapter.
 */
class GroupedTableTest extends ClientTestBase {
    static final TemplateDef T5 = TemplateRegistry.builtIn().get("jxmb-2024");

    @Start
    void start(Stage s) throws Exception {
        setUp(s);
        window.newDraft(T5);
    }

    private Draft draft() {
        return window.vm().draft();
    }

    /** Presses a button (fired: the tree is taller than the window, and a robot click needs it in view). */
    private void press(FxRobot robot, String query) {
        javafx.scene.control.Button b = robot.lookup(query).queryButton();
        robot.interact(b::fire);
        settle();
    }

    /** Types into a cell's editor, as a person does (the field gets the focus first). */
    private void type(FxRobot robot, String path, String text) {
        TextField f = control(path);
        robot.interact(() -> {
            f.requestFocus();
            f.setText(text);
        });
        settle();
    }

    private List<String> names(String level2) {
        return draft().rows("indicators").stream().filter(r -> level2.equals(r.get("level2")))
                .map(r -> r.getOrDefault("name", "")).toList();
    }

    @Test
    void theTreeShowsTheFormsGroupsAndIndicators(FxRobot robot) {
        select(robot, "indicators");
        TitledPane output = robot.lookup("#indicators_o0").queryAs(TitledPane.class);
        assertThat(output.getText()).isEqualTo("产出指标");
        assertThat(robot.lookup("#indicators_o1").queryAs(TitledPane.class).getText()).isEqualTo("效益指标");
        assertThat(robot.lookup("#indicators_o2").queryAs(TitledPane.class).getText()).isEqualTo("满意度指标");
        assertThat(robot.lookup("#indicators_g1").queryAs(TitledPane.class).getText()).isEqualTo("时效指标");
        // a preset indicator: its name as text, its value editable
        assertThat(robot.lookup("#indicators_7__namefixed").queryAs(Label.class).getText()).isEqualTo("资金使用及时率");
        assertThat(window.context().controls()).containsKey("indicators[7].value").doesNotContainKey("indicators[7].name");
        assertThat(robot.lookup("#indicators_7_remove").tryQuery()).as("preset rows are not removed").isEmpty();
        // collapsing a group hides it; it stays collapsed when the tree is rebuilt after a change
        TitledPane timely = robot.lookup("#indicators_g1").queryAs(TitledPane.class);
        robot.interact(() -> timely.setExpanded(false));
        settle();
        assertThat(robot.lookup("#indicators_g1").queryAs(TitledPane.class).isExpanded()).isFalse();
        press(robot, "#indicators_g0_add");
        assertThat(robot.lookup("#indicators_g1").queryAs(TitledPane.class).isExpanded()).isFalse();
        assertThat(robot.lookup("#indicators_g0").queryAs(TitledPane.class).isExpanded()).isTrue();
    }

    @Test
    void aValueFieldTooNarrowForItsPromptShowsItWholeOnHover(FxRobot robot) {
        select(robot, "indicators");
        TextField value = control("indicators[7].value");
        assertThat(value.getPromptText()).isEqualTo("数字，可加 ≥ 或 ≤，如 ≥95");
        assertThat(value.getTooltip()).as("made only when the pointer comes").isNull();
        // the pointer comes to rest on the field (Monocle's headless robot moves no pointer: the event is sent)
        robot.interact(() -> javafx.event.Event.fireEvent(value, new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_MOVED, 5, 5, 0, 0, javafx.scene.input.MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null)));
        settle();
        assertThat(value.getTooltip()).isNotNull();
        assertThat(value.getTooltip().getText()).isEqualTo(value.getPromptText());
    }

    @Test
    void ownIndicatorsAreAddedEditedReorderedAndRemovedWithinTheirGroup(FxRobot robot) {
        select(robot, "indicators");
        press(robot, "#indicators_g0_add");
        // the new row follows the seven 数量指标 of the form, before 时效指标
        assertThat(draft().row("indicators", 7)).containsEntry("level1", "产出指标").containsEntry("level2", "数量指标");
        type(robot, "indicators[7].name", "新建中试基地数量");
        type(robot, "indicators[7].unit", "个");
        type(robot, "indicators[7].value", "2");
        press(robot, "#indicators_g0_add");
        type(robot, "indicators[8].name", "新建概念验证中心数量");
        settle();
        assertThat(names("数量指标")).endsWith("新建中试基地数量", "新建概念验证中心数量");
        assertThat(draft().text("indicators[9].name")).isEqualTo("资金使用及时率");

        press(robot, "#indicators_8_up");
        assertThat(names("数量指标")).endsWith("新建概念验证中心数量", "新建中试基地数量");
        assertThat(draft().text("indicators[8].value")).isEqualTo("2");
        assertThat(((TextField) control("indicators[8].name")).getText()).isEqualTo("新建中试基地数量");
        press(robot, "#indicators_7_up"); // the first own row does not pass the form's rows
        settle();
        assertThat(names("数量指标").get(7)).isEqualTo("新建概念验证中心数量");

        press(robot, "#indicators_7_remove");
        assertThat(names("数量指标")).hasSize(8).endsWith("新建中试基地数量");
        assertThat(robot.lookup("#indicators_message").queryAs(Label.class).getText()).contains("新建概念验证中心数量");
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.CONTROL);
        settle();
        assertThat(names("数量指标")).hasSize(9);
    }

    @Test
    void theTypicalIndicatorsOfTheChosenDirectionAreAddedWithOneAction(FxRobot robot) {
        select(robot, "indicators");
        press(robot, "#indicators_typical");
        assertThat(robot.lookup("#indicators_message").queryAs(Label.class).getText()).contains("请先选择“支持方向”");
        assertThat(draft().rowCount("indicators")).isEqualTo(20);

        robot.interact(() -> window.vm().value("direction").set("科技成果转移转化"));
        press(robot, "#indicators_typical");
        assertThat(draft().rowCount("indicators")).isEqualTo(23);
        assertThat(names("数量指标")).endsWith("转移科技成果数量");
        assertThat(names("社会效益指标")).endsWith("服务企业数量", "开展创业辅导活动数量");
        assertThat(draft().rows("indicators")).filteredOn(r -> "开展创业辅导活动数量".equals(r.get("name")))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("unit", "次"));
        assertThat(robot.lookup("#indicators_message").queryAs(Label.class).getText()).contains("3 项").contains("5 项");
        // a second time adds nothing; one undo removes the three
        press(robot, "#indicators_typical");
        assertThat(draft().rowCount("indicators")).isEqualTo(23);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.CONTROL);
        settle();
        assertThat(draft().rowCount("indicators")).isEqualTo(20);
    }

    @Test
    void aWrongValueIsDecoratedOnItsCell(FxRobot robot) {
        select(robot, "indicators");
        robot.clickOn((Node) control("indicators[7].value")).write("101"); // typed on the keyboard
        settle();
        assertThat(window.vm().findingsAt("indicators[7].value")).anySatisfy(f -> assertThat(f.rule()).isEqualTo("unitValue"));
        assertThat(window.adapter().messageAt(control("indicators[7].value")).orElseThrow().getText()).contains("0 到 100");
        assertThat(draft().rows("indicators").get(7)).isEqualTo(Map.of("level1", "产出指标", "level2", "时效指标",
                "name", "资金使用及时率", "unit", "%", "value", "101"));
    }
}
