package cn.shenbao.app.ui;

import cn.shenbao.forms.rules.Finding;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar of the main window (文件, 编辑, 帮助), rebuilt when the language changes. */
final class WindowMenus {
    private final MainWindow window;
    private final WindowViewModel model;
    private UiTexts texts;
    private Menu recentMenu;
    private MenuItem acknowledgeItem;
    private final ListChangeListener<Path> recentListener = c -> refreshRecent();

    WindowMenus(MainWindow window, WindowViewModel model) {
        this.window = window;
        this.model = model;
        model.recent().addListener(recentListener);
    }

    MenuBar build() {
        texts = model.texts();
        recentMenu = new Menu(texts.msg("menu.recent"));
        Menu file = new Menu(texts.msg("menu.file"));
        file.getItems().addAll(
                item("menu.new", shortcut(KeyCode.N), window::newDraft),
                item("menu.open", shortcut(KeyCode.O), window::openChosen),
                item("menu.workspace", null, window::openWorkspace),
                item("menu.package", null, window::openPackage),
                recentMenu,
                new SeparatorMenuItem(),
                item("menu.save", shortcut(KeyCode.S), window::save),
                item("menu.saveAs", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        model::saveAsChosen),
                new SeparatorMenuItem(),
                item("menu.export", shortcut(KeyCode.E), window::export),
                item("menu.preview", null, window::preview),
                item("menu.print", shortcut(KeyCode.P), window::print),
                new SeparatorMenuItem(),
                item("menu.quit", shortcut(KeyCode.Q), window::quit));
        Menu edit = new Menu(texts.msg("menu.edit"));
        MenuItem undo = item("menu.undo", shortcut(KeyCode.Z), model::undo);
        MenuItem redo = item("menu.redo", shortcut(KeyCode.Y), model::redo);
        acknowledgeItem = item("menu.acknowledge", shortcut(KeyCode.K), window::toggleSelectedAcknowledged);
        acknowledgeItem.setId("menuAcknowledge");
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("menu.cut", shortcut(KeyCode.X), () -> window.editCommand("cut")),
                item("menu.copy", shortcut(KeyCode.C), () -> window.editCommand("copy")),
                item("menu.paste", shortcut(KeyCode.V), () -> window.editCommand("paste")),
                item("menu.selectAll", shortcut(KeyCode.A), () -> window.editCommand("selectAll")),
                new SeparatorMenuItem(),
                item("menu.find", shortcut(KeyCode.F), window::find),
                new SeparatorMenuItem(),
                item("menu.checkAll", new KeyCodeCombination(KeyCode.F7), window::checkAll),
                item("menu.nextFinding", new KeyCodeCombination(KeyCode.F8), window::nextFinding), acknowledgeItem);
        Menu view = new Menu(texts.msg("menu.view"));
        view.getItems().addAll(
                item("menu.zoomIn", shortcut(KeyCode.EQUALS), () -> window.zoom(1)),
                item("menu.zoomOut", shortcut(KeyCode.MINUS), () -> window.zoom(-1)),
                item("menu.zoomReset", shortcut(KeyCode.DIGIT0), () -> window.zoom(0)));
        Menu tools = new Menu(texts.msg("menu.tools"));
        tools.setId("menuTools");
        MenuItem gather = item("menu.gather", null, model::gatherFromPerformanceTables);
        gather.setId("menuGather");
        tools.getItems().addAll(gather, new SeparatorMenuItem(), item("menu.roster", null, window::openRoster),
                item("menu.rosterTeam", null, window::chooseTeamFromRoster));
        updateAcknowledgeItem();
        Menu help = new Menu(texts.msg("menu.help"));
        help.setId("menuHelp");
        Menu language = new Menu(texts.msg("menu.language"));
        language.setId("menuLanguage");
        ToggleGroup languages = new ToggleGroup();
        for (Map.Entry<Locale, String> lang : Map.of(Locale.SIMPLIFIED_CHINESE, "language.zh", Locale.ENGLISH, "language.en")
                .entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.reverseOrder())).toList()) {
            Locale l = lang.getKey();
            RadioMenuItem r = new RadioMenuItem(texts.msg(lang.getValue()));
            r.setId("language-" + l.getLanguage());
            r.setToggleGroup(languages);
            r.setSelected(l.getLanguage().equals(texts.locale().getLanguage()));
            r.setOnAction(e -> model.setLanguage(l));
            language.getItems().add(r);
        }
        help.getItems().addAll(item("menu.guide", new KeyCodeCombination(KeyCode.F1), window::showGuide),
                item("menu.keys", null, window::showKeys), new SeparatorMenuItem(), language,
                new SeparatorMenuItem(), item("menu.about", null, () -> AboutDialog.show(window.stage(), texts)));
        refreshRecent();
        MenuBar bar = new MenuBar(file, edit, view, tools, help);
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /**
     * The toolbar with the commands used most: 新建 打开 保存 检查 导出 打印预览. 新建 goes through the same
     * command as 文件 › 新建 (the form chooser lives behind {@link Prompter#chooseTemplate}).
     */
    ToolBar toolBar() {
        ToolBar bar = new ToolBar(
                button("toolNew", "new", "tool.new", "tool.new.tip", window::newDraft),
                button("toolOpen", "open", "tool.open", "tool.open.tip", window::openChosen),
                button("toolSave", "save", "tool.save", "tool.save.tip", window::save),
                new Separator(),
                button("toolCheck", "check", "tool.check", "tool.check.tip", window::checkAll),
                new Separator(),
                button("toolExport", "export", "tool.export", "tool.export.tip", window::export),
                button("toolPreview", "preview", "tool.preview", "tool.preview.tip", window::preview));
        bar.setId("toolBar");
        return bar;
    }

    /**
     * A toolbar button: its icon ({@code icons/toolbar/<icon>.svg}) left of its text, as in Word's quick access
     * bar, and a tooltip saying what it does.
     */
    private Button button(String id, String icon, String key, String tipKey, Runnable action) {
        Button b = new Button(texts.msg(key));
        javafx.scene.image.Image image = AppIcons.toolbar(icon, AppIcons.TOOLBAR_SIZE);
        if (image != null) {
            javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(image);
            view.setFitWidth(AppIcons.TOOLBAR_SIZE);
            view.setFitHeight(AppIcons.TOOLBAR_SIZE);
            view.setSmooth(true);
            b.setGraphic(view);
            b.setGraphicTextGap(4);
        }
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(texts.msg(tipKey)));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static KeyCombination shortcut(KeyCode k) {
        return new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN);
    }

    private MenuItem item(String key, KeyCombination accel, Runnable action) {
        MenuItem m = new MenuItem(texts.msg(key));
        if (accel != null) {
            m.setAccelerator(accel);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void refreshRecent() {
        if (recentMenu == null) {
            return;
        }
        recentMenu.getItems().clear();
        if (model.recent().isEmpty()) {
            MenuItem none = new MenuItem(texts.msg("menu.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
        for (Path p : model.recent()) {
            MenuItem m = new MenuItem(p.toString());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> {
                if (model.confirmDiscard()) {
                    model.open(p);
                }
            });
            recentMenu.getItems().add(m);
        }
    }

    /** 确认提醒无误 / 取消确认 follows the finding selected in the 检查结果 panel. */
    void updateAcknowledgeItem() {
        if (acknowledgeItem == null) {
            return;
        }
        Finding f = window.selectedFinding();
        var vm = model.document();
        acknowledgeItem.setDisable(vm == null || f == null || f.isError());
        acknowledgeItem.setText(vm != null && vm.isAcknowledged(f) ? texts.msg("menu.unacknowledge") : texts.msg("menu.acknowledge"));
    }
}
