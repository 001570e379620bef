package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.UserSettings;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The main window as a whole: files and status bar, size, dialogs, help, findings panel, keys. */
class WindowTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    private Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    /** The text a Labeled actually shows (with … when it was cut). */
    private static String shown(Labeled l) {
        Text t = (Text) l.lookup(".text");
        return t == null ? "" : t.getText();
    }

    // ---- status bar, files, autosave ----------------------------------------------------------------

    @Test
    void theStatusBarStopsSayingSavedOnceTheDraftChangesAgain(FxRobot robot) {
        Path file = home.resolve("状态.shenbao");
        robot.interact(() -> {
            window.vm().value("projectName").set("甲");
            assertThat(window.saveAs(file)).isTrue();
        });
        assertThat(label(robot, "#statusNotice").getText()).contains("已保存到");
        assertThat(label(robot, "#statusFile").getText()).doesNotContain("未保存");
        robot.interact(() -> window.vm().value("projectName").set("乙"));
        settle();
        assertThat(label(robot, "#statusNotice").getText()).doesNotContain("已保存");
        assertThat(label(robot, "#statusFile").getText()).contains("状态.shenbao").contains("有未保存的修改");
        assertThat(stage.getTitle()).startsWith("*状态.shenbao");
    }

    @Test
    void aBrokenFileIsReportedWithTheBakCopyBesideIt(FxRobot robot) throws Exception {
        Path file = home.resolve("申报书.shenbao");
        robot.interact(() -> {
            window.vm().value("projectName").set("甲");
            assertThat(window.saveAs(file)).isTrue();
            assertThat(window.saveAs(file)).as("the second save keeps the first as .bak").isTrue();
        });
        assertThat(home.resolve("申报书.shenbao.bak")).exists();
        Files.writeString(file, "{\"format\":\"shenbao-draft\",\"formatVers", StandardCharsets.UTF_8);
        robot.interact(() -> assertThat(window.open(file)).isFalse());
        assertThat(prompter.errors).hasSize(1);
        assertThat(prompter.errors.get(0)).contains("申报书.shenbao").contains("申报书.shenbao.bak").contains(home.toString());
        // without a copy beside it, no word about one
        Path lone = home.resolve("单独.shenbao");
        Files.writeString(lone, "{", StandardCharsets.UTF_8);
        robot.interact(() -> assertThat(window.open(lone)).isFalse());
        assertThat(prompter.errors.get(1)).doesNotContain(".bak");
    }

    @Test
    void anEditIsCopiedToTheRecoveryFolderAFewSecondsAfterTheLastKeystroke(FxRobot robot) throws Exception {
        assertThat(WindowViewModel.AUTOSAVE_DELAY).isLessThanOrEqualTo(5);
        robot.interact(() -> window.vm().value("projectName").set("一分钟内的修改"));
        long start = System.nanoTime();
        waitFor(15, () -> {
            window.flushAutosave();
            return label(robot, "#statusAutosave").getText().startsWith("已自动备份");
        });
        assertThat((System.nanoTime() - start) / 1e9).as("seconds until the copy was written").isLessThan(10);
        window.simulateCrash();
        Draft copy = recovery.load(recovery.pending().get(0));
        assertThat(copy.text("projectName")).isEqualTo("一分钟内的修改");
    }

    // ---- drafts on the command line ---------------------------------------------------------------

    @Test
    void draftsNamedOnTheCommandLineOpenInAWindowEach(FxRobot robot) throws Exception {
        Path a = home.resolve("甲.shenbao");
        Path b = home.resolve("乙.shenbao");
        DraftFiles files = new DraftFiles(TemplateRegistry.builtIn());
        Draft da = SampleDrafts.kczgComplete();
        files.save(da, a);
        Draft db = new Draft(KCZG.id(), KCZG.version());
        db.set("projectName", "第二份");
        files.save(db, b);
        assertThat(ShenbaoApp.draftArguments(List.of("--lang", "zh", a.toString(), b.toString()))).containsExactly(a, b);
        List<MainWindow>[] opened = new List[1];
        robot.interact(() -> opened[0] = ShenbaoApp.openWindows(new Stage(), s -> services(new cn.shenbao.app.ui.export.PrintPackageExporter()),
                List.of(a, b)));
        try {
            assertThat(opened[0]).hasSize(2);
            assertThat(opened[0].get(0).vm().draft().text("projectName")).isEqualTo(da.text("projectName"));
            assertThat(opened[0].get(0).stage().getTitle()).startsWith("甲.shenbao");
            assertThat(opened[0].get(1).vm().draft().text("projectName")).isEqualTo("第二份");
            assertThat(opened[0].get(1).stage().isShowing()).isTrue();
            assertThat(prompter.errors).isEmpty();
        } finally {
            robot.interact(() -> opened[0].forEach(w -> w.stage().close()));
        }
    }

    // ---- size and place ---------------------------------------------------------------------------

    @Test
    void theWindowFitsTheScreenAndItsPlaceIsRememberedButNotOffScreen(FxRobot robot) throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        robot.interact(() -> window.placeOnScreen(0));
        assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth()).isGreaterThan(200);
        assertThat(stage.getHeight()).isLessThanOrEqualTo(screen.getHeight()).isGreaterThan(200);
        assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(stage.getMinWidth()).isLessThanOrEqualTo(screen.getWidth()).isGreaterThanOrEqualTo(Math.min(800, screen.getWidth()));
        robot.interact(() -> {
            stage.setX(screen.getMinX() + 10);
            stage.setY(screen.getMinY() + 20);
            stage.setWidth(900);
            stage.setHeight(560);
            assertThat(window.close()).isTrue();
        });
        UserSettings settings = new UserSettings(home.resolve("settings.properties"));
        UserSettings.WindowState saved = settings.window().orElseThrow();
        assertThat(saved.width()).isEqualTo(900);
        assertThat(saved.height()).isEqualTo(560);
        assertThat(saved.x()).isEqualTo(screen.getMinX() + 10);

        MainWindow[] next = new MainWindow[1];
        robot.interact(() -> {
            Stage s = new Stage();
            next[0] = newWindow(s);
            next[0].newDraft(KCZG);
            s.setScene(new javafx.scene.Scene(next[0].root()));
            next[0].placeOnScreen(0);
        });
        assertThat(next[0].stage().getWidth()).isEqualTo(900);
        assertThat(next[0].stage().getX()).isEqualTo(screen.getMinX() + 10);
        // a place on a monitor that is no longer there is ignored
        settings.setWindow(new UserSettings.WindowState(screen.getMaxX() + 500, 40, 900, 560, false));
        robot.interact(() -> next[0].placeOnScreen(0));
        assertThat(next[0].stage().getX()).isLessThan(screen.getMaxX() - 100);
    }

    @Test
    void at1024x600TheToolbarAndPanelsShowTheirWholeTexts(FxRobot robot) {
        robot.interact(() -> {
            window.show(new DraftViewModel(KCZG, SampleDrafts.kczgComplete(), null));
            window.vm().value("applyDate").set("2024-06-01");
            stage.setWidth(1024);
            stage.setHeight(600);
        });
        settle();
        List<ButtonBase> tools = robot.lookup("#toolBar .button").queryAllAs(ButtonBase.class).stream().toList();
        assertThat(tools).extracting(Labeled::getText).containsExactly("新建", "打开", "保存", "检查", "导出", "打印预览");
        for (ButtonBase b : tools) {
            assertThat(shown(b)).as("toolbar button at 1024×600").isEqualTo(b.getText());
            // issue 15: an icon beside the text, drawn from icons/toolbar/*.svg, loaded and of the toolbar's size
            assertThat(b.getGraphic()).as("icon of " + b.getText()).isInstanceOf(javafx.scene.image.ImageView.class);
            javafx.scene.image.Image icon = ((javafx.scene.image.ImageView) b.getGraphic()).getImage();
            assertThat(icon.isError()).as("icon of " + b.getText() + " loaded").isFalse();
            assertThat(icon.getWidth()).as("icon of " + b.getText()).isEqualTo(16);
            assertThat(b.getGraphic().getBoundsInParent().getMaxX()).as("icon left of the text")
                    .isLessThanOrEqualTo(b.getWidth() - b.getText().length() * 8);
        }
        assertThat(tools.get(tools.size() - 1).localToScene(tools.get(tools.size() - 1).getLayoutBounds()).getMaxX())
                .as("the whole toolbar fits at 1024 px").isLessThan(1024);
        Label header = label(robot, "#findingsHeader");
        assertThat(shown(header)).isEqualTo(header.getText());
        assertThat(robot.lookup("#editorScroll").queryAs(Node.class).getLayoutBounds().getHeight()).as("room for the editors").isGreaterThan(250);
    }

    // ---- dialogs in the language of the interface ----------------------------------------------------

    @Test
    void theOkButtonOfAnErrorDialogIsInChineseWhateverTheMachineLocale(FxRobot robot) throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            DialogPrompter p = new DialogPrompter(stage, new UiTexts(Locale.SIMPLIFIED_CHINESE));
            robot.interact(() -> javafx.application.Platform.runLater(() -> p.error("无法打开文件", "文件已损坏。")));
            waitFor(10, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
            List<String> buttons = robot.from(pane).lookup(".button").queryAllAs(Button.class).stream().map(Button::getText).toList();
            assertThat(buttons).containsExactly("确定");
            assertThat(pane.getMinHeight()).as("the dialog keeps its preferred height").isEqualTo(javafx.scene.layout.Region.USE_PREF_SIZE);
            robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        } finally {
            Locale.setDefault(before);
        }
    }

    // ---- help ----------------------------------------------------------------------------------------

    @Test
    void helpKeysShowsAReadableResizableListOfEveryKey(FxRobot robot) {
        robot.clickOn("帮助").clickOn("快捷键");
        settle();
        assertThat(prompter.errors).as("not an error dialog").isEmpty();
        Node keys = robot.lookup("#keysWindow").query();
        Stage w = (Stage) keys.getScene().getWindow();
        assertThat(w.isResizable()).isTrue();
        List<String> shown = robot.from(keys).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            assertThat(shown).contains(s.keys(), window.texts().msg(s.action()));
        }
        robot.interact(w::close);
    }

    @Test
    void theUserGuideOpensOfflineWithItsPictures(FxRobot robot) {
        robot.clickOn("帮助").clickOn("使用说明");
        settle();
        Node page = robot.lookup("#guidePage").query();
        List<String> headings = robot.from(page).lookup(".guide-h1").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(headings).isNotEmpty();
        List<javafx.scene.image.ImageView> pictures = robot.from(page).lookup(".guide-image").queryAllAs(javafx.scene.image.ImageView.class)
                .stream().toList();
        assertThat(pictures).hasSizeGreaterThanOrEqualTo(4);
        for (var p : pictures) {
            assertThat(p.getImage().isError()).as(p.getAccessibleText()).isFalse();
            assertThat(p.getImage().getWidth()).isGreaterThan(100);
        }
        robot.interact(() -> ((Stage) page.getScene().getWindow()).close());
    }

    // ---- findings panel ------------------------------------------------------------------------------

    @Test
    void theWholeTextOfALongFindingIsShownInTheDetailLine(FxRobot robot) {
        robot.interact(() -> {
            window.show(new DraftViewModel(KCZG, SampleDrafts.kczgComplete(), null));
            window.vm().value("applyDate").set("2024-06-01");
            stage.setWidth(1024);
        });
        settle();
        Finding f = window.vm().findings().get(0);
        robot.interact(() -> window.selectFinding(f));
        settle();
        Label detail = label(robot, "#findingDetail");
        String full = detail.getText();
        assertThat(full).contains(f.message(Locale.SIMPLIFIED_CHINESE)).contains("封面");
        assertThat(detail.isWrapText()).isTrue();
        assertThat(shown(detail).replace("\n", "")).as("shown without …").isEqualTo(full.replace("\n", ""));
        assertThat(detail.isVisible()).isTrue();
    }

    @Test
    void withoutFindingsThePanelShrinksToItsHeader(FxRobot robot) {
        robot.interact(() -> {
            // the test stage is shared by the tests of this class: give it a known size
            stage.setWidth(1200);
            stage.setHeight(800);
            window.show(new DraftViewModel(KCZG, SampleDrafts.kczgComplete(), null));
        });
        settle();
        assertThat(window.vm().findings()).isEmpty();
        Node panel = robot.lookup(".findings-panel").query();
        assertThat(panel.getLayoutBounds().getHeight()).as("height of the empty panel").isLessThan(60);
        robot.interact(() -> window.vm().value("contactMobile").set("1380013800"));
        settle();
        assertThat(window.vm().findings()).isNotEmpty();
        assertThat(panel.getLayoutBounds().getHeight()).as("with a finding the list comes back").isGreaterThan(100);
    }

    // ---- keyboard and editing ------------------------------------------------------------------------

    @Test
    void tabInTheLastFieldOfAPartGoesOnIntoTheNextPart(FxRobot robot) {
        select(robot, "cover");
        String first = window.currentSection().id();
        // the last control of the part that takes the cursor
        Node last = lastControl(robot);
        robot.interact(last::requestFocus);
        robot.type(KeyCode.TAB);
        settle();
        assertThat(window.currentSection().id()).as("after " + first).isNotEqualTo(first);
        Node focus = stage.getScene().getFocusOwner();
        assertThat(focus).isNotNull();
        assertThat(isInside(focus, robot.lookup("#editorScroll").queryAs(javafx.scene.control.ScrollPane.class).getContent())).isTrue();
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        settle();
        assertThat(window.currentSection().id()).isEqualTo(first);
    }

    private Node lastControl(FxRobot robot) {
        Node content = robot.lookup("#editorScroll").queryAs(javafx.scene.control.ScrollPane.class).getContent();
        List<Node> all = new java.util.ArrayList<>();
        EditorPane.collect((javafx.scene.Parent) content, all);
        return all.get(all.size() - 1);
    }


    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theEditMenuCutsCopiesPastesAndSelectsAllInTheFocusedField(FxRobot robot) {
        robot.interact(() -> {
            window.vm().value("projectName").set("科创中国");
            window.buildAllSections();
        });
        settle();
        TextField name = control("projectName");
        robot.interact(name::requestFocus);
        robot.clickOn("编辑").clickOn("全选");
        robot.clickOn("编辑").clickOn("剪切");
        settle();
        assertThat(window.vm().draft().text("projectName")).isEmpty();
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clip[0]).isEqualTo("科创中国");
        robot.clickOn("编辑").clickOn("粘贴");
        settle();
        assertThat(window.vm().draft().text("projectName")).isEqualTo("科创中国");
        // the keys paste once (the menu's accelerator does not paste a second time)
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("甲");
            Clipboard.getSystemClipboard().setContent(c);
            name.clear();
            name.requestFocus();
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        settle();
        assertThat(window.vm().draft().text("projectName")).isEqualTo("甲");
    }

    @Test
    void findGoesToTheFieldAcrossTheWholeForm(FxRobot robot) {
        robot.interact(() -> window.show(new DraftViewModel(KCZG, SampleDrafts.kczgComplete(), null)));
        settle();
        String member = window.vm().draft().text("members[1].name");
        assertThat(member).isNotBlank();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        settle();
        TextField find = robot.lookup("#findField").queryAs(TextField.class);
        assertThat(find.isFocused()).isTrue();
        robot.interact(() -> find.setText(member));
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(window.currentSection().id()).isEqualTo(KCZG.sectionOf("members[1].name").id());
        assertThat(stage.getScene().getFocusOwner()).isSameAs(window.context().controlFor("members[1].name"));
        assertThat(label(robot, "#findStatus").getText()).startsWith("第 1 处");
        robot.interact(() -> find.setText("找不到的文字"));
        robot.interact(find::requestFocus);
        robot.type(KeyCode.ENTER);
        assertThat(label(robot, "#findStatus").getText()).contains("没有找到");
    }

    @Test
    void ctrlPlusMakesTheTextLargerAndTheSizeIsRemembered(FxRobot robot) throws Exception {
        double before = window.fontSize();
        TextField field = control("projectName");
        robot.interact(field::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        settle();
        assertThat(window.fontSize()).isGreaterThan(before);
        assertThat(window.root().getStyle()).contains("-fx-font-size: " + window.fontSize() + "px");
        double larger = window.fontSize();
        assertThat(new UserSettings(home.resolve("settings.properties")).fontSize()).contains(larger);
        MainWindow[] next = new MainWindow[1];
        robot.interact(() -> next[0] = newWindow(new Stage()));
        assertThat(next[0].fontSize()).as("the next window starts with the remembered size").isEqualTo(larger);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        settle();
        assertThat(window.fontSize()).isEqualTo(before);
    }

    @Test
    void theCheckButtonGoesToTheFirstFinding(FxRobot robot) {
        robot.interact(() -> {
            window.show(new DraftViewModel(KCZG, SampleDrafts.kczgComplete(), null));
            window.vm().value("applyDate").set("2024-06-01");
            window.jumpToSection("team");
        });
        settle();
        robot.clickOn("#toolCheck");
        settle();
        assertThat(window.selectedFinding()).isEqualTo(window.vm().findings().get(0));
        assertThat(window.currentSection().id()).isEqualTo("cover");
    }

    @Test
    void theUserGuideListsEveryShortcut() throws Exception {
        String guide = Files.readString(Path.of("../docs/user-guide.md"), StandardCharsets.UTF_8);
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            assertThat(guide).as("docs/user-guide.md").contains("| " + s.keys() + " | " + new UiTexts(Locale.SIMPLIFIED_CHINESE).msg(s.action()) + " |");
        }
        try (Stream<String> lines = Files.lines(Path.of("../docs/user-guide.md"))) {
            lines.filter(l -> l.startsWith("![")).forEach(l -> {
                String img = l.substring(l.indexOf('(') + 1, l.indexOf(')'));
                assertThat(Path.of("../docs").resolve(img)).as("picture of the guide").exists();
            });
        }
    }
}
