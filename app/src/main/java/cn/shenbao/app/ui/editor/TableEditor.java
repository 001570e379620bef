package cn.shenbao.app.ui.editor;

import cn.shenbao.app.ui.UiTexts;
import cn.shenbao.app.ui.model.RowModel;
import cn.shenbao.app.ui.model.TableModel;
import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.TemplateDef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The editor of a TABLE field, driven by its definition: the columns and their editors come from the
 * factory map, the row limit from {@code maxRows} (a row beyond it is refused with a message), row
 * numbers from {@code numbered}, row labels from {@code rowLabel}; the column sums, the budget
 * identity and the date range allowed in date columns come from the {@link TableModel} (which reads the
 * COMPUTED fields and the {@code columnSum} / {@code rowDatesWithin} rules): no rule lives here. Rows can be added, removed, moved,
 * and pasted from Excel or WPS (tab-separated text on the clipboard).
 */
public final class TableEditor {
    private final FieldDef def;
    private final String id;
    private final EditorContext ctx;
    private final TableModel model;
    private final GridPane grid = new GridPane();
    private final Label message = new Label();
    /** 撤销 beside the notice of a removed row: one click brings the row back. */
    private final Hyperlink undoLink = new Hyperlink();
    private final Label count = new Label();
    private final VBox root;
    /** Detaches the cells of the rows shown now from the view-model (before the rows are rebuilt). */
    private Runnable releaseRows;

    private TableEditor(FieldDef def, String path, EditorContext ctx) {
        this.def = def;
        this.id = path;
        this.ctx = ctx;
        this.model = ctx.vm().table(path);
        UiTexts t = ctx.texts();
        Button add = new Button(t.msg("table.add"));
        add.setId(id + "_add");
        add.setOnAction(e -> addRow());
        Button paste = new Button(t.msg("table.paste"));
        paste.setId(id + "_paste");
        paste.setTooltip(new Tooltip(t.msg("table.paste.tip")));
        paste.setOnAction(e -> pasteFromClipboard());
        count.getStyleClass().add("table-count");
        message.getStyleClass().add("table-message");
        message.setId(id + "_message");
        message.setWrapText(true);
        HBox tools = new HBox(8, add, paste, count);
        if (ctx.rosterChooser() != null && !def.attr(cn.shenbao.forms.roster.Team.TEAM_ATTR, "").isEmpty()) {
            Button fromRoster = new Button(t.msg("table.fromRoster"));
            fromRoster.setId(id + "_fromRoster");
            fromRoster.setOnAction(e -> ctx.rosterChooser().run());
            tools.getChildren().add(2, fromRoster);
        }
        tools.setAlignment(Pos.CENTER_LEFT);
        grid.getStyleClass().add("table-grid");
        grid.setHgap(6);
        grid.setVgap(4);
        undoLink.setText(t.msg("table.undoRemove"));
        undoLink.setId(id + "_undo");
        undoLink.setVisible(false);
        undoLink.setManaged(false);
        undoLink.setOnAction(e -> {
            ctx.vm().undo();
            say("");
        });
        HBox messageLine = new HBox(6, message, undoLink);
        messageLine.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, tools, messageLine, grid);
        root.getStyleClass().add("table-editor");
        Node sums = sums();
        if (sums != null) {
            root.getChildren().add(sums);
        }
        if ("all".equals(def.attr(cn.shenbao.forms.roster.Team.TEAM_ATTR, ""))) {
            // the team's figures (members ≥ 20, aged ≤ 45 ≥ 10 …), computed by the form's rules after each check
            Label tally = new Label();
            tally.setId(id + "_tally");
            tally.getStyleClass().add("table-sum");
            tally.setWrapText(true);
            Runnable update = () -> tally.setText(String.join("　", cn.shenbao.app.ui.model.RosterModel.tally(
                    ctx.vm().template(), ctx.vm().draft(), t.locale())));
            ctx.listen(ctx.vm().findings(), (javafx.collections.ListChangeListener<cn.shenbao.forms.rules.Finding>) c -> update.run());
            update.run();
            root.getChildren().add(tally);
        }
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.V && e.isShortcutDown()) {
                String s = Clipboard.getSystemClipboard().getString();
                if (s != null && (s.contains("\t") || s.strip().contains("\n"))) {
                    e.consume();
                    paste(s);
                }
            }
        });
        ctx.listen(model.rows(), (ListChangeListener<RowModel>) c -> rebuild());
        rebuild();
    }

    static Node create(FieldDef def, String path, EditorContext ctx) {
        if (def.groups() != null) {
            return GroupedTableEditor.create(def, path, ctx); // a tree by its grouping columns (T5's 绩效指标)
        }
        return new TableEditor(def, path, ctx).root;
    }

    private void addRow() {
        if (!model.addRow()) {
            say(ctx.texts().msg("table.full", def.label(), model.maxRows()));
            return;
        }
        say("");
        focusRow(model.rows().size() - 1);
    }

    private void pasteFromClipboard() {
        String s = Clipboard.getSystemClipboard().getString();
        if (s == null || s.isBlank()) {
            say(ctx.texts().msg("table.paste.empty"));
            return;
        }
        paste(s);
    }

    /** Pastes tab-separated rows and says how many were added and how many refused. */
    void paste(String text) {
        TableModel.PasteResult r = model.paste(text);
        if (r.refused() > 0) {
            say(ctx.texts().msg("table.paste.refused", r.added(), r.refused(), def.label(), model.maxRows()));
        } else if (r.added() == 0) {
            say(ctx.texts().msg("table.paste.empty"));
        } else {
            say(ctx.texts().msg("table.paste.done", r.added()));
        }
    }

    private void say(String text) {
        undoLink.setVisible(false);
        undoLink.setManaged(false);
        message.setText(text);
        message.setVisible(!text.isEmpty());
        message.setManaged(!text.isEmpty());
        if (!text.isEmpty()) {
            ctx.notice(text);
        }
    }

    private void focusRow(int index) {
        if (index >= 0 && !def.shownColumns().isEmpty()) {
            var c = ctx.controls().get(FieldPath.cell(id, index, def.shownColumns().get(0).id()));
            if (c != null) {
                c.requestFocus();
            }
        }
    }

    private void rebuild() {
        if (releaseRows != null) {
            releaseRows.run();
        }
        releaseRows = ctx.scope(this::buildRows);
    }

    private void buildRows() {
        ctx.unregisterTable(id);
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        List<FieldDef> cols = def.shownColumns();
        ColumnConstraints num = new ColumnConstraints();
        num.setMinWidth(def.rowLabel() != null ? 70 : 36);
        grid.getColumnConstraints().add(num);
        for (FieldDef c : cols) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.ALWAYS);
            cc.setFillWidth(true);
            cc.setMinWidth(c.type() == FieldType.DATE ? 140 : c.type() == FieldType.MONEY ? 120 : 90);
            cc.setPercentWidth(-1);
            if (c.type() == FieldType.LONG_TEXT) {
                cc.setPrefWidth(260);
            }
            grid.getColumnConstraints().add(cc);
        }
        grid.getColumnConstraints().add(new ColumnConstraints());
        String numberHeader = def.attr("numbered", def.rowLabel() != null ? "" : ctx.texts().msg("table.number"));
        grid.add(header(numberHeader), 0, 0);
        for (int c = 0; c < cols.size(); c++) {
            grid.add(header(cols.get(c).label() + (cols.get(c).required() ? " *" : "")), c + 1, 0);
        }
        int n = model.rows().size();
        for (int r = 0; r < n; r++) {
            Label rl = new Label(def.rowLabel() != null ? model.rowLabel(r) : Integer.toString(r + 1));
            rl.getStyleClass().add("row-number");
            grid.add(rl, 0, r + 1);
            for (int c = 0; c < cols.size(); c++) {
                FieldDef col = cols.get(c);
                grid.add(cell(col, FieldPath.cell(id, r, col.id())), c + 1, r + 1);
            }
            grid.add(rowButtons(r, n), cols.size() + 1, r + 1);
        }
        if (n == 0) {
            Label empty = new Label(ctx.texts().msg("table.empty"));
            empty.getStyleClass().add("field-hint");
            grid.add(empty, 1, 1, Math.max(1, cols.size()), 1);
        }
        count.setText(model.maxRows() == Integer.MAX_VALUE ? ctx.texts().msg("table.count", n)
                : ctx.texts().msg("table.countOf", n, model.maxRows()));
    }

    private Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("table-header");
        l.setWrapText(true);
        return l;
    }

    private Node cell(FieldDef col, String path) {
        if (col.type() == FieldType.LONG_TEXT) {
            TextArea ta = new TextArea();
            ta.setWrapText(true);
            ta.setPrefRowCount(2);
            ta.setPrefColumnCount(18);
            StandardEditors.bindText(ta, path, ctx);
            ctx.register(path, ta);
            ta.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                    e.consume();
                    ta.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
                }
            });
            Label counter = StandardEditors.counter(col, path, ctx);
            counter.setId(ta.getId() + "_counter");
            HBox bottom = new HBox(counter);
            bottom.setAlignment(Pos.CENTER_RIGHT);
            VBox box = new VBox(1, ta, bottom);
            VBox.setVgrow(ta, Priority.ALWAYS);
            return box;
        }
        Node ed = ctx.editorFor(col, path);
        if (col.type() == FieldType.DATE && ed instanceof DatePicker dp) {
            limitDates(col, dp);
        }
        return ed;
    }

    private Node rowButtons(int r, int n) {
        UiTexts t = ctx.texts();
        Button up = small("↑", t.msg("table.up"), () -> model.moveRow(r, r - 1));
        up.setDisable(r == 0);
        Button down = small("↓", t.msg("table.down"), () -> model.moveRow(r, r + 1));
        down.setDisable(r == n - 1);
        Button insert = small("+", t.msg("table.insert"), () -> {
            if (!model.insertRow(r + 1)) {
                say(t.msg("table.full", def.label(), model.maxRows()));
            } else {
                focusRow(r + 1);
            }
        });
        Button remove = small("×", t.msg("table.remove"), () -> {
            String what = model.rowSummary(r);
            String label = def.rowLabel() != null ? model.rowLabel(r) : t.msg("table.rowN", r + 1);
            model.removeRow(r);
            say(what.isEmpty() || what.equals(label) ? t.msg("table.removed", label) : t.msg("table.removedWhat", label, what));
            undoLink.setVisible(true);
            undoLink.setManaged(true);
        });
        remove.setId(id + "_" + r + "_remove");
        up.setId(id + "_" + r + "_up");
        down.setId(id + "_" + r + "_down");
        // two by two (↑ + / ↓ ×): narrow enough to stay in view on a 1024 px screen, never cut to "…"
        GridPane box = new GridPane();
        box.setHgap(2);
        box.setVgap(2);
        box.add(up, 0, 0);
        box.add(insert, 1, 0);
        box.add(down, 0, 1);
        box.add(remove, 1, 1);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Control.USE_PREF_SIZE);
        box.getStyleClass().add("row-buttons");
        return box;
    }

    private static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("row-button");
        b.setMinWidth(Control.USE_PREF_SIZE); // the glyph stays at any width (never "…")
        b.setAccessibleText(tip);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Date columns limited to a period by the definition accept only days inside it (the model decides). */
    private void limitDates(FieldDef col, DatePicker dp) {
        if (!model.hasDateLimits(col.id())) {
            return;
        }
        dp.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                boolean outside = model.isOutsidePeriod(col.id(), item);
                setDisable(empty || outside);
                if (outside) {
                    getStyleClass().add("outside-period");
                } else {
                    getStyleClass().remove("outside-period");
                }
            }
        });
    }

    /**
     * The sums under the table as the model gives them (COMPUTED column sums, compared with what the
     * {@code columnSum} rules name): red while they differ.
     */
    private Node sums() {
        TemplateDef t = ctx.vm().template();
        List<Node> lines = new ArrayList<>();
        for (TableModel.ColumnSum s : model.columnSums()) {
            Label l = new Label();
            l.setId(s.path());
            l.getStyleClass().add("table-sum");
            l.setWrapText(true);
            String unit = s.field().unit() == null ? "" : s.field().unit();
            if (s.expected() == null) {
                ctx.bind(l.textProperty(), Bindings.createStringBinding(
                        () -> ctx.texts().msg("table.sum", s.field().label(), s.sum().get(), unit), s.sum()));
            } else {
                String labels = String.join(" + ", s.against().stream().map(t::labelOf).toList());
                ctx.bind(l.textProperty(), Bindings.createStringBinding(
                        () -> ctx.texts().msg("table.sumAgainst", s.field().label(), s.sum().get(), unit, labels, s.expected().get()),
                        s.sum(), s.expected()));
                Runnable style = () -> {
                    l.getStyleClass().removeAll("sum-ok", "sum-off");
                    l.getStyleClass().add(s.matches().get() ? "sum-ok" : "sum-off");
                };
                ctx.listen(s.matches(), (o, a, b) -> style.run());
                style.run();
            }
            lines.add(l);
        }
        return lines.isEmpty() ? null : new VBox(2, lines.toArray(new Node[0]));
    }
}
