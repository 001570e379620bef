package cn.shenbao.app.ui;

import cn.shenbao.app.ui.editor.EditorContext;
import cn.shenbao.app.ui.editor.EditorFactories;
import cn.shenbao.app.ui.export.ExportDialog;
import cn.shenbao.app.ui.export.PreviewWindow;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.app.ui.model.UserSettings;
import cn.shenbao.app.ui.model.WindowPlacement;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The main window, a view of a {@link WindowViewModel}: it puts the panes together (the parts of the
 * form on the left, the editors of the chosen part in the middle, the 检查结果 panel below them, menus
 * and the status bar) and connects them: a finding or a search hit jumps to its field, a new draft or
 * another language rebuilds the editors. Values, findings and undo live in {@link DraftViewModel};
 * files, autosave and recovery in {@link WindowViewModel}.
 */
public final class MainWindow {
    private final Stage stage;
    private final WindowViewModel model;
    private final BorderPane root = new BorderPane();
    private final NavigationPane nav;
    private final EditorPane editors = new EditorPane();
    private final FindingsPane findings;
    private final WindowMenus menus;
    private final FindBar findBar;
    private final javafx.scene.layout.VBox top = new javafx.scene.layout.VBox();
    private double fontSize;
    private EditorContext ctx;
    private ValidationAdapter adapter;

    public MainWindow(Stage stage, WindowViewModel.Services services) {
        this(stage, new WindowViewModel(services));
    }

    public MainWindow(Stage stage, WindowViewModel model) {
        this.stage = stage;
        this.model = model;
        root.getStyleClass().add("main-window");
        nav = new NavigationPane(model::texts, editors::show);
        findings = new FindingsPane(model, this::jumpTo);
        menus = new WindowMenus(this, model);
        findings.onSelectionChanged(menus::updateAcknowledgeItem);
        findings.onFindingsChanged(nav::refresh);
        findBar = new FindBar(model::document, model::texts, this::jumpToField);
        top.getChildren().setAll(menus.build(), menus.toolBar());
        root.setTop(top);
        javafx.scene.layout.VBox editorArea = new javafx.scene.layout.VBox(findBar.node(), editors.node());
        javafx.scene.layout.VBox.setVgrow(editors.node(), javafx.scene.layout.Priority.ALWAYS);
        SplitPane centre = new SplitPane(editorArea, findings.node());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.72);
        // the panel shrinks to its header without findings; when they come back it gets its room again
        double[] divider = {0.72};
        findings.emptyProperty().addListener((o, was, now) -> {
            if (now) {
                divider[0] = Math.min(0.85, centre.getDividerPositions()[0]);
            } else {
                centre.setDividerPositions(divider[0]);
            }
        });
        SplitPane main = new SplitPane(nav.node(), centre);
        main.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(nav.node(), false);
        root.setCenter(main);
        root.setBottom(new StatusBar(model).node());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        stage.titleProperty().bind(model.titleProperty());
        model.documentProperty().addListener((o, a, b) -> documentShown(b));
        model.textsProperty().addListener((o, a, b) -> languageChanged());
        fontSize = model.services().settings().fontSize().orElse(DEFAULT_FONT_SIZE);
        applyStyle();
    }

    public Parent root() {
        return root;
    }

    public Stage stage() {
        return stage;
    }

    /** The window's view-model: files, autosave, recovery, language, status texts. */
    public WindowViewModel model() {
        return model;
    }

    public DraftViewModel vm() {
        return model.document();
    }

    public EditorContext context() {
        return ctx;
    }

    public ValidationAdapter adapter() {
        return adapter;
    }

    /** The texts the window shows now. */
    public UiTexts texts() {
        return model.texts();
    }

    // ---- keys ------------------------------------------------------------------------------------

    /** Undo and redo work across fields, so they are taken before a text field's own undo sees them. */
    private void keys(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            e.consume();
            undo();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.Y || (e.getCode() == KeyCode.Z && e.isShiftDown()))) {
            e.consume();
            redo();
        } else if (e.getCode() == KeyCode.F8) {
            e.consume();
            nextFinding();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.K) {
            e.consume();
            toggleSelectedAcknowledged();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            e.consume();
            find();
        } else if (e.getCode() == KeyCode.F3) {
            e.consume();
            findBar.next();
        } else if (e.getCode() == KeyCode.F1) {
            e.consume();
            showGuide();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD)) {
            e.consume();
            zoom(+1);
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            e.consume();
            zoom(-1);
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0)) {
            e.consume();
            zoom(0);
        } else if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && tabAcrossParts(e.isShiftDown())) {
            e.consume();
        }
    }

    // ---- Tab across parts ------------------------------------------------------------------------

    /**
     * Tab in the last field of a part goes on into the first field of the next part (Shift+Tab in the
     * first field back into the last field of the previous part), as in one long form.
     */
    private boolean tabAcrossParts(boolean back) {
        if (root.getScene() == null || vm() == null || editors.node().getContent() == null) {
            return false;
        }
        Node focus = root.getScene().getFocusOwner();
        List<Node> order = editors.focusOrder();
        if (focus == null || order.isEmpty()) {
            return false;
        }
        Node edge = back ? order.get(0) : order.get(order.size() - 1);
        if (!isInside(focus, edge)) {
            return false;
        }
        List<SectionDef> parts = vm().template().sections();
        int i = parts.indexOf(nav.selected());
        for (int j = i + (back ? -1 : 1); j >= 0 && j < parts.size(); j += back ? -1 : 1) {
            nav.select(parts.get(j));
            root.applyCss();
            root.layout();
            List<Node> next = editors.focusOrder();
            if (!next.isEmpty()) {
                Node target = back ? next.get(next.size() - 1) : next.get(0);
                editors.ensureVisible(target);
                target.requestFocus();
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    // ---- editing commands ------------------------------------------------------------------------

    /** 编辑 › 剪切 / 复制 / 粘贴 / 全选: act on the text field that has the cursor. */
    void editCommand(String command) {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        javafx.scene.control.TextInputControl t = focus instanceof javafx.scene.control.TextInputControl ti ? ti
                : focus instanceof javafx.scene.control.DatePicker dp ? dp.getEditor() : null;
        if (t == null) {
            model.notice(texts().msg("edit.noField"));
            return;
        }
        switch (command) {
            case "cut" -> t.cut();
            case "copy" -> t.copy();
            case "paste" -> t.paste();
            default -> t.selectAll();
        }
    }

    /** Ctrl+F: the find bar. */
    public void find() {
        findBar.show();
    }

    // ---- size of the text ------------------------------------------------------------------------

    static final double DEFAULT_FONT_SIZE = 13;
    private static final double[] FONT_SIZES = {11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28};

    /** Ctrl+= larger, Ctrl+- smaller, Ctrl+0 back to normal; the size is remembered for the next start. */
    public void zoom(int direction) {
        double size = DEFAULT_FONT_SIZE;
        if (direction > 0) {
            size = FONT_SIZES[FONT_SIZES.length - 1];
            for (double f : FONT_SIZES) {
                if (f > fontSize) {
                    size = f;
                    break;
                }
            }
        } else if (direction < 0) {
            size = FONT_SIZES[0];
            for (int i = FONT_SIZES.length - 1; i >= 0; i--) {
                if (FONT_SIZES[i] < fontSize) {
                    size = FONT_SIZES[i];
                    break;
                }
            }
        }
        fontSize = size;
        applyStyle();
        try {
            model.services().settings().setFontSize(size);
        } catch (java.io.IOException | RuntimeException e) {
            // the size still applies to this session
        }
        model.notice(texts().msg("zoom.done", Math.round(size * 100 / DEFAULT_FONT_SIZE)));
    }

    /** The size of the interface's text in pixels. */
    public double fontSize() {
        return fontSize;
    }

    private void applyStyle() {
        String family = CjkFonts.pick();
        root.setStyle((family == null ? "" : "-fx-font-family: \"" + family + "\"; ") + "-fx-font-size: " + fontSize + "px;");
    }

    public void undo() {
        model.undo();
    }

    public void redo() {
        model.redo();
    }

    // ---- language --------------------------------------------------------------------------------

    /**
     * Switches the interface to a language (Chinese unless English is asked for), stores the choice in
     * the user's settings for the next start, and rebuilds the window's texts at once: menus, the
     * editors of the open draft (its values, findings and undo history stay), the findings, the title.
     */
    public void setLanguage(Locale locale) {
        model.setLanguage(locale);
    }

    private void languageChanged() {
        top.getChildren().setAll(menus.build(), menus.toolBar());
        findBar.texts();
        if (vm() == null) {
            return;
        }
        SectionDef current = nav.selected();
        newContext();
        if (current != null) {
            editors.show(current);
        }
        nav.refresh();
        findings.findingsChanged();
    }

    private void newContext() {
        if (adapter != null) {
            adapter.dispose();
        }
        if (ctx != null) {
            // the views of the old context are discarded: their controls must stop following the draft
            ctx.dispose();
        }
        this.ctx = new EditorContext(vm(), texts(), EditorFactories.standard());
        this.ctx.setRosterChooser(this::chooseTeamFromRoster);
        this.adapter = new ValidationAdapter(ctx);
        editors.setContext(ctx);
        ctx.noticeProperty().addListener((o, a, b) -> model.notice(b));
    }

    // ---- documents -------------------------------------------------------------------------------

    /** Shows a draft in the window (replacing the current one, which the caller has dealt with). */
    public void show(DraftViewModel draft) {
        model.show(draft);
    }

    private void documentShown(DraftViewModel draft) {
        newContext();
        findings.setDocument(draft);
        nav.setDocument(draft);
    }

    public void newDraft() {
        model.newDraft();
    }

    /** Starts an empty draft of a template. */
    public void newDraft(TemplateDef t) {
        model.newDraft(t);
    }

    void openChosen() {
        model.openChosen();
    }

    /** 文件 › 打开工作区…: asks for a folder of drafts and shows its check ({@link WorkspaceWindow}). */
    void openWorkspace() {
        DraftViewModel vm = model.document();
        Path start = vm != null && vm.file() != null ? vm.file().toAbsolutePath().getParent() : null;
        model.services().prompter().chooseFolder(start, texts().msg("workspace.choose"))
                .ifPresent(folder -> showWorkspace(folder).show());
    }

    /** 工具 › 专家库…: the roster the user works with (remembered), or one chosen or started now. */
    void openRoster() {
        rosterFile().ifPresent(f -> {
            RosterWindow w = showRoster(f, null);
            if (w != null) {
                w.show();
            }
        });
    }

    /** 从专家库选择成员…: the roster window with the team of the draft shown. */
    void chooseTeamFromRoster() {
        DraftViewModel vm = model.document();
        if (vm == null || cn.shenbao.forms.roster.Team.of(vm.template()).isEmpty()) {
            model.services().prompter().error(texts().msg("roster.noTeam.title"), texts().msg("roster.noTeam",
                    vm == null ? "" : vm.template().title()));
            return;
        }
        rosterFile().ifPresent(f -> {
            RosterWindow w = showRoster(f, vm);
            if (w != null) {
                w.show();
            }
        });
    }

    private Optional<Path> rosterFile() {
        Optional<Path> known = model.services().settings().roster().filter(java.nio.file.Files::isRegularFile);
        if (known.isPresent()) {
            return known;
        }
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setTitle(texts().msg("roster.choose"));
        fc.setInitialFileName(texts().msg("roster.defaultName"));
        fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(texts().msg("roster.kind"), "*.shenbao-roster"));
        java.io.File f = fc.showSaveDialog(stage);
        return Optional.ofNullable(f).map(java.io.File::toPath);
    }

    /**
     * The roster window of a roster file (remembered for the next time), with the team of {@code draft} when given;
     * null (after saying why) when the file is not a roster.
     */
    public RosterWindow showRoster(Path file, DraftViewModel draft) {
        cn.shenbao.app.ui.model.RosterModel rm;
        try {
            rm = new cn.shenbao.app.ui.model.RosterModel(file, texts());
        } catch (cn.shenbao.forms.roster.RosterException e) {
            model.services().prompter().error(texts().msg("roster.failed"), e.message(texts().locale()));
            return null;
        }
        try {
            model.services().settings().setRoster(file);
        } catch (java.io.IOException e) {
            // not remembered: asked again next time
        }
        return new RosterWindow(stage, texts(), rm, draft);
    }

    /** 文件 › 装订材料…: the paper package builder ({@link PackageDialog}). */
    public PackageDialog openPackage() {
        DraftViewModel vm = model.document();
        Path start = vm != null && vm.file() != null ? vm.file().toAbsolutePath().getParent() : null;
        PackageDialog d = new PackageDialog(stage, texts(), model.services().prompter(), model.services().templates(), start);
        d.show();
        return d;
    }

    /** The workspace window of a folder; opening a draft from it happens in this window. */
    public WorkspaceWindow showWorkspace(Path folder) {
        return new WorkspaceWindow(stage, texts(), model.services().templates(), folder, this::openAt,
                model.services().prompter());
    }

    /** Opens a draft (unless it is the one shown) and goes to a field of it. */
    public void openAt(cn.shenbao.app.ui.model.WorkspaceModel.Target t) {
        DraftViewModel vm = model.document();
        boolean same = vm != null && vm.file() != null && vm.file().toAbsolutePath().normalize()
                .equals(t.file().toAbsolutePath().normalize());
        if (!same && (!confirmDiscard() || !open(t.file()))) {
            return;
        }
        stage.toFront();
        if (!t.path().isEmpty()) {
            jumpToField(t.path());
        }
    }

    /** Opens a draft file; see {@link WindowViewModel#open(Path)}. */
    public boolean open(Path file) {
        return model.open(file);
    }

    public boolean save() {
        return model.save();
    }

    public boolean saveAs(Path file) {
        return model.saveAs(file);
    }

    /** Asks about unsaved changes; true when the current draft may be closed. */
    public boolean confirmDiscard() {
        return model.confirmDiscard();
    }

    /**
     * Called when the window is about to close: true when it may close (the recovery copy is then
     * removed and the window's place is remembered for the next start).
     */
    public boolean close() {
        if (!model.close()) {
            return false;
        }
        rememberPlace();
        return true;
    }

    // ---- size and place --------------------------------------------------------------------------

    private Rectangle2D normalBounds;

    /**
     * Sizes and places the window before it is shown: at its remembered place (and maximised state)
     * when that is still on a screen, else centred; never larger than the usable area of the screen.
     * From then on the size and place it has when not maximised are followed, to be remembered on close.
     */
    public void placeOnScreen(double offset) {
        Optional<UserSettings.WindowState> saved = model.services().settings().window();
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        Rectangle2D b = WindowPlacement.initial(saved, screens, primary);
        Rectangle2D min = WindowPlacement.minimum(primary);
        stage.setMinWidth(min.getWidth());
        stage.setMinHeight(min.getHeight());
        double x = Math.min(b.getMinX() + offset, Math.max(b.getMinX(), primary.getMaxX() - b.getWidth()));
        double y = Math.min(b.getMinY() + offset, Math.max(b.getMinY(), primary.getMaxY() - b.getHeight()));
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        normalBounds = new Rectangle2D(x, y, b.getWidth(), b.getHeight());
        if (saved.map(UserSettings.WindowState::maximized).orElse(false)) {
            stage.setMaximized(true);
        }
        javafx.beans.InvalidationListener follow = o -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener(follow);
        stage.yProperty().addListener(follow);
        stage.widthProperty().addListener(follow);
        stage.heightProperty().addListener(follow);
    }

    private void rememberPlace() {
        if (normalBounds == null) {
            return;
        }
        try {
            model.services().settings().setWindow(new UserSettings.WindowState(normalBounds.getMinX(), normalBounds.getMinY(),
                    normalBounds.getWidth(), normalBounds.getHeight(), stage.isMaximized()));
        } catch (java.io.IOException | RuntimeException e) {
            // the place is a convenience: the next start centres the window
        }
    }

    void quit() {
        if (close()) {
            stage.close();
        }
    }

    public void autosave() {
        model.autosave();
    }

    public void flushAutosave() throws Exception {
        model.flushAutosave();
    }

    public void simulateCrash() throws Exception {
        model.simulateCrash();
    }

    public boolean offerRecovery() {
        return model.offerRecovery();
    }

    // ---- navigation ------------------------------------------------------------------------------

    /** Shows a part of the form by its id. */
    public void jumpToSection(String sectionId) {
        SectionDef s = vm().template().section(sectionId);
        if (s != null) {
            nav.select(s);
        }
    }

    /** The part of the form shown now. */
    public SectionDef currentSection() {
        return nav.selected();
    }

    /** Builds the editors of every part (for tests and before export; normally parts are built when first shown). */
    public void buildAllSections() {
        SectionDef current = nav.selected();
        for (SectionDef s : vm().template().sections()) {
            editors.show(s);
        }
        if (current != null) {
            editors.show(current);
        }
    }

    /** Shows the part of the form that holds a finding's field and puts the cursor in that field. */
    public void jumpTo(Finding f) {
        model.notice(f.message(texts().locale()));
        jumpToField(f.path());
    }

    /** Shows the part of the form that holds a field (or table cell) and puts the cursor in it. */
    public void jumpToField(String path) {
        if (vm() == null) {
            return;
        }
        SectionDef s = vm().template().sectionOf(path);
        if (s != null && s != nav.selected()) {
            nav.select(s);
        } else if (s != null) {
            editors.show(s);
        }
        Control c = ctx.controlFor(path);
        if (c == null) {
            Node add = root.getScene() == null ? null : root.getScene().lookup("#" + path.replaceAll("[^A-Za-z0-9_]", "_") + "_add");
            if (add instanceof Control ac) {
                c = ac;
            }
        }
        if (c != null) {
            editors.ensureVisible(c);
            c.requestFocus();
        }
    }

    // ---- findings --------------------------------------------------------------------------------

    /** F8: the finding after the selected one (wrapping around), shown and focused. */
    public void nextFinding() {
        findings.next();
    }

    /** The finding selected in the 检查结果 panel, or null. */
    public Finding selectedFinding() {
        return findings.selected();
    }

    /** Selects a finding in the 检查结果 panel (without jumping to its field). */
    public void selectFinding(Finding f) {
        findings.select(f);
    }

    /** Acknowledges the warning (确认无误) or takes the acknowledgement back; errors are refused. */
    public void toggleAcknowledged(Finding f) {
        findings.toggleAcknowledged(f);
    }

    void toggleSelectedAcknowledged() {
        findings.toggleSelectedAcknowledged();
    }

    /** For tests: the findings list view. */
    ListView<Finding> findingsView() {
        return findings.list();
    }

    // ---- help ------------------------------------------------------------------------------------

    /** 帮助 › 快捷键: a window listing every key. */
    public Stage showKeys() {
        return HelpWindows.showKeys(stage, texts());
    }

    /** 帮助 › 使用说明 (F1): the user guide with pictures, offline. */
    public Stage showGuide() {
        return HelpWindows.showGuide(stage, texts());
    }

    /**
     * 检查 (toolbar, 编辑 › 检查全部): checks the whole form and goes to the first finding, or says that
     * nothing was found.
     */
    public void checkAll() {
        if (vm() == null) {
            return;
        }
        vm().recheck();
        vm().checkAll(); // the required values still empty (待填写) are listed from now on
        if (vm().findings().isEmpty()) {
            model.notice(texts().msg("findings.none"));
            return;
        }
        findings.list().getSelectionModel().clearSelection();
        findings.next();
    }

    // ---- output ----------------------------------------------------------------------------------

    public void export() {
        vm().checkAll(); // exporting checks the whole form: the required values still empty are listed too
        ExportDialog d = new ExportDialog(stage, texts(), model.services().exporter(), model.services().prompter(), vm(), model::notice,
                this::jumpToField);
        d.show();
        // at its preferred size at least, whatever the window manager or the screen would make of it
        d.stage().setMinWidth(Math.min(d.stage().getWidth(), Screen.getPrimary().getVisualBounds().getWidth()));
        d.stage().setMinHeight(Math.min(d.stage().getHeight(), Screen.getPrimary().getVisualBounds().getHeight()));
    }

    public void preview() {
        PreviewWindow.show(stage, texts(), model.services().exporter(), vm());
    }

    public void print() {
        PreviewWindow.printDirect(stage, texts(), model.services().exporter(), vm());
    }
}
