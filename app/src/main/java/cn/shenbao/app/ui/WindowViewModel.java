package cn.shenbao.app.ui;

import cn.shenbao.app.ui.export.DocumentExporter;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.RecentFiles;
import cn.shenbao.app.ui.model.RecoveryStore;
import cn.shenbao.app.ui.model.UserSettings;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.NewDrafts;
import cn.shenbao.forms.draft.DraftFileException;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.draft.NewDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The view-model of a main window, without any Node: which draft is open, its file (new, open, save,
 * save as, asking about unsaved changes), autosave and crash recovery, the language of the interface,
 * the title and the texts of the status bar. {@link MainWindow} and its panes only show this state.
 * A workspace of several drafts would hold several {@link DraftViewModel}s here; today it is one.
 */
public final class WindowViewModel {
    /** How the window reaches the world outside: dialogs, files, the exporter. */
    public record Services(UiTexts texts, Prompter prompter, RecoveryStore recovery, RecentFiles recent,
                           DocumentExporter exporter, TemplateRegistry templates, UserSettings settings) {}

    /** Seconds after the last edit until unsaved work is copied to the recovery folder. */
    static final double AUTOSAVE_DELAY = Double.parseDouble(System.getProperty("shenbao.autosave.seconds", "3"));
    /** While the user types without a pause, the copy is still written at least this often. */
    static final double AUTOSAVE_MAX_WAIT = 30;

    private final Services services;
    private final ReadOnlyObjectWrapper<UiTexts> texts;
    private final ReadOnlyObjectWrapper<DraftViewModel> document = new ReadOnlyObjectWrapper<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty autosaveStatus = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileStatus = new ReadOnlyStringWrapper("");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "shenbao-autosave");
        t.setDaemon(true);
        return t;
    });
    private final PauseTransition autosaveDelay = new PauseTransition(Duration.seconds(AUTOSAVE_DELAY));
    private final ChangeListener<Object> titleListener = (o, a, b) -> updateTitle();
    private final ChangeListener<Number> editListener = (o, a, b) -> edited();
    private final ChangeListener<Boolean> dirtyListener = (o, a, b) -> dirtyChanged();
    private final ChangeListener<Number> structuralListener = (o, a, b) -> autosave();
    private long pendingSince;
    private boolean closed;
    /** The notice that reports the last save or open: it is taken away once the draft changes again. */
    private String fileNotice;
    private RecoveryStore.Session session;

    public WindowViewModel(Services services) {
        this.services = services;
        this.texts = new ReadOnlyObjectWrapper<>(services.texts());
        autosaveDelay.setOnFinished(e -> autosave());
        refreshRecent();
    }

    public Services services() {
        return services;
    }

    public UiTexts texts() {
        return texts.get();
    }

    public ReadOnlyObjectProperty<UiTexts> textsProperty() {
        return texts.getReadOnlyProperty();
    }

    /** The open draft (null before the first one is shown). */
    public DraftViewModel document() {
        return document.get();
    }

    public ReadOnlyObjectProperty<DraftViewModel> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The message of the status bar: what just happened, or what went wrong. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public void notice(String s) {
        notice.set(s == null ? "" : s);
    }

    /** When the recovery copy was last written (status bar, right). */
    public StringProperty autosaveStatusProperty() {
        return autosaveStatus;
    }

    /** The window title: {@code *name — form title — 申报}. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The file of the draft as the status bar shows it, with a word when it has unsaved changes. */
    public ReadOnlyStringProperty fileStatusProperty() {
        return fileStatus.getReadOnlyProperty();
    }

    /** The recently used files, newest first (文件 › 最近打开). */
    public ObservableList<Path> recent() {
        return recent;
    }

    // ---- documents -------------------------------------------------------------------------------

    /** Shows a draft in the window (replacing the current one, which the caller has dealt with). */
    public void show(DraftViewModel model) {
        if (session != null) {
            session.close();
            session = null;
        }
        autosaveDelay.stop();
        DraftViewModel old = document.get();
        if (old != null) {
            old.dirtyProperty().removeListener(titleListener);
            old.dirtyProperty().removeListener(dirtyListener);
            old.fileProperty().removeListener(titleListener);
            old.structuralEditsProperty().removeListener(structuralListener);
            old.undoStack().changesProperty().removeListener(editListener);
        }
        fileNotice = null;
        model.dirtyProperty().addListener(titleListener);
        model.dirtyProperty().addListener(dirtyListener);
        model.fileProperty().addListener(titleListener);
        model.structuralEditsProperty().addListener(structuralListener);
        model.undoStack().changesProperty().addListener(editListener);
        document.set(model);
        updateTitle();
    }

    /** 文件 › 新建: asks about unsaved changes, lets the user choose a form and starts a blank draft of it. */
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
        show(new DraftViewModel(t, NewDrafts.of(t), null));
    }

    /**
     * 工具 › 从绩效目标表汇总…: on a T6 拟支持项目建议表, asks for T5 drafts or a folder, compares them with the rows
     * ({@link cn.shenbao.forms.gather.Gathering}, the same as the command line's {@code gather}) and, when the user
     * confirms the comparison, writes the new rows and the chosen changes as one undoable edit.
     */
    public void gatherFromPerformanceTables() {
        DraftViewModel vm = document.get();
        if (vm == null || !cn.shenbao.forms.gather.Gathering.TARGET_TEMPLATE.equals(vm.template().id())) {
            services.prompter().error(texts().msg("gather.title"), texts().msg("gather.notSummary"));
            return;
        }
        Path folder = vm.file() != null ? vm.file().toAbsolutePath().getParent() : null;
        List<Path> sources = services.prompter().chooseGatherSources(folder);
        if (sources.isEmpty()) {
            return;
        }
        cn.shenbao.app.ui.model.GatherReview review = new cn.shenbao.app.ui.model.GatherReview(vm,
                new cn.shenbao.forms.gather.Gathering(services.templates()).plan(vm.draft(), vm.file(), sources));
        if (services.prompter().reviewGather(review) && review.changesAnything()) {
            int added = review.newRows().size();
            long taken = review.takenCount();
            review.apply();
            notice(texts().msg("gather.done", added, taken));
        }
    }

    /** 文件 › 打开: asks about unsaved changes, then for a file. */
    public void openChosen() {
        if (!confirmDiscard()) {
            return;
        }
        DraftViewModel vm = document.get();
        Path folder = vm != null && vm.file() != null ? vm.file().toAbsolutePath().getParent() : null;
        services.prompter().chooseOpen(folder).ifPresent(this::open);
    }

    /**
     * Opens a draft file. A file that cannot be read (broken, foreign, newer) is reported and nothing
     * changes: the current draft stays open and the file is not touched. When the copy of the previous
     * version ({@code <name>.bak}) lies beside it, the message says so. The caller has asked about
     * unsaved changes already.
     */
    public boolean open(Path file) {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".docx")) {
            return openDocx(file);
        }
        Draft d;
        try {
            d = new DraftFiles(services.templates()).load(file);
        } catch (DraftFileException e) {
            String message = e.message(texts().locale());
            Path bak = cn.shenbao.forms.io.AtomicWriter.backupOf(file);
            if (Files.isRegularFile(bak)) {
                message = message + "\n\n" + texts().msg("open.bakHint", bak.getFileName(), bak.toAbsolutePath().getParent());
            }
            services.prompter().error(texts().msg("open.failed"), message);
            return false;
        }
        TemplateDef t = services.templates().get(d.templateId());
        DraftViewModel opened = new DraftViewModel(t, d, file.toAbsolutePath());
        show(opened);
        offerRosterUpdate(opened);
        services.recent().add(file);
        refreshRecent();
        fileNotice = texts().msg("open.done", file.getFileName());
        notice(fileNotice);
        return true;
    }

    /**
     * Opens a DOCX exported by this program and returned (issue 14, docs/handoff.md): its values are compared
     * with the open draft when it is of the same form (else with the draft the DOCX carries), the user takes or
     * leaves each change in the comparison, and the result opens as an unsaved draft: nothing is written until
     * the user saves (the previous file then becomes the .bak). A DOCX that is not ours or is mangled is reported
     * and nothing changes.
     */
    public boolean openDocx(Path file) {
        DraftViewModel vm = document.get();
        java.util.Locale locale = texts().locale();
        cn.shenbao.forms.handoff.Comparison.Result r;
        Draft target;
        try {
            cn.shenbao.forms.handoff.DocxReader.Content content = cn.shenbao.forms.handoff.DocxReader.read(file, locale);
            String form = content.attributes().get("template");
            target = vm != null && vm.template().id().equals(form) ? vm.draft() : null;
            r = cn.shenbao.forms.handoff.Comparison.compare(services.templates(), file, content, target, locale);
        } catch (cn.shenbao.forms.handoff.DocxReader.ReadException e) {
            services.prompter().error(texts().msg("open.failed"), e.getMessage());
            return false;
        }
        Optional<List<cn.shenbao.forms.handoff.Comparison.Change>> taken =
                services.prompter().compareDocx(String.valueOf(file.getFileName()), r,
                        services.templates().find(r.templateId()).orElse(null));
        if (taken.isEmpty()) {
            notice(texts().msg("compare.cancelled", file.getFileName()));
            return false;
        }
        TemplateDef t = services.templates().get(r.templateId());
        Draft next = (target != null ? target : r.original()).copy();
        try {
            cn.shenbao.forms.handoff.Comparison.apply(t, next, taken.get());
        } catch (cn.shenbao.forms.draft.ValueException e) {
            services.prompter().error(texts().msg("open.failed"), e.message(locale));
            return false;
        }
        show(new DraftViewModel(t, next, target != null ? vm.file() : null));
        document.get().markDirty();
        fileNotice = texts().msg("compare.done", taken.get().size(), file.getFileName());
        notice(fileNotice);
        updateTitle();
        return true;
    }

    /**
     * When the draft's team was taken from the roster the user works with and an entry changed since (a new
     * mobile), asks whether to bring the draft up to date; yes changes the draft (one step to undo, not saved).
     */
    public void offerRosterUpdate(DraftViewModel vm) {
        java.util.Optional<Path> roster = services.settings().roster();
        if (roster.isEmpty()) {
            return;
        }
        java.util.List<cn.shenbao.forms.roster.Team.PersonChange> changes =
                cn.shenbao.app.ui.model.RosterModel.changes(vm.template(), vm.draft(), roster.get());
        if (changes.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder(texts().msg("roster.update.text", changes.size(), roster.get().getFileName()));
        for (cn.shenbao.forms.roster.Team.PersonChange p : changes) {
            sb.append('\n').append(texts().msg("roster.update.person", p.name(), p.id(), p.cells().stream()
                    .map(c -> c.before() + " → " + c.after()).distinct().limit(4)
                    .collect(java.util.stream.Collectors.joining("；"))));
        }
        if (services.prompter().updateFromRoster(sb.toString())) {
            cn.shenbao.app.ui.model.RosterModel.update(vm, changes);
            notice(texts().msg("roster.update.done", changes.size()));
        }
    }

    /** Saves to the current file, or asks for one. False when nothing was saved. */
    public boolean save() {
        DraftViewModel vm = document.get();
        if (vm.file() == null) {
            return saveAsChosen();
        }
        return saveAs(vm.file());
    }

    /** 文件 › 另存为: asks for a file and saves to it. */
    public boolean saveAsChosen() {
        DraftViewModel vm = document.get();
        Path folder = vm.file() != null ? vm.file().toAbsolutePath().getParent() : null;
        String name = vm.file() != null ? vm.file().getFileName().toString() : suggestedName();
        Optional<Path> p = services.prompter().chooseSave(folder, name);
        return p.isPresent() && saveAs(p.get());
    }

    private String suggestedName() {
        String n = document.get().draft().text("projectName").replaceAll("[\\\\/:*?\"<>|“”]", "").strip();
        return (n.isEmpty() ? texts().msg("doc.untitled") : n) + DraftFiles.EXTENSION;
    }

    /** Saves to a file (atomically, with a .bak of the previous version). */
    public boolean saveAs(Path file) {
        DraftViewModel vm = document.get();
        try {
            new DraftFiles(services.templates()).save(vm.draft(), file);
        } catch (DraftFileException e) {
            services.prompter().error(texts().msg("save.failed"), e.message(texts().locale()));
            return false;
        }
        vm.markSaved(file.toAbsolutePath());
        autosaveDelay.stop();
        if (session != null) {
            session.close();
            session = null;
        }
        services.recent().add(file);
        refreshRecent();
        fileNotice = texts().msg("save.done", file.getFileName());
        notice(fileNotice);
        updateTitle();
        return true;
    }

    private void refreshRecent() {
        recent.setAll(services.recent().list());
    }

    /** Asks about unsaved changes; true when the current draft may be closed. */
    public boolean confirmDiscard() {
        DraftViewModel vm = document.get();
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
        closed = true;
        autosaveDelay.stop();
        if (session != null) {
            session.close();
            session = null;
        }
        io.shutdown();
        return true;
    }

    public String documentName() {
        DraftViewModel vm = document.get();
        return vm == null || vm.file() == null ? texts().msg("doc.untitled") : vm.file().getFileName().toString();
    }

    private void updateTitle() {
        DraftViewModel vm = document.get();
        if (vm == null) {
            title.set(texts().msg("app.name"));
            fileStatus.set("");
            return;
        }
        title.set((vm.isDirty() ? "*" : "") + documentName() + " — " + vm.template().title() + " — " + texts().msg("app.name"));
        String where = vm.file() == null ? texts().msg("status.unsaved") : vm.file().toString();
        fileStatus.set(vm.isDirty() && vm.file() != null ? texts().msg("status.fileChanged", where) : where);
    }

    private void dirtyChanged() {
        DraftViewModel vm = document.get();
        if (vm != null && vm.isDirty() && fileNotice != null && fileNotice.equals(notice.get())) {
            // "已保存到 …" is no longer true once the draft changed again
            notice("");
            fileNotice = null;
        }
    }

    // ---- undo ------------------------------------------------------------------------------------

    public void undo() {
        DraftViewModel vm = document.get();
        if (vm != null && !vm.undo()) {
            notice(texts().msg("undo.nothing"));
        }
    }

    public void redo() {
        DraftViewModel vm = document.get();
        if (vm != null && !vm.redo()) {
            notice(texts().msg("redo.nothing"));
        }
    }

    // ---- language --------------------------------------------------------------------------------

    /**
     * Switches the interface to a language (Chinese unless English is asked for) and stores the choice
     * in the user's settings for the next start. The window rebuilds its texts when {@link #textsProperty()}
     * changes: menus, the editors of the open draft (its values, findings and undo history stay), the title.
     */
    public void setLanguage(Locale locale) {
        Locale target = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String failure = null;
        try {
            services.settings().setLanguage(target);
        } catch (java.io.IOException | RuntimeException e) {
            failure = e.getMessage();
        }
        if (!target.getLanguage().equals(texts().locale().getLanguage())) {
            UiTexts t = new UiTexts(target);
            services.prompter().languageChanged(t);
            autosaveStatus.set("");
            texts.set(t);
            updateTitle();
        }
        notice(failure == null ? texts().msg("language.changed")
                : texts().msg("language.notStored", services.settings().file(), failure));
    }

    // ---- autosave and recovery -------------------------------------------------------------------

    private void edited() {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        if (autosaveDelay.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            pendingSince = now;
        } else if ((now - pendingSince) / 1e9 >= AUTOSAVE_MAX_WAIT) {
            autosave();
            return;
        }
        autosaveDelay.playFromStart();
    }

    /** Writes the recovery copy now if there are unsaved changes (a pause after edits and structural edits call it). */
    public void autosave() {
        autosaveDelay.stop();
        DraftViewModel vm = document.get();
        if (closed || vm == null || !vm.isDirty()) {
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
                Platform.runLater(() -> autosaveStatus.set(texts().msg("autosave.done", at)));
            } catch (DraftFileException e) {
                Platform.runLater(() -> autosaveStatus.set(e.message(texts().locale())));
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
        closed = true;
        autosaveDelay.stop();
        if (session != null) {
            session.abandon();
            session = null;
        }
    }

    /**
     * Offers the newest copy left in the recovery folder by a session that did not end cleanly.
     * Accepted: the draft opens with its original file name and unsaved changes. Either way the copy
     * is then removed (an accepted draft gets a new one at once).
     */
    public boolean offerRecovery() {
        List<RecoveryStore.Entry> pending = services.recovery().pending();
        if (pending.isEmpty()) {
            return false;
        }
        RecoveryStore.Entry e = pending.get(0);
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneId.systemDefault()).format(e.savedAt());
        String what = e.original() == null ? texts().msg("doc.untitled") : e.original().toString();
        if (!services.prompter().recover(texts().msg("recovery.text", what, when))) {
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
            notice(texts().msg("recovery.done"));
            return true;
        } catch (DraftFileException ex) {
            services.prompter().error(texts().msg("recovery.failed"), ex.message(texts().locale()));
            // a copy that cannot be read would be offered, and fail, at every start
            services.recovery().remove(e);
            return false;
        }
    }
}
