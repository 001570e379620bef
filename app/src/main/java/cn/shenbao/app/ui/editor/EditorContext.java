package cn.shenbao.app.ui.editor;

import cn.shenbao.app.ui.UiTexts;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.forms.template.FieldDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Control;

/**
 * What editors share: the view-model, the texts, the factory map, the registry of controls by field
 * path (used to jump to a field and to place decorations), and a line for notices to the user.
 */
public final class EditorContext {
    /** The key under which each registered control keeps its field path. */
    public static final String PATH_KEY = "shenbao.path";

    private final DraftViewModel vm;
    private final UiTexts texts;
    private final EditorFactories factories;
    private final ObservableMap<String, Control> controls = FXCollections.observableHashMap();
    private final StringProperty notice = new SimpleStringProperty("");

    public EditorContext(DraftViewModel vm, UiTexts texts, EditorFactories factories) {
        this.vm = vm;
        this.texts = texts;
        this.factories = factories;
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

    public StringProperty noticeProperty() {
        return notice;
    }

    /** Tells the user something that needs no answer (shown in the status line). */
    public void notice(String text) {
        notice.set(text);
    }
}
