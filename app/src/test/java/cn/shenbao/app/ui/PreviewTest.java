package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.export.PreviewWindow;
import cn.shenbao.app.ui.export.PrintPackageExporter;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.forms.samples.SampleDrafts;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The print preview: zoom and going to a page. */
class PreviewTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    @Test
    void thePagesCanBeZoomedAndAPageJumpedTo(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(new DraftViewModel(KCZG, SampleDrafts.kczgComplete(), null)));
        PreviewWindow[] p = new PreviewWindow[1];
        robot.interact(() -> p[0] = PreviewWindow.show(stage, window.texts(), new PrintPackageExporter(), window.vm()));
        waitFor(120, () -> p[0].pageViews().size() > 3);
        settle();
        double width = p[0].pageViews().get(0).getBoundsInParent().getWidth();
        robot.clickOn("#previewZoomIn");
        settle();
        assertThat(p[0].zoom()).isGreaterThan(1.0);
        assertThat(p[0].pageViews().get(0).getBoundsInParent().getWidth()).isGreaterThan(width * 1.1);
        assertThat(robot.lookup("#previewZoom").queryAs(Label.class).getText()).isEqualTo(Math.round(p[0].zoom() * 100) + "%");
        robot.interact(() -> p[0].zoom(-1));
        robot.interact(() -> p[0].zoom(-1));
        assertThat(p[0].zoom()).isLessThan(1.0);

        assertThat(p[0].scrollPosition()).isZero();
        robot.interact(() -> p[0].showPage(3));
        settle();
        double at3 = p[0].scrollPosition();
        assertThat(at3).isGreaterThan(0);
        robot.interact(() -> p[0].showPage(p[0].pageViews().size()));
        settle();
        assertThat(p[0].scrollPosition()).isGreaterThan(at3);
        robot.interact(() -> p[0].stage().close());
    }
}
