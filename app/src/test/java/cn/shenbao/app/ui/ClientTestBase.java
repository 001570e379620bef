package cn.shenbao.app.ui;

import cn.shenbao.app.ui.export.DocumentExporter;
import cn.shenbao.app.ui.export.PrintPackageExporter;
import cn.shenbao.app.ui.model.RecentFiles;
import cn.shenbao.app.ui.model.RecoveryStore;
import cn.shenbao.app.ui.model.UserSettings;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Starts a main window with an empty 科创中国 draft, a scripted prompter and a temporary home. */
@ExtendWith(ApplicationExtension.class)
abstract class ClientTestBase {
    static final TemplateDef KCZG = TemplateRegistry.builtIn().get("kczg-2024");
    Stage stage;
    MainWindow window;
    ScriptedPrompter prompter;
    Path home;
    RecoveryStore recovery;

    /** Each test class calls this from its own {@code @Start} method (TestFX looks only at the test class). */
    void setUp(Stage stage) throws Exception {
        this.stage = stage;
        home = Files.createTempDirectory("shenbao-ui-test");
        recovery = new RecoveryStore(home.resolve("recovery"));
        prompter = new ScriptedPrompter();
        window = newWindow(stage);
        window.newDraft(KCZG);
        Scene scene = new Scene(window.root(), 1200, 800);
        scene.getStylesheets().add(ShenbaoApp.class.getResource(ShenbaoApp.CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    MainWindow newWindow(Stage s) {
        return new MainWindow(s, services(new PrintPackageExporter()));
    }

    WindowViewModel.Services services(DocumentExporter exporter) {
        return new WindowViewModel.Services(new UiTexts(Locale.SIMPLIFIED_CHINESE), prompter, recovery,
                new RecentFiles(home.resolve("recent.txt")), exporter, TemplateRegistry.builtIn(),
                new UserSettings(home.resolve("settings.properties")));
    }

    /** Waits for pending FX events (decorations arrive through Platform.runLater). */
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    <T extends Node> T control(String path) {
        Control c = window.context().controls().get(path);
        if (c == null) {
            throw new AssertionError("no control registered for " + path);
        }
        return (T) c;
    }

    void select(FxRobot robot, String sectionId) {
        robot.interact(() -> window.jumpToSection(sectionId));
        settle();
    }

    static void waitFor(long seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
