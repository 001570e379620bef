package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A single choice in a table cell (T7's 指南编号, nine codes with their names) is a drop-down, not a column of radio
 * buttons as tall as the list: it shows the row's value, offers 附件1's codes and an empty entry, and writes the
 * choice into the draft, where the checks see it.
 */
class ChoiceCellTest extends ClientTestBase {
    static final TemplateDef NT = TemplateRegistry.builtIn().get("nt-2023-summary");

    @Start
    void start(Stage s) throws Exception {
        setUp(s);
        var d = DraftFiles.builtIn().load(Path.of("..", "docs", "examples", "nt-2023-summary-sample.shenbao"));
        window.show(new DraftViewModel(NT, d, null));
    }

    @Test
    void theGuideCodeIsChosenFromADropDown(FxRobot robot) {
        select(robot, "projects");
        ComboBox<String> box = control("projects[1].guideCode");
        assertThat(box.getValue()).isEqualTo("3001 氢能与储能");
        assertThat(box.getItems()).hasSize(10).startsWith("", "1001 人工智能").endsWith("5002 智能医疗");
        robot.interact(() -> box.setValue("1002 量子信息"));
        settle();
        assertThat(window.vm().value("projects[1].guideCode").get()).isEqualTo("1002 量子信息");
        robot.interact(() -> box.setValue(""));
        settle();
        assertThat(window.vm().findingsAt("projects[1].guideCode")).extracting(Finding::rule).containsExactly("required");
        robot.interact(() -> window.vm().value("projects[1].guideCode").set("5002 智能医疗"));
        settle();
        assertThat(box.getValue()).as("undo and edits elsewhere show in the cell").isEqualTo("5002 智能医疗");
    }
}
