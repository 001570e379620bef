package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * T2's 主要方向 offer only the directions of the chosen 重点领域; changing the field keeps the ticked
 * directions, shown and flagged as an error until they are unticked — nothing is lost silently. The editor
 * is generated from the definition ({@code dependsOn}, {@code optionsBy}); nothing in it knows T2.
 */
class DependentOptionsTest extends ClientTestBase {
    static final TemplateDef JBLX = TemplateRegistry.builtIn().get("jblx-2024");

    @Start
    void start(Stage s) throws Exception {
        setUp(s);
        window.newDraft(JBLX);
    }

    private List<CheckBox> directionBoxes() {
        Label note = control("directions");
        FlowPane pane = (FlowPane) ((VBox) note.getParent()).getChildren().get(1);
        return pane.getChildren().stream().map(n -> (CheckBox) n).toList();
    }

    private void chooseField(FxRobot robot, String field) {
        RadioButton rb = robot.lookup(".radio-button").match((RadioButton r) -> field.equals(r.getUserData())).query();
        robot.clickOn(rb);
        settle();
    }

    @Test
    void directionsFollowTheChosenFieldAndAreNotLostWhenItChanges(FxRobot robot) {
        select(robot, "need");
        Label note = control("directions");
        assertThat(note.getText()).contains("请先选择“重点领域”");
        assertThat(directionBoxes()).isEmpty();

        chooseField(robot, "新材料");
        assertThat(note.getText()).contains("新材料");
        assertThat(directionBoxes()).extracting(CheckBox::getText)
                .containsExactly("电子化学材料", "高分子材料", "合金材料", "先进半导体材料");
        CheckBox polymer = directionBoxes().get(1);
        robot.clickOn(polymer);
        settle();
        assertThat(window.vm().choices("directions")).containsExactly("高分子材料");
        assertThat(window.vm().findingsAt("directions")).isEmpty();

        chooseField(robot, "互联网+");
        List<CheckBox> boxes = directionBoxes();
        assertThat(boxes).hasSize(7 + 1);
        assertThat(boxes.get(0).getText()).isEqualTo("集成电路");
        CheckBox kept = boxes.get(7);
        assertThat(kept.isSelected()).isTrue();
        assertThat(kept.getStyleClass()).contains("foreign");
        assertThat(kept.getText()).contains("高分子材料").contains("新材料");
        assertThat(window.vm().choices("directions")).as("nothing lost").containsExactly("高分子材料");
        assertThat(window.vm().findingsAt("directions")).extracting(Finding::rule).containsExactly("dependentOption");
        assertThat(window.vm().findingsAt("directions").get(0).isError()).isTrue();

        robot.clickOn(kept);
        settle();
        assertThat(window.vm().choices("directions")).isEmpty();
        assertThat(window.vm().findingsAt("directions")).extracting(Finding::rule).containsExactly("required");

        robot.clickOn(directionBoxes().get(2)); // 人工智能
        settle();
        assertThat(window.vm().choices("directions")).containsExactly("人工智能");
        assertThat(window.vm().findingsAt("directions")).isEmpty();
        Node first = directionBoxes().get(0);
        assertThat(first.isVisible()).isTrue();
    }
}
