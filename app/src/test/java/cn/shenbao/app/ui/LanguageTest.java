package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.UserSettings;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Choosing the language of the interface in the client (帮助 › 语言). */
class LanguageTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    private MenuBar menuBar(FxRobot robot) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class);
    }

    private MenuItem languageItem(FxRobot robot, String lang) {
        Menu help = menuBar(robot).getMenus().get(2);
        Menu language = (Menu) help.getItems().stream().filter(i -> "menuLanguage".equals(i.getId())).findFirst().orElseThrow();
        return language.getItems().stream().filter(i -> ("language-" + lang).equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void switchingToEnglishRebuildsTheWindowAndIsStored(FxRobot robot) throws Exception {
        select(robot, "basis");
        robot.interact(() -> window.vm().value("basis").set("依据"));
        robot.interact(() -> window.vm().value("projectName").set("不合格式的名称"));
        settle();
        assertThat(menuBar(robot).getMenus()).extracting(Menu::getText).containsExactly("文件", "编辑", "帮助");
        assertThat(((RadioMenuItem) languageItem(robot, "zh")).isSelected()).isTrue();

        robot.interact(() -> languageItem(robot, "en").fire());
        settle();

        assertThat(menuBar(robot).getMenus()).extracting(Menu::getText).containsExactly("File", "Edit", "Help");
        assertThat(((RadioMenuItem) languageItem(robot, "en")).isSelected()).isTrue();
        assertThat(robot.lookup("#findingsHeader").queryAs(Label.class).getText()).startsWith("Check results:");
        assertThat(robot.lookup("#statusNotice").queryAs(Label.class).getText()).isEqualTo("The interface is now in English.");
        assertThat(robot.lookup("#basis_counter").queryAs(Label.class).getText()).as("the editors are rebuilt").doesNotContain("字");
        assertThat(window.currentSection().id()).isEqualTo("basis");
        assertThat(((TextArea) control("basis")).getText()).as("the draft is kept").isEqualTo("依据");
        assertThat(window.vm().isDirty()).isTrue();
        assertThat(stage.getTitle()).endsWith("Shenbao");
        assertThat(new UserSettings(home.resolve("settings.properties")).language()).contains(Locale.ENGLISH);
        assertThat(Files.readString(home.resolve("settings.properties"))).contains("language=en");

        robot.interact(() -> window.undo());
        assertThat(window.vm().draft().text("projectName")).as("undo history survives the switch").isEmpty();

        robot.interact(() -> languageItem(robot, "zh").fire());
        settle();
        assertThat(menuBar(robot).getMenus()).extracting(Menu::getText).containsExactly("文件", "编辑", "帮助");
        assertThat(robot.lookup("#basis_counter").queryAs(Label.class).getText()).isEqualTo("2/200字");
        assertThat(new UserSettings(home.resolve("settings.properties")).language()).contains(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theStoredChoiceIsUsedAtTheNextStartUnlessLangOverridesIt() throws Exception {
        UserSettings settings = new UserSettings(home.resolve("sub").resolve("settings.properties"));
        assertThat(ShenbaoApp.chooseLocale(List.of(), settings)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        settings.setLanguage(Locale.ENGLISH);
        assertThat(ShenbaoApp.chooseLocale(List.of(), settings)).isEqualTo(Locale.ENGLISH);
        assertThat(ShenbaoApp.chooseLocale(List.of("--lang", "zh"), settings).getLanguage()).isEqualTo("zh");
        assertThat(ShenbaoApp.chooseLocale(List.of("--lang=zh"), settings).getLanguage()).isEqualTo("zh");
        settings.setLanguage(Locale.SIMPLIFIED_CHINESE);
        assertThat(ShenbaoApp.chooseLocale(List.of("--lang", "en"), settings)).isEqualTo(Locale.ENGLISH);
        assertThat(ShenbaoApp.chooseLocale(List.of(), settings)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aSettingsFileThatCannotBeWrittenIsReportedAndTheSwitchStillHappens(FxRobot robot) throws Exception {
        Files.writeString(home.resolve("blocker"), "a file where a folder is expected");
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            var s = services(new cn.shenbao.app.ui.export.PrintPackageExporter());
            w[0] = new MainWindow(new Stage(), new MainWindow.Services(s.texts(), s.prompter(), s.recovery(), s.recent(),
                    s.exporter(), s.templates(), new UserSettings(home.resolve("blocker").resolve("settings.properties"))));
            w[0].newDraft(KCZG);
            w[0].setLanguage(Locale.ENGLISH);
        });
        assertThat(w[0].texts().locale()).isEqualTo(Locale.ENGLISH);
        Label notice = (Label) w[0].root().lookup("#statusNotice");
        assertThat(notice.getText()).contains("could not be saved").contains("blocker");
    }
}
