package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The list of parts at the left of the window: readable for every form at small and large windows (issue 8). */
class NavigationTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    /** The text a Labeled actually shows (with … when it was cut). */
    private static String shown(Labeled l) {
        Text t = (Text) l.lookup(".text");
        return t == null ? "" : t.getText();
    }

    @ParameterizedTest(name = "{0}×{1}")
    // the headless test screen is 1280×800 (wider windows overflow it): 1366×768 and 1920×1080 are looked at in scripts/screenshots.sh
    @CsvSource({"1024, 600", "1280, 720"})
    void everyPartNameAndItsCountAreShownWholeWithoutAHorizontalScrollbar(int width, int height, FxRobot robot) {
        for (TemplateDef form : TemplateRegistry.builtIn().all()) {
            robot.interact(() -> {
                window.newDraft(form); // a blank draft: every part has a "待填写 n 项" count beside its name
                stage.setWidth(width);
                stage.setHeight(height);
            });
            settle();
            @SuppressWarnings("unchecked")
            ListView<?> list = robot.lookup("#sectionNav").queryAs(ListView.class);
            assertThat(list.getWidth()).as("%s: the list leaves the editors room", form.id()).isLessThanOrEqualTo(width * 0.3);
            int counts = 0;
            for (int i = 0; i < list.getItems().size(); i++) {
                int index = i;
                robot.interact(() -> list.scrollTo(index));
                settle();
                ListCell<?> cell = list.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                        .filter(c -> c.getIndex() == index && c.isVisible() && c.getGraphic() != null).findFirst().orElseThrow();
                Label name = cell.lookupAll(".label").stream().map(n -> (Label) n)
                        .filter(l -> !l.getStyleClass().contains("pending-count")).findFirst().orElseThrow();
                Label count = (Label) cell.lookup(".pending-count");
                String where = form.id() + " part " + name.getText() + " at " + width + "×" + height;
                assertThat(shown(name)).as(where).isEqualTo(name.getText());
                if (count.isVisible()) {
                    counts++;
                    assertThat(count.getText()).as(where).startsWith("待填写");
                    assertThat(shown(count)).as(where).isEqualTo(count.getText());
                }
                double right = cell.localToScene(cell.getLayoutBounds()).getMaxX();
                assertThat(name.localToScene(name.getLayoutBounds()).getMaxX()).as(where + ": name inside its row").isLessThanOrEqualTo(right + 0.5);
                assertThat(count.localToScene(count.getLayoutBounds()).getMaxX()).as(where + ": count inside its row").isLessThanOrEqualTo(right + 0.5);
                assertThat(list.localToScene(list.getLayoutBounds()).getMaxX()).as(where + ": row inside the list").isGreaterThanOrEqualTo(right - 0.5);
            }
            assertThat(counts).as("%s: parts with a count", form.id()).isGreaterThan(list.getItems().size() / 2);
            boolean horizontal = list.lookupAll(".scroll-bar").stream().map(n -> (ScrollBar) n)
                    .anyMatch(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible());
            assertThat(horizontal).as("%s at %d×%d: a horizontal scrollbar under the parts", form.id(), width, height).isFalse();
        }
    }
}
