package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.UserSettings;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
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
        Menu help = menuBar(robot).getMenus().stream().filter(m -> "menuHelp".equals(m.getId())).findFirst().orElseThrow();
        Menu language = (Menu) help.getItems().stream().filter(i -> "menuLanguage".equals(i.getId())).findFirst().orElseThrow();
        return language.getItems().stream().filter(i -> ("language-" + lang).equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void switchingToEnglishRebuildsTheWindowAndIsStored(FxRobot robot) throws Exception {
        select(robot, "basis");
        robot.interact(() -> window.vm().value("basis").set("依据"));
        robot.interact(() -> window.vm().value("projectName").set("不合格式的名称"));
        settle();
        assertThat(menuBar(robot).getMenus()).extracting(Menu::getText).containsExactly("文件", "编辑", "视图", "工具", "帮助");
        assertThat(((RadioMenuItem) languageItem(robot, "zh")).isSelected()).isTrue();

        robot.interact(() -> languageItem(robot, "en").fire());
        settle();

        assertThat(menuBar(robot).getMenus()).extracting(Menu::getText).containsExactly("File", "Edit", "View", "Tools", "Help");
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
        assertThat(menuBar(robot).getMenus()).extracting(Menu::getText).containsExactly("文件", "编辑", "视图", "工具", "帮助");
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
            w[0] = new MainWindow(new Stage(), new WindowViewModel.Services(s.texts(), s.prompter(), s.recovery(), s.recent(),
                    s.exporter(), s.templates(), new UserSettings(home.resolve("blocker").resolve("settings.properties"))));
            w[0].newDraft(KCZG);
            w[0].setLanguage(Locale.ENGLISH);
        });
        assertThat(w[0].texts().locale()).isEqualTo(Locale.ENGLISH);
        Label notice = (Label) w[0].root().lookup("#statusNotice");
        assertThat(notice.getText()).contains("could not be saved").contains("blocker");
    }

    @Test
    void theEditorsDiscardedByASwitchNoLongerFollowTheDraft(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.vm().table("members").addRow();
            window.buildAllSections();
        });
        select(robot, "basis");
        TextField oldName = control("projectName");
        TextArea oldBasis = control("basis");
        Label oldCounter = robot.lookup("#basis_counter").queryAs(Label.class);
        DatePicker oldDate = control("applyDate");
        CheckBox oldIndustry = control("industryFields");
        RadioButton oldCategory = control("category");
        CheckBox oldLetter = control("recommendationLetter");
        TextField oldCell = control("members[0].name");
        String firstIndustry = oldIndustry.getText();
        String firstCategory = oldCategory.getText();
        String counterBefore = oldCounter.getText();

        robot.interact(() -> languageItem(robot, "en").fire());
        settle();
        robot.interact(() -> {
            var vm = window.vm();
            vm.value("projectName").set("新名称");
            vm.value("basis").set("依据依据依据");
            vm.value("applyDate").set("2024-05-20");
            vm.setChoice("industryFields", firstIndustry, true);
            vm.value("category").set(firstCategory);
            vm.value("recommendationLetter").set("true");
            vm.value("members[0].name").set("张三");
        });
        settle();
        assertThat(oldName.getText()).as("old 项目名称 field").isEmpty();
        assertThat(oldBasis.getText()).as("old long text").isEmpty();
        assertThat(oldCounter.getText()).as("old counter").isEqualTo(counterBefore);
        assertThat(oldDate.getValue()).as("old date picker").isNull();
        assertThat(oldIndustry.isSelected()).as("old multiple choice").isFalse();
        assertThat(oldCategory.isSelected()).as("old single choice").isFalse();
        assertThat(oldLetter.isSelected()).as("old check box").isFalse();
        assertThat(oldCell.getText()).as("old table cell").isEmpty();
        // and typing into an old control does not reach the draft
        robot.interact(() -> oldName.setText("旧控件"));
        assertThat(window.vm().draft().text("projectName")).isEqualTo("新名称");

        robot.interact(() -> window.buildAllSections());
        select(robot, "basis");
        assertThat(((TextField) control("projectName")).getText()).isEqualTo("新名称");
        assertThat(((TextArea) control("basis")).getText()).isEqualTo("依据依据依据");
        assertThat(robot.lookup("#basis_counter").queryAs(Label.class).getText()).startsWith("6");
        assertThat(((DatePicker) control("applyDate")).getValue()).hasToString("2024-05-20");
        assertThat(((CheckBox) control("industryFields")).isSelected()).isTrue();
        assertThat(((RadioButton) control("category")).isSelected()).isTrue();
        assertThat(((CheckBox) control("recommendationLetter")).isSelected()).isTrue();
        assertThat(((TextField) control("members[0].name")).getText()).isEqualTo("张三");
    }
}
