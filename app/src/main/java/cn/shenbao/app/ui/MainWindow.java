package cn.shenbao.app.ui;

import cn.shenbao.app.ui.editor.EditorContext;
import cn.shenbao.app.ui.editor.EditorFactories;
import cn.shenbao.app.ui.editor.FieldRows;
import cn.shenbao.app.ui.export.DocumentExporter;
import cn.shenbao.app.ui.export.ExportDialog;
import cn.shenbao.app.ui.export.PreviewWindow;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.RecentFiles;
import cn.shenbao.app.ui.model.RecoveryStore;
import cn.shenbao.app.ui.model.SectionStatus;
import cn.shenbao.app.ui.model.UserSettings;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFileException;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The main window: the navigation list of the form's parts with their status, the editor of the
 * chosen part, the 检查结果 panel, menus and keyboard commands, file handling, autosave and recovery.
 * The window is a view: values, findings and undo live in {@link DraftViewModel}.
 */
public final class MainWindow {
    /** How the window reaches the world outside: dialogs, files, the exporter. */
    public record Services(UiTexts texts, Prompter prompter, RecoveryStore recovery, RecentFiles recent,
                           DocumentExporter exporter, TemplateRegistry templates, UserSettings settings) {}

    private final Stage stage;
    private final Services services;
    private UiTexts texts;
    private final BorderPane root = new BorderPane();
    private final ListView<SectionDef> nav = new ListView<>();
    private final ListView<Finding> findingsList = new ListView<>();
    private final Label findingsHeader = new Label();
    private final ScrollPane editorScroll = new ScrollPane();
    private final Label statusFile = new Label();
    private final Label statusNotice = new Label();
    private final Label statusAutosave = new Label();
    private Menu recentMenu;
    private MenuItem acknowledgeItem;
    private final Map<String, Node> sectionViews = new HashMap<>();
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "shenbao-autosave");
        t.setDaemon(true);
        return t;
    });
    private final Timeline autosaveTimer;
    private DraftViewModel vm;
    private EditorContext ctx;
    private ValidationAdapter adapter;
    private RecoveryStore.Session session;

    public MainWindow(Stage stage, Services services) {
        this.stage = stage;
        this.services = services;
        this.texts = services.texts();
        root.getStyleClass().add("main-window");
        root.setTop(menus());
        nav.getStyleClass().add("section-nav");
        nav.setId("sectionNav");
        nav.setCellFactory(l -> new SectionCell());
        nav.setPrefWidth(250);
        nav.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                showSection(b);
            }
        });
        editorScroll.setFitToWidth(true);
        editorScroll.getStyleClass().add("editor-scroll");
        editorScroll.setId("editorScroll");
        findingsList.setId("findingsList");
        findingsList.getStyleClass().add("findings-list");
        findingsList.setCellFactory(l -> new FindingCell());
        findingsList.setOnMouseClicked(e -> {
            Finding f = findingsList.getSelectionModel().getSelectedItem();
            if (f != null && e.getButton() == MouseButton.PRIMARY) {
                jumpTo(f);
            }
        });
        findingsList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Finding f = findingsList.getSelectionModel().getSelectedItem();
                if (f != null) {
                    jumpTo(f);
                }
            }
        });
        findingsList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> updateAcknowledgeItem());
        findingsHeader.getStyleClass().add("findings-header");
        findingsHeader.setId("findingsHeader");
        VBox findingsBox = new VBox(4, findingsHeader, findingsList);
        findingsBox.getStyleClass().add("findings-panel");
        VBox.setVgrow(findingsList, Priority.ALWAYS);
        SplitPane centre = new SplitPane(editorScroll, findingsBox);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.72);
        SplitPane main = new SplitPane(nav, centre);
        main.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(nav, false);
        root.setCenter(main);
        statusNotice.setId("statusNotice");
        statusNotice.getStyleClass().add("status-notice");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox status = new HBox(16, statusFile, statusNotice, grow, statusAutosave);
        status.getStyleClass().add("status-bar");
        status.setPadding(new Insets(3, 8, 3, 8));
        status.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(status);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        int seconds = Integer.getInteger("shenbao.autosave.seconds", 30);
        autosaveTimer = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> autosave()));
        autosaveTimer.setCycleCount(Timeline.INDEFINITE);
        autosaveTimer.play();
        refreshRecent();
    }

    public Parent root() {
        return root;
    }

    public DraftViewModel vm() {
        return vm;
    }

    public EditorContext context() {
        return ctx;
    }

    public ValidationAdapter adapter() {
        return adapter;
    }

    // ---- menus and keys --------------------------------------------------------------------------

    private MenuBar menus() {
        recentMenu = new Menu(texts.msg("menu.recent"));
        Menu file = new Menu(texts.msg("menu.file"));
        file.getItems().addAll(
                item("menu.new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newDraft),
                item("menu.open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openChosen),
                recentMenu,
                new SeparatorMenuItem(),
                item("menu.save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save),
                item("menu.saveAs", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::saveAsChosen),
                new SeparatorMenuItem(),
                item("menu.export", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::export),
                item("menu.preview", null, this::preview),
                item("menu.print", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print),
                new SeparatorMenuItem(),
                item("menu.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), this::quit));
        Menu edit = new Menu(texts.msg("menu.edit"));
        MenuItem undo = item("menu.undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::undo);
        MenuItem redo = item("menu.redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::redo);
        acknowledgeItem = item("menu.acknowledge", new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                this::toggleSelectedAcknowledged);
        acknowledgeItem.setId("menuAcknowledge");
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("menu.nextFinding", new KeyCodeCombination(KeyCode.F8), this::nextFinding), acknowledgeItem);
        updateAcknowledgeItem();
        Menu help = new Menu(texts.msg("menu.help"));
        Menu language = new Menu(texts.msg("menu.language"));
        language.setId("menuLanguage");
        ToggleGroup languages = new ToggleGroup();
        for (Map.Entry<Locale, String> lang : Map.of(Locale.SIMPLIFIED_CHINESE, "language.zh", Locale.ENGLISH, "language.en")
                .entrySet().stream().sorted(Map.Entry.comparingByValue(java.util.Comparator.reverseOrder())).toList()) {
            Locale l = lang.getKey();
            RadioMenuItem r = new RadioMenuItem(texts.msg(lang.getValue()));
            r.setId("language-" + l.getLanguage());
            r.setToggleGroup(languages);
            r.setSelected(l.getLanguage().equals(texts.locale().getLanguage()));
            r.setOnAction(e -> setLanguage(l));
            language.getItems().add(r);
        }
        help.getItems().addAll(item("menu.keys", null, () -> services.prompter().error(texts.msg("menu.keys"), texts.msg("help.keys"))),
                language, new SeparatorMenuItem(),
                item("menu.about", null, () -> AboutDialog.show(stage, texts)));
        MenuBar bar = new MenuBar(file, edit, help);
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String key, KeyCombination accel, Runnable action) {
        MenuItem m = new MenuItem(texts.msg(key));
        if (accel != null) {
            m.setAccelerator(accel);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

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
        }
    }

    public void undo() {
        if (vm != null && !vm.undo()) {
            notice(texts.msg("undo.nothing"));
        }
    }

    public void redo() {
        if (vm != null && !vm.redo()) {
            notice(texts.msg("redo.nothing"));
        }
    }

    private void notice(String s) {
        statusNotice.setText(s);
    }

    // ---- language --------------------------------------------------------------------------------

    /** The texts the window shows now. */
    public UiTexts texts() {
        return texts;
    }

    /**
     * Switches the interface to a language (Chinese unless English is asked for), stores the choice in
     * the user's settings for the next start, and rebuilds the window's texts at once: menus, the
     * editors of the open draft (its values, findings and undo history stay), the findings, the title.
     */
    public void setLanguage(Locale locale) {
        Locale target = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String failure = null;
        try {
            services.settings().setLanguage(target);
        } catch (java.io.IOException | RuntimeException e) {
            failure = e.getMessage();
        }
        if (!target.getLanguage().equals(texts.locale().getLanguage())) {
            applyTexts(new UiTexts(target));
        }
        notice(failure == null ? texts.msg("language.changed")
                : texts.msg("language.notStored", services.settings().file(), failure));
    }

    private void applyTexts(UiTexts t) {
        texts = t;
        services.prompter().languageChanged(t);
        root.setTop(menus());
        refreshRecent();
        statusAutosave.setText("");
        if (vm == null) {
            return;
        }
        SectionDef current = nav.getSelectionModel().getSelectedItem();
        newContext();
        if (current != null) {
            showSection(current);
        }
        nav.refresh();
        findingsChanged();
        updateTitle();
    }

    private void newContext() {
        if (adapter != null) {
            adapter.dispose();
        }
        if (ctx != null) {
            // the views of the old context are discarded: their controls must stop following the draft
            ctx.dispose();
        }
        this.ctx = new EditorContext(vm, texts, EditorFactories.standard());
        this.adapter = new ValidationAdapter(ctx);
        sectionViews.clear();
        ctx.noticeProperty().addListener((o, a, b) -> notice(b));
    }

    // ---- documents -------------------------------------------------------------------------------

    /** Shows a draft in the window (replacing the current one, which the caller has dealt with). */
    public void show(DraftViewModel model) {
        if (session != null) {
            session.close();
            session = null;
        }
        this.vm = model;
        newContext();
        nav.getItems().setAll(model.template().sections());
        model.findings().addListener((ListChangeListener<Finding>) c -> findingsChanged());
        findingsList.setItems(model.findings());
        model.dirtyProperty().addListener((o, a, b) -> updateTitle());
        model.fileProperty().addListener((o, a, b) -> updateTitle());
        model.structuralEditsProperty().addListener((o, a, b) -> autosave());
        findingsChanged();
        updateTitle();
        nav.getSelectionModel().select(0);
    }

    private void findingsChanged() {
        long errors = vm.findings().stream().filter(Finding::isError).count();
        long acknowledged = vm.findings().stream().filter(vm::isAcknowledged).count();
        long warnings = vm.findings().size() - errors - acknowledged;
        findingsHeader.setText(vm.findings().isEmpty() ? texts.msg("findings.none")
                : acknowledged == 0 ? texts.msg("findings.header", errors, warnings)
                : texts.msg("findings.headerAcknowledged", errors, warnings, acknowledged));
        nav.refresh();
        findingsList.refresh();
        updateAcknowledgeItem();
    }

    // ---- acknowledging warnings ------------------------------------------------------------------

    /** The finding selected in the 检查结果 panel, or null. */
    public Finding selectedFinding() {
        return findingsList.getSelectionModel().getSelectedItem();
    }

    /** Selects a finding in the 检查结果 panel (without jumping to its field). */
    public void selectFinding(Finding f) {
        int i = vm.findings().indexOf(f);
        if (i >= 0) {
            findingsList.getSelectionModel().select(i);
            findingsList.scrollTo(i);
        } else {
            findingsList.getSelectionModel().clearSelection();
        }
    }

    /**
     * Acknowledges the warning (确认无误) or takes the acknowledgement back; an error is refused with a
     * notice. The finding stays selected.
     */
    public void toggleAcknowledged(Finding f) {
        if (vm == null || f == null) {
            return;
        }
        if (f.isError()) {
            notice(texts.msg("acknowledge.error"));
            return;
        }
        boolean was = vm.isAcknowledged(f);
        if (was) {
            vm.unacknowledge(f);
        } else {
            vm.acknowledge(f);
        }
        selectFinding(f);
        notice(texts.msg(was ? "acknowledge.undone" : "acknowledge.done", f.message(texts.locale())));
    }

    private void toggleSelectedAcknowledged() {
        Finding f = selectedFinding();
        if (f == null) {
            notice(texts.msg("acknowledge.nothing"));
            return;
        }
        toggleAcknowledged(f);
    }

    private void updateAcknowledgeItem() {
        if (acknowledgeItem == null) {
            return;
        }
        Finding f = selectedFinding();
        acknowledgeItem.setDisable(vm == null || f == null || f.isError());
        acknowledgeItem.setText(vm != null && vm.isAcknowledged(f) ? texts.msg("menu.unacknowledge") : texts.msg("menu.acknowledge"));
    }

    private void updateTitle() {
        String name = documentName();
        stage.setTitle((vm.isDirty() ? "*" : "") + name + " — " + vm.template().title() + " — " + texts.msg("app.name"));
        statusFile.setText(vm.file() == null ? texts.msg("status.unsaved") : vm.file().toString());
    }

    private String documentName() {
        return vm.file() == null ? texts.msg("doc.untitled") : vm.file().getFileName().toString();
    }

    private void showSection(SectionDef s) {
        Node view = sectionViews.computeIfAbsent(s.id(), id -> {
            VBox v = FieldRows.section(s, ctx);
            v.setPadding(new Insets(16, 24, 24, 24));
            return v;
        });
        editorScroll.setContent(view);
        editorScroll.setVvalue(0);
    }

    /** Shows a part of the form by its id. */
    public void jumpToSection(String sectionId) {
        SectionDef s = vm.template().section(sectionId);
        if (s != null) {
            nav.getSelectionModel().select(s);
        }
    }

    /** The part of the form shown now. */
    public SectionDef currentSection() {
        return nav.getSelectionModel().getSelectedItem();
    }

    /** Builds the editors of every part (for tests and before export; normally parts are built when first shown). */
    public void buildAllSections() {
        SectionDef current = nav.getSelectionModel().getSelectedItem();
        for (SectionDef s : vm.template().sections()) {
            showSection(s);
        }
        if (current != null) {
            showSection(current);
        }
    }

    public void newDraft() {
        if (!confirmDiscard()) {
            return;
        }
        List<TemplateDef> all = services.templates().all();
        Optional<TemplateDef> t = all.size() == 1 && Boolean.getBoolean("shenbao.skipTemplateChoice")
                ? Optional.of(all.get(0)) : services.prompter().chooseTemplate(all);
        t.ifPresent(this::newDraft);
    }

    /** Starts an empty draft of a template. */
    public void newDraft(TemplateDef t) {
        show(new DraftViewModel(t, new Draft(t.id(), t.version()), null));
    }

    private void openChosen() {
        if (!confirmDiscard()) {
            return;
        }
        Path folder = vm != null && vm.file() != null ? vm.file().toAbsolutePath().getParent() : null;
        services.prompter().chooseOpen(folder).ifPresent(this::open);
    }

    /**
     * Opens a draft file. A file that cannot be read (broken, foreign, newer) is reported and nothing
     * changes: the current draft stays open and the file is not touched. The caller has asked about
     * unsaved changes already.
     */
    public boolean open(Path file) {
        Draft d;
        try {
            d = new DraftFiles(services.templates()).load(file);
        } catch (DraftFileException e) {
            services.prompter().error(texts.msg("open.failed"), e.message(texts.locale()));
            return false;
        }
        TemplateDef t = services.templates().get(d.templateId());
        show(new DraftViewModel(t, d, file.toAbsolutePath()));
        services.recent().add(file);
        refreshRecent();
        notice(texts.msg("open.done", file.getFileName()));
        return true;
    }

    /** Saves to the current file, or asks for one. False when nothing was saved. */
    public boolean save() {
        if (vm.file() == null) {
            return saveAsChosen();
        }
        return saveAs(vm.file());
    }

    private boolean saveAsChosen() {
        Path folder = vm.file() != null ? vm.file().toAbsolutePath().getParent() : null;
        String name = vm.file() != null ? vm.file().getFileName().toString() : suggestedName();
        Optional<Path> p = services.prompter().chooseSave(folder, name);
        return p.isPresent() && saveAs(p.get());
    }

    private String suggestedName() {
        String n = vm.draft().text("projectName").replaceAll("[\\\\/:*?\"<>|“”]", "").strip();
        return (n.isEmpty() ? texts.msg("doc.untitled") : n) + DraftFiles.EXTENSION;
    }

    /** Saves to a file (atomically, with a .bak of the previous version). */
    public boolean saveAs(Path file) {
        try {
            new DraftFiles(services.templates()).save(vm.draft(), file);
        } catch (DraftFileException e) {
            services.prompter().error(texts.msg("save.failed"), e.message(texts.locale()));
            return false;
        }
        vm.markSaved(file.toAbsolutePath());
        if (session != null) {
            session.close();
            session = null;
        }
        services.recent().add(file);
        refreshRecent();
        notice(texts.msg("save.done", file.getFileName()));
        return true;
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        List<Path> list = services.recent().list();
        if (list.isEmpty()) {
            MenuItem none = new MenuItem(texts.msg("menu.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
        for (Path p : list) {
            MenuItem m = new MenuItem(p.toString());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> {
                if (confirmDiscard()) {
                    open(p);
                }
            });
            recentMenu.getItems().add(m);
        }
    }

    /** Asks about unsaved changes; true when the current draft may be closed. */
    public boolean confirmDiscard() {
        if (vm == null || !vm.isDirty()) {
            return true;
        }
        switch (services.prompter().unsavedChanges(documentName())) {
            case SAVE:
                return save();
            case DISCARD:
                return true;
            default:
                return false;
        }
    }

    /** Called when the window is about to close: true when it may close (the recovery copy is then removed). */
    public boolean close() {
        if (!confirmDiscard()) {
            return false;
        }
        autosaveTimer.stop();
        if (session != null) {
            session.close();
            session = null;
        }
        io.shutdown();
        return true;
    }

    private void quit() {
        if (close()) {
            stage.close();
        }
    }

    // ---- autosave and recovery -------------------------------------------------------------------

    /** Writes the recovery copy now if there are unsaved changes (the timer and structural edits call it). */
    public void autosave() {
        if (vm == null || !vm.isDirty()) {
            return;
        }
        Draft snapshot = vm.draft().copy();
        Path original = vm.file();
        if (session == null) {
            session = services.recovery().open();
        }
        RecoveryStore.Session s = session;
        io.submit(() -> {
            try {
                s.write(snapshot, original);
                String at = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
                Platform.runLater(() -> statusAutosave.setText(texts.msg("autosave.done", at)));
            } catch (DraftFileException e) {
                Platform.runLater(() -> statusAutosave.setText(e.message(texts.locale())));
            }
        });
    }

    /** Waits until pending autosaves are written (tests, shutdown). */
    public void flushAutosave() throws Exception {
        io.submit(() -> { }).get();
    }

    /**
     * Lets go of the recovery copy without removing it, the way a crash does. For tests that simulate
     * a crash: the next window finds the copy and offers it.
     */
    public void simulateCrash() throws Exception {
        flushAutosave();
        autosaveTimer.stop();
        if (session != null) {
            session.abandon();
            session = null;
        }
    }

    /**
     * Offers the newest copy left in the recovery folder by a session that did not end cleanly.
     * Accepted: the draft opens with its original file name and unsaved changes. Either way the copy
     * is then removed (an accepted draft gets a new one at the next autosave).
     */
    public boolean offerRecovery() {
        List<RecoveryStore.Entry> pending = services.recovery().pending();
        if (pending.isEmpty()) {
            return false;
        }
        RecoveryStore.Entry e = pending.get(0);
        String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneId.systemDefault()).format(e.savedAt());
        String what = e.original() == null ? texts.msg("doc.untitled") : e.original().toString();
        if (!services.prompter().recover(texts.msg("recovery.text", what, when))) {
            services.recovery().remove(e);
            return false;
        }
        try {
            Draft d = services.recovery().load(e);
            TemplateDef t = services.templates().get(d.templateId());
            DraftViewModel model = new DraftViewModel(t, d, e.original());
            model.markDirty();
            show(model);
            services.recovery().remove(e);
            autosave();
            notice(texts.msg("recovery.done"));
            return true;
        } catch (DraftFileException ex) {
            services.prompter().error(texts.msg("recovery.failed"), ex.message(texts.locale()));
            // a copy that cannot be read would be offered, and fail, at every start
            services.recovery().remove(e);
            return false;
        }
    }

    // ---- findings --------------------------------------------------------------------------------

    /** Shows the part of the form that holds a finding's field and puts the cursor in that field. */
    public void jumpTo(Finding f) {
        notice(f.message(texts.locale()));
        jumpToField(f.path());
    }

    /** Shows the part of the form that holds a field (or table cell) and puts the cursor in it. */
    public void jumpToField(String path) {
        if (vm == null) {
            return;
        }
        SectionDef s = vm.template().sectionOf(path);
        if (s != null && s != nav.getSelectionModel().getSelectedItem()) {
            nav.getSelectionModel().select(s);
        } else if (s != null) {
            showSection(s);
        }
        Control c = ctx.controlFor(path);
        if (c == null) {
            Node add = root.getScene() == null ? null : root.getScene().lookup("#" + path.replaceAll("[^A-Za-z0-9_]", "_") + "_add");
            if (add instanceof Control ac) {
                c = ac;
            }
        }
        if (c != null) {
            Control target = c;
            editorScroll.applyCss();
            editorScroll.layout();
            ensureVisible(target);
            target.requestFocus();
        }
    }

    /** F8: the finding after the selected one (wrapping around), shown and focused. */
    public void nextFinding() {
        if (vm == null || vm.findings().isEmpty()) {
            notice(texts.msg("findings.none"));
            return;
        }
        int i = findingsList.getSelectionModel().getSelectedIndex();
        int next = (i + 1) % vm.findings().size();
        findingsList.getSelectionModel().select(next);
        findingsList.scrollTo(next);
        jumpTo(vm.findings().get(next));
    }

    private void ensureVisible(Node n) {
        Node content = editorScroll.getContent();
        if (content == null) {
            return;
        }
        Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        double h = content.getBoundsInLocal().getHeight();
        double vh = editorScroll.getViewportBounds().getHeight();
        if (h > vh && b != null) {
            double y = Math.max(0, b.getMinY() - 40);
            editorScroll.setVvalue(Math.min(1, y / (h - vh)));
        }
    }

    // ---- output ----------------------------------------------------------------------------------

    public void export() {
        new ExportDialog(stage, texts, services.exporter(), services.prompter(), vm, this::notice, this::jumpToField).show();
    }

    public void preview() {
        PreviewWindow.show(stage, texts, services.exporter(), vm);
    }

    public void print() {
        PreviewWindow.printDirect(stage, texts, services.exporter(), vm);
    }

    // ---- cells -----------------------------------------------------------------------------------

    private final class SectionCell extends ListCell<SectionDef> {
        private final Region dot = new Region();
        private final Label text = new Label();
        private final HBox box = new HBox(8, dot, text);

        SectionCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            dot.getStyleClass().add("status-dot");
            dot.setMinSize(10, 10);
            dot.setMaxSize(10, 10);
        }

        @Override
        protected void updateItem(SectionDef s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            SectionStatus st = vm.status(s.id()).get();
            dot.getStyleClass().removeAll("status-complete", "status-warnings", "status-errors");
            dot.getStyleClass().add(switch (st) {
                case COMPLETE -> "status-complete";
                case WARNINGS -> "status-warnings";
                case ERRORS -> "status-errors";
            });
            text.setText(s.displayName());
            setText(null);
            setGraphic(box);
            setAccessibleText(s.displayName() + " " + statusText(st));
            setTooltip(new javafx.scene.control.Tooltip(statusText(st)));
        }
    }

    private String statusText(SectionStatus st) {
        return switch (st) {
            case COMPLETE -> texts.msg("status.complete");
            case WARNINGS -> texts.msg("status.warnings");
            case ERRORS -> texts.msg("status.errors");
        };
    }

    private final class FindingCell extends ListCell<Finding> {
        private final Label badge = new Label();
        private final Label tag = new Label();
        private final Label message = new Label();
        private final Button acknowledge = new Button();
        private final HBox box = new HBox(6);

        FindingCell() {
            tag.getStyleClass().add("badge-acknowledged");
            for (Region r : List.of(badge, tag, acknowledge)) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
            message.getStyleClass().add("finding-text");
            message.setMaxWidth(Double.MAX_VALUE);
            message.setMinWidth(0);
            HBox.setHgrow(message, Priority.ALWAYS);
            acknowledge.getStyleClass().add("acknowledge-button");
            acknowledge.setId("acknowledgeButton");
            acknowledge.setFocusTraversable(false);
            acknowledge.setOnAction(e -> toggleAcknowledged(getItem()));
            acknowledge.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
            box.setAlignment(Pos.CENTER_LEFT);
            // the row takes the width of the list (the message is shortened with …), so the button stays in view
            setPrefWidth(0);
            selectedProperty().addListener((o, a, b) -> showButton());
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            getStyleClass().removeAll("finding-cell-error", "finding-cell-warning", "finding-cell-acknowledged");
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                setContextMenu(null);
                setAccessibleText(null);
                return;
            }
            boolean acknowledged = vm.isAcknowledged(f);
            SectionDef s = vm.template().sectionOf(f.path());
            String where = s == null ? "" : "［" + s.displayName() + "］ ";
            message.setText(where + f.message(texts.locale()));
            message.setTooltip(new javafx.scene.control.Tooltip(message.getText()));
            badge.setText(f.isError() ? texts.msg("severity.error") : texts.msg("severity.warning"));
            badge.getStyleClass().setAll("label", f.isError() ? "badge-error" : "badge-warning");
            tag.setText(texts.msg("acknowledge.tag"));
            box.getChildren().setAll(badge);
            if (acknowledged) {
                box.getChildren().add(tag);
            }
            box.getChildren().addAll(message, acknowledge);
            setGraphic(box);
            getStyleClass().add(f.isError() ? "finding-cell-error" : acknowledged ? "finding-cell-acknowledged" : "finding-cell-warning");
            setAccessibleText(badge.getText() + (acknowledged ? " " + tag.getText() : "") + " " + message.getText());
            if (f.isError()) {
                setContextMenu(null);
            } else {
                MenuItem m = new MenuItem(texts.msg(acknowledged ? "menu.unacknowledge" : "menu.acknowledge"));
                m.setId("acknowledgeContextItem");
                m.setOnAction(e -> toggleAcknowledged(f));
                setContextMenu(new ContextMenu(m));
            }
            acknowledge.setText(texts.msg(acknowledged ? "acknowledge.buttonUndo" : "acknowledge.button"));
            showButton();
        }

        /** The small button is offered on the selected warning only; errors never get it. */
        private void showButton() {
            Finding f = getItem();
            boolean show = isSelected() && f != null && !isEmpty() && !f.isError();
            acknowledge.setVisible(show);
            acknowledge.setManaged(show);
        }
    }

    /** For tests: binds nothing, just exposes the findings list view. */
    ListView<Finding> findingsView() {
        return findingsList;
    }

}
