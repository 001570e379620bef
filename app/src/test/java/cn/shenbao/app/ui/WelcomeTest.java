package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.shenbao.app.ui.model.UserSettings;
import cn.shenbao.app.ui.model.WelcomeModel;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The first-run welcome: once, samples of each form, the print-font check, the language. */
class WelcomeTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    private WelcomeModel model() {
        return new WelcomeModel(new UserSettings(home.resolve("settings.properties")), TemplateRegistry.builtIn(), home);
    }

    private Stage open(FxRobot robot, WelcomeModel model, FontLocator fonts) {
        Stage[] st = new Stage[1];
        robot.interact(() -> st[0] = new WelcomeDialog(model, window.texts(), fonts, window::open, window::setLanguage)
                .show(stage));
        settle();
        return st[0];
    }

    private static <T extends javafx.scene.Node> T find(FxRobot robot, Stage st, String id, Class<T> type) {
        return robot.from(st.getScene().getRoot()).lookup(id).queryAs(type);
    }

    @Test
    void itIsShownOnceAndEveryFormShipsASample(FxRobot robot) throws Exception {
        WelcomeModel model = model();
        assertThat(model.due()).isTrue();
        assertThat(model.samples()).as("one sample per form of the registry")
                .extracting(s -> s.template().id()).containsExactlyElementsOf(
                        TemplateRegistry.builtIn().all().stream().map(t -> t.id()).toList());
        Stage st = open(robot, model, new FontLocator(List.of(home.resolve("no-fonts"))));
        assertThat(st.isShowing()).isTrue();
        assertThat(st.getTitle()).isEqualTo("欢迎使用申报");
        assertThat(model().due()).as("remembered in the settings").isFalse();
        robot.interact(() -> find(robot, st, "#welcomeStart", Button.class).fire());
        assertThat(st.isShowing()).isFalse();
    }

    @Test
    void aSampleOpensAsACopyMarkedAsSample(FxRobot robot) throws Exception {
        Stage st = open(robot, model(), new FontLocator(List.of(home.resolve("no-fonts"))));
        robot.interact(() -> find(robot, st, "#sample-kczg-2024", Button.class).fire());
        settle();
        assertThat(st.isShowing()).isFalse();
        Path copy = home.resolve("samples").resolve("kczg-2024-示例.shenbao");
        assertThat(copy).exists();
        var sample = new DraftFiles(TemplateRegistry.builtIn()).load(copy);
        assertThat(window.vm().value("projectName").get()).isEqualTo(sample.text("projectName")).isNotBlank();
        assertThat(window.vm().file()).isEqualTo(copy.toAbsolutePath());
        assertThat(window.vm().isDirty()).isFalse();
    }

    @Test
    void withoutAChineseFontItSaysWhatToInstall(FxRobot robot) throws Exception {
        Path empty = Files.createDirectories(home.resolve("no-fonts"));
        Stage st = open(robot, model(), new FontLocator(List.of(empty)));
        waitFor(30, () -> !find(robot, st, "#welcomeFonts", Label.class).getText().startsWith("正在"));
        String text = find(robot, st, "#welcomeFonts", Label.class).getText();
        assertThat(text).contains("没有找到").contains("fonts-noto-cjk").contains(empty.toString());
    }

    @Test
    void itNamesTheFontsPrintingWillUse(FxRobot robot) throws Exception {
        Path fonts = Path.of("/usr/share/fonts");
        boolean cjk = !WelcomeModel.checkFonts(new FontLocator(List.of(fonts)), Locale.SIMPLIFIED_CHINESE).lines().isEmpty();
        if (!cjk && System.getenv("CI") != null) {
            throw new AssertionError("CI installs CJK fonts (.ci/run); none found under " + fonts);
        }
        assumeTrue(cjk, "no CJK font under " + fonts);
        Stage st = open(robot, model(), new FontLocator(List.of(fonts)));
        waitFor(30, () -> !find(robot, st, "#welcomeFonts", Label.class).getText().startsWith("正在"));
        assertThat(find(robot, st, "#welcomeFonts", Label.class).getText()).startsWith("打印 DOCX/PDF 时将使用")
                .contains("/usr/share/fonts/");
    }

    @Test
    void choosingEnglishSwitchesTheWindowAndTheWelcome(FxRobot robot) throws Exception {
        Stage st = open(robot, model(), new FontLocator(List.of(home.resolve("no-fonts"))));
        robot.interact(() -> find(robot, st, "#welcome-en", RadioButton.class).fire());
        settle();
        assertThat(st.getTitle()).isEqualTo("Welcome to Shenbao");
        assertThat(window.texts().locale().getLanguage()).isEqualTo("en");
        assertThat(new UserSettings(home.resolve("settings.properties")).language()).contains(Locale.ENGLISH);
        assertThat(find(robot, st, "#welcome-en", RadioButton.class).isSelected()).isTrue();
        robot.interact(st::close);
    }
}
