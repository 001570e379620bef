package cn.shenbao.app.ui.editor;

import cn.shenbao.app.ui.UiTexts;
import cn.shenbao.app.ui.model.GroupedTableModel;
import cn.shenbao.app.ui.model.GroupedTableModel.Group;
import cn.shenbao.app.ui.model.RowModel;
import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.template.FieldDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The editor of a TABLE with {@code groups} (T5's 绩效指标): the tree as the applicant reads it on paper — a
 * collapsible pane per outer group (一级指标) holding a collapsible pane per inner group (二级指标) with its rows.
 * The form's preset rows show their fixed cells as text and take a value; own rows are edited whole, moved
 * within their group and removed; each group adds own rows; one button adds the typical rows of the choice made
 * (the direction's typical indicators). Everything goes through {@link GroupedTableModel}; findings reach the
 * cells through the one adapter, since every editable cell is registered under its path.
 */
public final class GroupedTableEditor {
    private final FieldDef def;
    private final String id;
    private final EditorContext ctx;
    private final GroupedTableModel model;
    private final VBox tree = new VBox(6);
    private final Label message = new Label();
    private final VBox root;
    /** Panes the person collapsed (by group title), kept when the tree is rebuilt after a change. */
    private final Set<String> collapsed = new HashSet<>();
    private Runnable releaseRows;

    private GroupedTableEditor(FieldDef def, String path, EditorContext ctx) {
        this.def = def;
        this.id = path;
        this.ctx = ctx;
        this.model = ctx.vm().grouped(path);
        UiTexts t = ctx.texts();
        HBox tools = new HBox(8);
        tools.setAlignment(Pos.CENTER_LEFT);
        if (def.groups().typical() != null) {
            Button typical = new Button(t.msg("grouped.typical", model.choiceLabel()));
            typical.setId(id + "_typical");
            typical.setTooltip(new Tooltip(t.msg("grouped.typical.tip", model.choiceLabel())));
            typical.setOnAction(e -> addTypical());
            tools.getChildren().add(typical);
        }
        message.setId(id + "_message");
        message.getStyleClass().add("table-message");
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);
        root = new VBox(6, tools, message, tree);
        root.getStyleClass().add("table-editor");
        ctx.listen(model.table().rows(), (ListChangeListener<RowModel>) c -> rebuild());
        rebuild();
    }

    static Node create(FieldDef def, String path, EditorContext ctx) {
        return new GroupedTableEditor(def, path, ctx).root;
    }

    private void say(String text) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
        message.setManaged(!text.isEmpty());
        if (!text.isEmpty()) {
            ctx.notice(text);
        }
    }

    private void addTypical() {
        UiTexts t = ctx.texts();
        GroupedTableModel.Typical r = model.addTypical();
        if (r.choice() == null) {
            say(t.msg("grouped.typical.noChoice", model.choiceLabel()));
        } else if (r.added() == 0) {
            say(t.msg("grouped.typical.none", r.choice(), r.present()));
        } else {
            say(t.msg("grouped.typical.done", r.choice(), r.added(), r.present()));
        }
    }

    private void rebuild() {
        if (releaseRows != null) {
            releaseRows.run();
        }
        releaseRows = ctx.scope(this::build);
    }

    private void build() {
        ctx.unregisterTable(id);
        tree.getChildren().clear();
        // outer panes by the first grouping cell, inner panes by the whole group
        Map<String, List<Group>> outer = new LinkedHashMap<>();
        for (Group g : model.groups()) {
            outer.computeIfAbsent(g.key().get(0), k -> new ArrayList<>()).add(g);
        }
        int gi = 0;
        int oi = 0;
        for (Map.Entry<String, List<Group>> e : outer.entrySet()) {
            VBox inner = new VBox(4);
            for (Group g : e.getValue()) {
                inner.getChildren().add(pane(id + "_g" + gi, g.key().size() > 1 ? g.key().get(g.key().size() - 1)
                        : g.title(), g.title(), groupBody(g, gi)));
                gi++;
            }
            tree.getChildren().add(pane(id + "_o" + oi++, e.getKey(), e.getKey(), inner));
        }
        List<Integer> stray = model.ungrouped();
        if (!stray.isEmpty()) {
            GridPane grid = grid();
            int line = 1;
            for (int r : stray) {
                addRow(grid, line++, r, true);
            }
            tree.getChildren().add(pane(id + "_stray", ctx.texts().msg("grouped.stray"), "\u0000stray", grid));
        }
    }

    private TitledPane pane(String paneId, String title, String key, Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setId(paneId);
        p.setAnimated(false);
        p.setExpanded(!collapsed.contains(key));
        ctx.listen(p.expandedProperty(), (o, was, now) -> {
            if (now) {
                collapsed.remove(key);
            } else {
                collapsed.add(key);
            }
        });
        return p;
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("table-grid");
        grid.setHgap(6);
        grid.setVgap(4);
        List<FieldDef> cols = shown();
        for (FieldDef c : cols) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(c.id().equals(model.nameColumn()) ? Priority.ALWAYS : Priority.SOMETIMES);
            cc.setMinWidth(c.id().equals(model.nameColumn()) ? 200 : 80);
            grid.getColumnConstraints().add(cc);
        }
        grid.getColumnConstraints().add(new ColumnConstraints());
        for (int c = 0; c < cols.size(); c++) {
            Label h = new Label(cols.get(c).label());
            h.getStyleClass().add("table-header");
            grid.add(h, c, 0);
        }
        return grid;
    }

    /** The columns shown in a group: all but the grouping ones (the panes show those). */
    private List<FieldDef> shown() {
        return def.shownColumns().stream().filter(c -> !def.groups().by().contains(c.id())).toList();
    }

    private Node groupBody(Group g, int gi) {
        GridPane grid = grid();
        int line = 1;
        for (int r : model.rowsOf(g)) {
            addRow(grid, line++, r, false);
        }
        Button add = new Button(ctx.texts().msg("grouped.add"));
        add.setId(id + "_g" + gi + "_add");
        add.setOnAction(e -> {
            int at = model.addOwn(g);
            if (at < 0) {
                say(ctx.texts().msg("table.full", def.label(), model.table().maxRows()));
                return;
            }
            say("");
            Control c = ctx.controls().get(FieldPath.cell(id, at, model.nameColumn()));
            if (c != null) {
                c.requestFocus();
            }
        });
        return new VBox(4, grid, add);
    }

    private void addRow(GridPane grid, int line, int r, boolean stray) {
        List<FieldDef> cols = shown();
        boolean preset = model.isPreset(r);
        Set<String> fixed = preset ? model.fixedColumns(r) : Set.of();
        for (int c = 0; c < cols.size(); c++) {
            FieldDef col = cols.get(c);
            String path = FieldPath.cell(id, r, col.id());
            if (fixed.contains(col.id())) {
                Label l = new Label(ctx.vm().value(path).get());
                l.setId(path.replace('[', '_').replace(']', '_').replace('.', '_') + "fixed");
                l.setWrapText(true);
                l.getStyleClass().add("preset-cell");
                grid.add(l, c, line);
            } else {
                Node ed = ctx.editorFor(col, path);
                grid.add(ed, c, line);
            }
        }
        if (!preset) {
            grid.add(rowButtons(r), cols.size(), line);
        }
    }

    private Node rowButtons(int r) {
        UiTexts t = ctx.texts();
        Button up = small("↑", t.msg("table.up"), () -> model.moveOwn(r, -1));
        Button down = small("↓", t.msg("table.down"), () -> model.moveOwn(r, +1));
        Button remove = small("×", t.msg("table.remove"), () -> {
            String what = ctx.vm().value(FieldPath.cell(id, r, model.nameColumn())).get();
            if (model.removeOwn(r)) {
                say(t.msg("grouped.removed", what));
            }
        });
        up.setId(id + "_" + r + "_up");
        down.setId(id + "_" + r + "_down");
        remove.setId(id + "_" + r + "_remove");
        HBox box = new HBox(2, up, down, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Control.USE_PREF_SIZE);
        box.getStyleClass().add("row-buttons");
        return box;
    }

    private static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("row-button");
        b.setMinWidth(Control.USE_PREF_SIZE);
        b.setAccessibleText(tip);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
