package cn.shenbao.app.ui.model;

import cn.shenbao.forms.draft.Computed;
import cn.shenbao.forms.draft.Conditions;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.draft.ValueException;
import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.LiveCheck;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The view-model of one open draft: a text property per field path (multiple choices as
 * {@code a|b}), table models, live computed sums, the findings of the rule engine (recomputed after
 * every change, errors first, acknowledged warnings last), a status per part of the form (acknowledged
 * warnings do not count), the dirty flag, the file, and undo/redo
 * across all fields. It holds no JavaFX nodes; views bind to its properties.
 *
 * <p>All methods must be called on the JavaFX application thread (or one thread in tests).
 */
public final class DraftViewModel {
    private static final long MERGE_MILLIS = 1500;

    private final TemplateDef template;
    private final Draft draft;
    private final LiveCheck live;
    private final Map<String, StringProperty> values = new HashMap<>();
    private final Map<String, TableModel> tables = new HashMap<>();
    private final Map<List<String>, StringProperty> sums = new LinkedHashMap<>();
    /** Live values of COMPUTED fields, by path (computed by {@link Computed}, whatever their operation). */
    private final Map<String, StringProperty> computedValues = new LinkedHashMap<>();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final Map<String, ReadOnlyObjectWrapper<SectionStatus>> status = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final IntegerProperty structuralEdits = new SimpleIntegerProperty();
    private final IntegerProperty acknowledgements = new SimpleIntegerProperty();
    /** Whether a conditional field ({@code when}) is shown, by path; sections as {@code §id}. */
    private final Map<String, javafx.beans.property.ReadOnlyBooleanWrapper> shownByPath = new HashMap<>();
    /** Paths the user has edited or left (their missing values are shown as errors). */
    private final java.util.Set<String> touched = new java.util.HashSet<>();
    private final ReadOnlyBooleanWrapper checkedAll = new ReadOnlyBooleanWrapper();
    private final Map<String, ReadOnlyIntegerWrapper> pending = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper pendingTotal = new ReadOnlyIntegerWrapper();
    private List<Finding> all = List.of();
    private final UndoStack undo = new UndoStack();
    private int applying;
    private int batch;
    private boolean checkPending;

    public DraftViewModel(TemplateDef template, Draft draft, Path file) {
        if (!template.id().equals(draft.templateId())) {
            throw new IllegalArgumentException("draft of " + draft.templateId() + " opened with template " + template.id());
        }
        this.template = template;
        this.draft = draft;
        this.file.set(file);
        for (SectionDef s : template.sections()) {
            status.put(s.id(), new ReadOnlyObjectWrapper<>(SectionStatus.COMPLETE));
            pending.put(s.id(), new ReadOnlyIntegerWrapper());
        }
        this.live = new LiveCheck(template, draft);
        publish(live.findings());
    }

    public TemplateDef template() {
        return template;
    }

    /** The live draft (do not change it directly; use the properties). */
    public Draft draft() {
        return draft;
    }

    // ---- values ----------------------------------------------------------------------------------

    /** The field definition of a path, including the free text {@code x.other} of a choice. */
    public FieldDef fieldOf(String path) {
        FieldDef f = template.field(path);
        if (f == null && path.endsWith(".other")) {
            FieldDef base = template.field(path.substring(0, path.length() - ".other".length()));
            if (base != null && base.otherOption() != null) {
                return new FieldDef("other", base.otherOption(), FieldType.TEXT, false, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null);
            }
        }
        return f;
    }

    /**
     * Whether the field at {@code path} is shown now: false while a condition ({@code when}) of the field, a group
     * above it or its part is false (T8: the fields of the other kind). Updated with the checks after every
     * change, so switching the kind shows and hides fields at once. A hidden field keeps its value in the draft;
     * it is neither checked nor printed ({@link Conditions}).
     */
    public ReadOnlyBooleanProperty shownProperty(String path) {
        return shownByPath.computeIfAbsent(path, k -> new javafx.beans.property.ReadOnlyBooleanWrapper(isShownNow(k)))
                .getReadOnlyProperty();
    }

    /** Whether the part (section) is shown now: false while its condition ({@code when}) is false. */
    public ReadOnlyBooleanProperty sectionShownProperty(String sectionId) {
        return shownProperty("§" + sectionId);
    }

    private boolean isShownNow(String key) {
        if (key.startsWith("§")) {
            SectionDef s = template.section(key.substring(1));
            return s == null || Conditions.shown(template, s, draft);
        }
        return Conditions.shown(template, draft, key);
    }

    /**
     * The paths of values kept in fields that are hidden now (entered under the other kind): they are not printed,
     * the export dialog says so before writing.
     */
    public java.util.Set<String> hiddenValues() {
        return Conditions.hiddenValues(template, draft);
    }

    /** The text property of a field or table cell ({@code members[2].name}); a multiple choice reads {@code a|b}. */
    public StringProperty value(String path) {
        FieldPath p = FieldPath.parse(path);
        if (p.isCell()) {
            TableModel t = table(p.table());
            if (p.row() >= t.rows().size()) {
                throw new IllegalArgumentException("no row " + p.row() + " in " + p.table());
            }
            return t.rows().get(p.row()).cell(p.column());
        }
        return values.computeIfAbsent(path, k -> {
            StringProperty prop = new SimpleStringProperty(draft.text(k));
            prop.addListener((obs, o, n) -> valueChanged(k, o, n));
            return prop;
        });
    }

    /** The chosen options of a multiple choice. */
    public List<String> choices(String path) {
        String v = value(path).get();
        return v == null || v.isEmpty() ? List.of() : Arrays.asList(v.split("\\|"));
    }

    /** Ticks or unticks one option of a multiple choice. */
    public void setChoice(String path, String option, boolean chosen) {
        List<String> now = new ArrayList<>(choices(path));
        if (chosen && !now.contains(option)) {
            FieldDef f = fieldOf(path);
            now.add(option);
            if (f != null) {
                now.sort((a, b) -> Integer.compare(f.options().indexOf(a), f.options().indexOf(b)));
            }
        } else if (!chosen) {
            now.remove(option);
        } else {
            return;
        }
        value(path).set(String.join("|", now));
    }

    private void valueChanged(String path, String old, String now) {
        FieldDef f = fieldOf(path);
        if (f != null && f.type() == FieldType.MULTI_CHOICE) {
            draft.setChoices(path, now == null || now.isEmpty() ? List.of() : Arrays.asList(now.split("\\|")));
        } else {
            draft.set(path, now);
        }
        if (applying == 0) {
            undo.push(new ValueEdit(path, old, now));
        }
        touched.add(path);
        changed(path);
    }

    void cellChanged(TableModel t, RowModel r, String column, String old, String now) {
        int i = t.indexOf(r);
        if (i < 0) {
            return;
        }
        String path = FieldPath.cell(t.id(), i, column);
        draft.set(path, now);
        if (applying == 0) {
            undo.push(new ValueEdit(path, old, now));
        }
        touched.add(path);
        changed(path);
    }

    /**
     * Brings typed text into the canonical form of its field (half-width digits, upper-case 统一社会信用代码,
     * plain amounts) when it parses; text that does not parse stays as typed and the check reports it.
     */
    public void normalize(String path) {
        FieldDef f = fieldOf(path);
        if (f != null && (f.type() == FieldType.TEXT || f.type() == FieldType.LONG_TEXT)) {
            // the character policy of set (CharPolicy): zero-width characters go, a lone CR becomes a line break;
            // control and bidi characters stay as typed and the check marks the field, as validate does
            StringProperty p = value(path);
            String typed = p.get();
            String n = typed == null ? null : cn.shenbao.forms.text.CharPolicy.normaliseTyped(typed);
            if (n != null && !n.equals(typed)) {
                p.set(n);
            }
            return;
        }
        if (f == null || !f.type().isLeaf() || f.type() == FieldType.MULTI_CHOICE) {
            return;
        }
        StringProperty p = value(path);
        try {
            String canonical = Values.parse(f, p.get());
            if (!canonical.equals(p.get() == null ? "" : p.get())) {
                p.set(canonical);
            }
        } catch (ValueException e) {
            // left as typed: the finding tells the user what is wrong
        }
    }

    // ---- tables ----------------------------------------------------------------------------------

    /** The tree view-model of a table with {@code groups} (T5's 绩效指标), over its {@link #table(String)}. */
    public GroupedTableModel grouped(String tableId) {
        return grouped.computeIfAbsent(tableId, id -> new GroupedTableModel(this, table(id)));
    }

    private final Map<String, GroupedTableModel> grouped = new LinkedHashMap<>();

    public TableModel table(String tableId) {
        return tables.computeIfAbsent(tableId, id -> {
            FieldDef f = template.field(id);
            if (f == null || f.type() != FieldType.TABLE) {
                throw new IllegalArgumentException("not a table: " + id);
            }
            return new TableModel(this, id, f);
        });
    }

    void structural(String tableId, Consumer<Draft> op) {
        List<Map<String, String>> before = copyRows(tableId);
        op.accept(draft);
        List<Map<String, String>> after = copyRows(tableId);
        table(tableId).reload();
        touched.add(tableId);
        undo.push(new TablesEdit(Map.of(tableId, before), Map.of(tableId, after)));
        undo.seal();
        changed(true);
    }

    /**
     * Changes the rows of several tables at once — the team taken from the roster, its update after the roster
     * changed — as one step to undo.
     */
    public void editTables(List<String> tableIds, Consumer<Draft> op) {
        Map<String, List<Map<String, String>>> before = new LinkedHashMap<>();
        for (String id : tableIds) {
            before.put(id, copyRows(id));
        }
        op.accept(draft);
        Map<String, List<Map<String, String>>> after = new LinkedHashMap<>();
        batch(() -> {
            for (String id : tableIds) {
                after.put(id, copyRows(id));
                table(id).reload();
                touched.add(id);
            }
        });
        undo.push(new TablesEdit(before, after));
        undo.seal();
        changed(true);
    }

    private final class TablesEdit implements UndoStack.Edit {
        private final Map<String, List<Map<String, String>>> before;
        private final Map<String, List<Map<String, String>>> after;

        TablesEdit(Map<String, List<Map<String, String>>> before, Map<String, List<Map<String, String>>> after) {
            this.before = before;
            this.after = after;
        }

        @Override
        public void undo() {
            restore(before);
        }

        @Override
        public void redo() {
            restore(after);
        }

        private void restore(Map<String, List<Map<String, String>>> rows) {
            batch(() -> {
                for (Map.Entry<String, List<Map<String, String>>> e : rows.entrySet()) {
                    draft.setRows(e.getKey(), e.getValue());
                    table(e.getKey()).reload();
                }
            });
            changed(true);
        }
    }

    private List<Map<String, String>> copyRows(String tableId) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> r : draft.rows(tableId)) {
            out.add(new LinkedHashMap<>(r));
        }
        return out;
    }

    // ---- sums ------------------------------------------------------------------------------------

    /** The sum of the numbers at some paths ({@code t[].c} = every row's cell), as plain text ({@link Computed#sum}). */
    public String sumOf(List<String> paths) {
        return Computed.sum(draft, paths);
    }

    /** A live sum of some paths (for example the budget identity shown under the expense table). */
    public ReadOnlyStringProperty liveSum(List<String> paths) {
        return sums.computeIfAbsent(List.copyOf(paths), k -> new SimpleStringProperty(sumOf(k)));
    }

    /** The live value of a COMPUTED field of the definition. */
    public ReadOnlyStringProperty computed(String path) {
        FieldDef f = template.field(path);
        if (f == null || f.type() != FieldType.COMPUTED || f.compute() == null) {
            throw new IllegalArgumentException("not a computed field: " + path);
        }
        return computedValues.computeIfAbsent(path, k -> new SimpleStringProperty(Computed.value(template, draft, k)));
    }

    // ---- findings --------------------------------------------------------------------------------

    public ObservableList<Finding> findings() {
        return findings;
    }

    /**
     * Whether a finding is a warning the user has acknowledged ("确认无误"). Acknowledged warnings stay
     * in {@link #findings()}, after the open ones, but no longer count for the status of their part.
     */
    public boolean isAcknowledged(Finding f) {
        return f != null && !f.isError() && draft.acknowledged().contains(f.id());
    }

    /** Whether the user may acknowledge a finding now: only an open warning; an error never. */
    public boolean canAcknowledge(Finding f) {
        return f != null && !f.isError() && !isAcknowledged(f);
    }

    /**
     * Acknowledges a warning: it is kept in the draft (by its {@code rule|path} id), the draft becomes
     * dirty, and the step can be undone. Errors cannot be acknowledged.
     *
     * @return false when there was nothing to do (already acknowledged)
     * @throws IllegalArgumentException for an error
     */
    public boolean acknowledge(Finding f) {
        if (f.isError()) {
            throw new IllegalArgumentException("an error cannot be acknowledged: " + f.id());
        }
        if (isAcknowledged(f)) {
            return false;
        }
        setAcknowledged(f.id(), true, true);
        return true;
    }

    /** Takes an acknowledgement back: the warning is open again. Undoable like any edit. */
    public boolean unacknowledge(Finding f) {
        if (!draft.acknowledged().contains(f.id())) {
            return false;
        }
        setAcknowledged(f.id(), false, true);
        return true;
    }

    private void setAcknowledged(String id, boolean on, boolean record) {
        if (on) {
            draft.acknowledge(id);
        } else {
            draft.unacknowledge(id);
        }
        if (record) {
            undo.push(new AcknowledgeEdit(id, on));
            undo.seal();
        }
        dirty.set(true);
        publish(live.findings()); // the findings are the same; their order and the status change
        // the list shows the acknowledgement: tell its listeners that this finding changed, wherever it stands now
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).id().equals(id)) {
                findings.set(i, findings.get(i));
            }
        }
        acknowledgements.set(acknowledgements.get() + 1);
    }

    /** Counts changes of acknowledgements (the decorations listen to it: an acknowledged warning marks no field). */
    public ReadOnlyIntegerProperty acknowledgementsProperty() {
        return acknowledgements;
    }

    /** The open findings listed (errors and warnings not acknowledged). */
    public List<Finding> openFindings() {
        return findings.stream().filter(f -> !isAcknowledged(f)).toList();
    }

    /** The findings at exactly this path. */
    public List<Finding> findingsAt(String path) {
        return findings.stream().filter(f -> f.path().equals(path)).toList();
    }

    public ReadOnlyObjectProperty<SectionStatus> status(String sectionId) {
        ReadOnlyObjectWrapper<SectionStatus> w = status.get(sectionId);
        if (w == null) {
            throw new IllegalArgumentException("no section " + sectionId);
        }
        return w.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
    }

    public boolean hasErrors() {
        return hasErrors.get();
    }

    /** Runs the checks again now, on the whole draft (normally done after every change). */
    public void recheck() {
        if (batch > 0) {
            checkPending = true;
            return;
        }
        publish(live.checkAll());
    }

    /**
     * Shows a new result of the checks. The findings list is not rebuilt: only the findings that came
     * or went are removed or inserted, so that the list, the decorations and the status of the parts
     * see small changes (nothing at all when a keystroke changes no finding).
     */
    private void publish(List<Finding> list) {
        all = list;
        List<Finding> ordered = new ArrayList<>(list.size());
        Map<String, Integer> pendingBySection = new HashMap<>();
        List<Finding> shown = new ArrayList<>(list.size());
        for (Finding f : list) {
            if (isPending(f)) {
                SectionDef s = template.sectionOf(f.path());
                if (s != null) {
                    pendingBySection.merge(s.id(), 1, Integer::sum);
                }
            } else {
                shown.add(f);
            }
        }
        for (Finding f : shown) {
            if (!isAcknowledged(f)) {
                ordered.add(f);
            }
        }
        for (Finding f : shown) {
            if (isAcknowledged(f)) {
                ordered.add(f);
            }
        }
        applyDiff(findings, ordered);
        Map<String, SectionStatus> st = new HashMap<>();
        for (Finding f : shown) {
            SectionDef s = template.sectionOf(f.path());
            if (s == null || isAcknowledged(f)) {
                continue;
            }
            SectionStatus now = f.severity() == Severity.ERROR ? SectionStatus.ERRORS : SectionStatus.WARNINGS;
            st.merge(s.id(), now, (a, b) -> a == SectionStatus.ERRORS || b == SectionStatus.ERRORS ? SectionStatus.ERRORS : SectionStatus.WARNINGS);
        }
        pending.forEach((id, w) -> w.set(pendingBySection.getOrDefault(id, 0)));
        pendingTotal.set(pendingBySection.values().stream().mapToInt(Integer::intValue).sum());
        status.forEach((id, w) -> w.set(st.getOrDefault(id,
                pendingBySection.getOrDefault(id, 0) > 0 ? SectionStatus.PENDING : SectionStatus.COMPLETE)));
        hasErrors.set(RuleEngine.hasErrors(list));
        shownByPath.forEach((key, w) -> w.set(isShownNow(key)));
        sums.forEach((paths, p) -> p.set(sumOf(paths)));
        computedValues.forEach((path, p) -> p.set(Computed.value(template, draft, path)));
        tables.values().forEach(TableModel::refreshSums);
    }

    // ---- fields not filled in yet ----------------------------------------------------------------

    /**
     * Whether a finding only says that a required value (or the rows of a required table) is missing
     * at a place the user has not touched yet, while the whole form was not checked: such findings are
     * counted per part ("待填写 n 项") instead of listed, so that a new draft does not greet the user
     * with a list of errors. {@link #checkAll()} lists them; editing or leaving a field lists its own.
     */
    public boolean isPending(Finding f) {
        return !checkedAll.get() && ("required".equals(f.rule()) || "minRows".equals(f.rule())) && !touched.contains(f.path());
    }

    /**
     * The user left a field (or otherwise dealt with it): a missing required value there is listed
     * and marked from now on.
     */
    public void touch(String path) {
        if (touched.add(path) && !checkedAll.get()) {
            for (Finding f : all) {
                if (f.path().equals(path)) {
                    publish(all);
                    return;
                }
            }
        }
    }

    /** Checks the whole form: every finding is listed, the missing required values too (F8, 检查全部, export). */
    public void checkAll() {
        if (!checkedAll.get()) {
            checkedAll.set(true);
            publish(all);
        }
    }

    /** Whether the whole form was checked (then nothing is held back as "待填写"). */
    public ReadOnlyBooleanProperty checkedAllProperty() {
        return checkedAll.getReadOnlyProperty();
    }

    /** How many required values of a part are still to be filled in and not listed yet. */
    public ReadOnlyIntegerProperty pendingCount(String sectionId) {
        ReadOnlyIntegerWrapper w = pending.get(sectionId);
        if (w == null) {
            throw new IllegalArgumentException("no section " + sectionId);
        }
        return w.getReadOnlyProperty();
    }

    /** How many required values are still to be filled in and not listed yet, in the whole form. */
    public ReadOnlyIntegerProperty pendingTotalProperty() {
        return pendingTotal.getReadOnlyProperty();
    }

    /** Every finding of the check, the ones held back as "待填写" included (errors first, form order). */
    public List<Finding> allFindings() {
        return all;
    }

    /**
     * Turns {@code target} into {@code wanted} with as few list changes as the common case needs: the
     * equal beginning and end stay, only the differing middle is replaced.
     */
    static <T> void applyDiff(ObservableList<T> target, List<T> wanted) {
        int n = target.size();
        int m = wanted.size();
        int start = 0;
        while (start < n && start < m && target.get(start).equals(wanted.get(start))) {
            start++;
        }
        int end = 0;
        while (end < n - start && end < m - start && target.get(n - 1 - end).equals(wanted.get(m - 1 - end))) {
            end++;
        }
        int oldTo = n - end;
        int newTo = m - end;
        if (start == oldTo && start == newTo) {
            return;
        }
        if (oldTo - start == newTo - start) {
            for (int i = start; i < oldTo; i++) {
                if (!target.get(i).equals(wanted.get(i))) {
                    target.set(i, wanted.get(i));
                }
            }
            return;
        }
        if (oldTo > start) {
            target.remove(start, oldTo);
        }
        if (newTo > start) {
            target.addAll(start, wanted.subList(start, newTo));
        }
    }

    /** Groups many changes into one check (loading, undo of a table edit). */
    public void batch(Runnable r) {
        batch++;
        try {
            r.run();
        } finally {
            batch--;
            if (batch == 0 && checkPending) {
                checkPending = false;
                recheck();
            }
        }
    }

    /** After a structural change: everything is checked again. */
    private void changed(boolean structure) {
        dirty.set(true);
        if (structure) {
            structuralEdits.set(structuralEdits.get() + 1);
        }
        recheck();
    }

    /** After the value at one path changed: only what depends on it is checked again. */
    private void changed(String path) {
        dirty.set(true);
        if (batch > 0) {
            checkPending = true;
            return;
        }
        publish(live.changed(path));
    }

    // ---- file state, undo ------------------------------------------------------------------------

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path file() {
        return file.get();
    }

    /** Counts structural edits (rows added, removed, moved, pasted): the autosave listens to it. */
    public ReadOnlyIntegerProperty structuralEditsProperty() {
        return structuralEdits;
    }

    /** After a successful save. */
    public void markSaved(Path savedTo) {
        file.set(savedTo);
        dirty.set(false);
        undo.markSavePoint();
    }

    /** Marks the draft as changed (for example after it was recovered from the autosave). */
    public void markDirty() {
        dirty.set(true);
        undo.forgetSavePoint();
    }

    public UndoStack undoStack() {
        return undo;
    }

    /** Undoes one step; back at the state last saved or opened, the draft is clean again. */
    public boolean undo() {
        boolean done = undo.undo();
        if (done && undo.atSavePoint()) {
            dirty.set(false);
        }
        return done;
    }

    /** Redoes one step; back at the state last saved or opened, the draft is clean again. */
    public boolean redo() {
        boolean done = undo.redo();
        if (done && undo.atSavePoint()) {
            dirty.set(false);
        }
        return done;
    }

    /** Ends the current undo step (the editors call it when the focus leaves a field). */
    public void sealUndo() {
        undo.seal();
    }

    private void applyValue(String path, String text) {
        applying++;
        try {
            value(path).set(text == null ? "" : text);
        } finally {
            applying--;
        }
    }

    private final class ValueEdit implements UndoStack.Edit {
        private final String path;
        private final String old;
        private String now;
        private long at = System.currentTimeMillis();

        ValueEdit(String path, String old, String now) {
            this.path = path;
            this.old = old;
            this.now = now;
        }

        @Override
        public void undo() {
            applyValue(path, old);
        }

        @Override
        public void redo() {
            applyValue(path, now);
        }

        @Override
        public boolean absorb(UndoStack.Edit next) {
            if (next instanceof ValueEdit v && v.path.equals(path) && v.at - at < MERGE_MILLIS) {
                now = v.now;
                at = v.at;
                return true;
            }
            return false;
        }
    }

    private final class AcknowledgeEdit implements UndoStack.Edit {
        private final String id;
        private final boolean on;

        AcknowledgeEdit(String id, boolean on) {
            this.id = id;
            this.on = on;
        }

        @Override
        public void undo() {
            setAcknowledged(id, !on, false);
        }

        @Override
        public void redo() {
            setAcknowledged(id, on, false);
        }
    }
}
