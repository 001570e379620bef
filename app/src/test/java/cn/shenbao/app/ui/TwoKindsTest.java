package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.template.SectionDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * T8 has two kinds in one form: choosing the other kind hides the fields and parts of the first at once (the
 * editor rows and the navigation follow the view-model's shown properties, generated from the definition's
 * {@code when}), their values stay in the draft and come back with the kind, and the export dialog says which
 * kept values will not be printed.
 */
class TwoKindsTest extends ClientTestBase {
    Path draft;

    @Start
    void start(Stage s) throws Exception {
        setUp(s);
        draft = home.resolve("揭榜挂帅.shenbao");
        Files.copy(Path.of("..", "docs", "examples", "wlmq-2024-jbgs-sample.shenbao"), draft,
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(window.open(draft)).isTrue();
    }

    /** The editor row of a field: the ancestor that a condition shows and hides. */
    private Node row(String path) {
        Node n = control(path);
        while (n != null && !path.equals(n.getProperties().get("shenbao.when"))) {
            n = n.getParent();
        }
        assertThat(n).as("row of %s", path).isNotNull();
        return n;
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> parts(FxRobot robot) {
        ListView<SectionDef> nav = robot.lookup("#sectionNav").queryAs(ListView.class);
        return nav.getItems().stream().map(SectionDef::id).toList();
    }

    private void chooseKind(FxRobot robot, String kind) {
        select(robot, "kind");
        RadioButton rb = robot.lookup(".radio-button").match((RadioButton r) -> kind.equals(r.getUserData())).query();
        robot.clickOn(rb);
        settle();
    }

    @Test
    void switchingTheKindShowsAndHidesAtOnceAndLosesNothing(FxRobot robot) {
        assertThat(window.vm().template().id()).isEqualTo("wlmq-2024-jbgs");
        assertThat(parts(robot)).contains("tech").doesNotContain("transfer");
        select(robot, "unit");
        Node role = row("unit.role");
        assertThat(role.isVisible()).isTrue();
        assertThat(role.isManaged()).isTrue();

        chooseKind(robot, "成果转化类");
        assertThat(window.vm().draft().text("kind")).isEqualTo("成果转化类");
        assertThat(role.isVisible()).as("行业地位 is for 技术攻关类 only").isFalse();
        assertThat(role.isManaged()).isFalse();
        assertThat(parts(robot)).contains("transfer").doesNotContain("tech");
        // the 技术攻关类 values are kept, not checked
        assertThat(window.vm().draft().text("unit.role")).isEqualTo("行业骨干企业");
        assertThat(window.vm().draft().rowCount("routes")).isEqualTo(2);
        assertThat(window.vm().allFindings()).extracting(Finding::path)
                .contains("achievement.name", "investment.taker").doesNotContain("unit.role", "routes");
        select(robot, "transfer");
        assertThat((Node) control("achievement.name")).isNotNull();

        robot.interact(() -> window.export());
        settle();
        Label note = robot.lookup("#exportHiddenNote").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains("不会打印").contains("行业地位").contains("“赛马制”技术路线");
        robot.interact(() -> ((javafx.stage.Stage) note.getScene().getWindow()).close());

        chooseKind(robot, "技术攻关类");
        assertThat(role.isVisible()).isTrue();
        assertThat(parts(robot)).contains("tech").doesNotContain("transfer");
        assertThat(window.vm().allFindings()).isEmpty();
    }
}
