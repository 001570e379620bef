package cn.shenbao.app.ui;

import cn.shenbao.app.ui.editor.EditorContext;
import cn.shenbao.app.ui.editor.EditorFactories;
import cn.shenbao.app.ui.export.ExportDialog;
import cn.shenbao.app.ui.export.PreviewWindow;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.TemplateDef;
import java.nio.file.Path;
import java.util.Locale;
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
        root.setTop(menus.build());
        SplitPane centre = new SplitPane(editors.node(), findings.node());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.72);
        SplitPane main = new SplitPane(nav.node(), centre);
        main.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(nav.node(), false);
        root.setCenter(main);
        root.setBottom(new StatusBar(model).node());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        stage.titleProperty().bind(model.titleProperty());
        model.documentProperty().addListener((o, a, b) -> documentShown(b));
        model.textsProperty().addListener((o, a, b) -> languageChanged());
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
        }
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
        root.setTop(menus.build());
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

    /** Called when the window is about to close: true when it may close (the recovery copy is then removed). */
    public boolean close() {
        return model.close();
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

    void showKeys() {
        model.services().prompter().error(texts().msg("menu.keys"), texts().msg("help.keys"));
    }

    // ---- output ----------------------------------------------------------------------------------

    /** 检查全部: every finding is listed, the required values still missing too. */
    public void checkAll() {
        vm().checkAll();
        model.notice(vm().findings().isEmpty() ? texts().msg("findings.none")
                : texts().msg("findings.checkedAll", vm().findings().stream().filter(Finding::isError).count(),
                        vm().findings().stream().filter(f -> !f.isError() && !vm().isAcknowledged(f)).count()));
    }

    public void export() {
        vm().checkAll(); // exporting checks the whole form: the dialog counts every error
        new ExportDialog(stage, texts(), model.services().exporter(), model.services().prompter(), vm(), model::notice,
                this::jumpToField).show();
    }

    public void preview() {
        PreviewWindow.show(stage, texts(), model.services().exporter(), vm());
    }

    public void print() {
        PreviewWindow.printDirect(stage, texts(), model.services().exporter(), vm());
    }
}
