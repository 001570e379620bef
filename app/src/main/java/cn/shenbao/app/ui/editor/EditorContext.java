package cn.shenbao.app.ui.editor;

import cn.shenbao.app.ui.UiTexts;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.forms.template.FieldDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Binding;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Control;

/**
 * What editors share: the view-model, the texts, the factory map, the registry of controls by field
 * path (used to jump to a field and to place decorations), and a line for notices to the user.
 *
 * <p>Editors attach to the view-model's properties only through {@link #listen}, {@link #bindText} and
 * {@link #bind}, so that {@link #dispose()} detaches every control of the context when its views are
 * discarded (the language switch rebuilds them; a new draft replaces them): old controls then no longer
 * follow the draft nor write into it.
 */
public final class EditorContext {
    /** The key under which each registered control keeps its field path. */
    public static final String PATH_KEY = "shenbao.path";

    private final DraftViewModel vm;
    private final UiTexts texts;
    private final EditorFactories factories;
    private final ObservableMap<String, Control> controls = FXCollections.observableHashMap();
    private final StringProperty notice = new SimpleStringProperty("");
    private final List<Runnable> detach = new ArrayList<>();
    private List<Runnable> target = detach;
    private boolean disposed;

    public EditorContext(DraftViewModel vm, UiTexts texts, EditorFactories factories) {
        this.vm = vm;
        this.texts = texts;
        this.factories = factories;
    }

    /** 从专家库选择成员…: what a team table's button does (set by the window; null hides the button). */
    private Runnable rosterChooser;

    public void setRosterChooser(Runnable r) {
        this.rosterChooser = r;
    }

    public Runnable rosterChooser() {
        return rosterChooser;
    }

    public DraftViewModel vm() {
        return vm;
    }

    public UiTexts texts() {
        return texts;
    }

    public EditorFactories factories() {
        return factories;
    }

    /** The editor of a field, made by the factory of its type. */
    public Node editorFor(FieldDef field, String path) {
        return factories.get(field.type()).create(field, path, this);
    }

    /** Registers the control that edits a path (the first one registered for a path wins). */
    public void register(String path, Control c) {
        c.getProperties().put(PATH_KEY, path);
        c.setId(path.replaceAll("[^A-Za-z0-9_]", "_"));
        controls.putIfAbsent(path, c);
    }

    /** Forgets the controls of a table's cells (its rows are being rebuilt). */
    public void unregisterTable(String tableId) {
        List<String> gone = new ArrayList<>();
        for (String p : controls.keySet()) {
            if (p.startsWith(tableId + "[")) {
                gone.add(p);
            }
        }
        gone.forEach(controls::remove);
    }

    public ObservableMap<String, Control> controls() {
        return controls;
    }

    /**
     * The control to show a finding at: the control of the path itself, else the first control of a
     * field below it ({@code leader} → {@code leader.name}), else the control of its parent
     * ({@code members[2]} → {@code members}).
     */
    public Control controlFor(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        Control c = controls.get(path);
        if (c != null) {
            return c;
        }
        Control best = null;
        String bestPath = null;
        for (Map.Entry<String, Control> e : controls.entrySet()) {
            String p = e.getKey();
            if ((p.startsWith(path + ".") || p.startsWith(path + "[")) && (bestPath == null || order(p) < order(bestPath))) {
                best = e.getValue();
                bestPath = p;
            }
        }
        if (best != null) {
            return best;
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut > 0 ? controlFor(path.substring(0, cut)) : null;
    }

    private int order(String path) {
        List<String> paths = vm.template().paths();
        int i = paths.indexOf(path.replaceAll("\\[\\d+]", "[]"));
        int row = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(path);
        if (m.find()) {
            row = Integer.parseInt(m.group(1));
        }
        return row * 10_000 + (i < 0 ? 9_999 : i);
    }

    /** Adds a listener to a view-model value; removed again by {@link #dispose()}. */
    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        target.add(() -> value.removeListener(listener));
    }

    /** Adds a listener to a view-model list; removed again by {@link #dispose()}. */
    public <T> void listen(ObservableList<T> list, ListChangeListener<? super T> listener) {
        list.addListener(listener);
        target.add(() -> list.removeListener(listener));
    }

    /** Binds a control's text both ways to a view-model value; unbound again by {@link #dispose()}. */
    public void bindText(Property<String> control, Property<String> value) {
        control.bindBidirectional(value);
        target.add(() -> control.unbindBidirectional(value));
    }

    /** Binds a control property to a binding over view-model values; unbound (and the binding disposed) by {@link #dispose()}. */
    public <T> void bind(Property<T> control, Binding<T> binding) {
        control.bind(binding);
        target.add(() -> {
            control.unbind();
            binding.dispose();
        });
    }

    /** Keeps a binding over view-model values that no property is bound to until {@link #dispose()}. */
    public void own(Binding<?> binding) {
        target.add(binding::dispose);
    }

    /**
     * Builds part of a view whose attachments are detached together before it is rebuilt (the rows of
     * a table): everything attached while {@code build} runs is detached by the returned action, or by
     * {@link #dispose()} if that comes first.
     */
    public Runnable scope(Runnable build) {
        List<Runnable> inner = new ArrayList<>();
        List<Runnable> outer = target;
        target = inner;
        try {
            build.run();
        } finally {
            target = outer;
        }
        Runnable release = () -> {
            for (int i = inner.size() - 1; i >= 0; i--) {
                inner.get(i).run();
            }
            inner.clear();
        };
        outer.add(release);
        return release;
    }

    /** Detaches every control made in this context from the view-model; the context is not used again. */
    public void dispose() {
        disposed = true;
        for (int i = detach.size() - 1; i >= 0; i--) {
            detach.get(i).run();
        }
        detach.clear();
        controls.clear();
    }

    /** Whether {@link #dispose()} was called. */
    public boolean isDisposed() {
        return disposed;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** Tells the user something that needs no answer (shown in the status line). */
    public void notice(String text) {
        notice.set(text);
    }
}
