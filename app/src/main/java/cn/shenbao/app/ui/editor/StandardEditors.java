package cn.shenbao.app.ui.editor;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.text.CharCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The editors of the plain field types. None of them checks a rule: findings come from the rule engine. */
final class StandardEditors {
    private StandardEditors() {}

    // ---- text fields -----------------------------------------------------------------------------

    static Node text(FieldDef f, String path, EditorContext ctx) {
        TextField tf = textField(f, path, ctx);
        String prompt = prompt(f, ctx);
        tf.setPromptText(prompt);
        promptOnHover(tf, prompt);
        if ("true".equals(f.attr("hintIsExample", "false"))) {
            tf.getStyleClass().add("example-prompt");
        }
        return tf;
    }

    /**
     * A text field bound to a path. No editor filters keystrokes: what the user types stays visible
     * and in the draft, and a value of the wrong form is reported by the check (issue 8).
     */
    private static TextField textField(FieldDef f, String path, EditorContext ctx) {
        TextField tf = new TextField();
        bindText(tf, path, ctx);
        ctx.register(path, tf);
        return tf;
    }

    static void bindText(TextInputControl c, String path, EditorContext ctx) {
        DraftViewModel vm = ctx.vm();
        ctx.bindText(c.textProperty(), vm.value(path));
        c.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.normalize(path);
                vm.sealUndo();
                vm.touch(path);
            }
        });
    }

    /**
     * The prompt as a tooltip, made when the pointer first rests on the field: in a narrow table cell (the 指标值 of a
     * 绩效目标申报表) the prompt is cut off; the tooltip shows it whole. Made on demand, not for every field of a form
     * when the window opens.
     */
    static void promptOnHover(javafx.scene.control.TextInputControl c, String prompt) {
        if (prompt == null || prompt.isEmpty()) {
            return;
        }
        javafx.event.EventHandler<javafx.scene.input.MouseEvent> make = e -> {
            if (c.getTooltip() == null) {
                c.setTooltip(new javafx.scene.control.Tooltip(prompt));
            }
        };
        // on entering (the tooltip then sees the pointer's next move) and, should that be missed, on a move
        c.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, make);
        c.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_MOVED, make);
    }

    private static String prompt(FieldDef f, EditorContext ctx) {
        String p = f.attr("placeholder", null);
        if (p != null) {
            return p;
        }
        if (f.hint() != null && "true".equals(f.attr("hintIsExample", "false"))) {
            // an example value (项目编号 KJFWT2024-01) must not look like one that was filled in
            return ctx.texts().msg(f.required() ? "prompt.example" : "prompt.exampleOptional", f.hint());
        }
        return f.hint() != null ? f.hint() : "";
    }

    static Node phone(FieldDef f, String path, EditorContext ctx) {
        TextField tf = textField(f, path, ctx);
        tf.setPromptText(ctx.texts().msg("prompt.phone"));
        return tf;
    }

    static Node mobile(FieldDef f, String path, EditorContext ctx) {
        TextField tf = textField(f, path, ctx);
        tf.setPromptText(ctx.texts().msg("prompt.mobile"));
        return tf;
    }

    static Node email(FieldDef f, String path, EditorContext ctx) {
        TextField tf = textField(f, path, ctx);
        tf.setPromptText(ctx.texts().msg("prompt.email"));
        return tf;
    }

    static Node postcode(FieldDef f, String path, EditorContext ctx) {
        TextField tf = textField(f, path, ctx);
        tf.setPromptText(ctx.texts().msg("prompt.postcode"));
        tf.setPrefColumnCount(8);
        tf.setMaxWidth(Control.USE_PREF_SIZE);
        return tf;
    }

    static Node uscc(FieldDef f, String path, EditorContext ctx) {
        TextField tf = textField(f, path, ctx);
        tf.setPromptText(ctx.texts().msg("prompt.uscc"));
        tf.setPrefColumnCount(20);
        tf.setMaxWidth(Control.USE_PREF_SIZE);
        return tf;
    }

    static Node integer(FieldDef f, String path, EditorContext ctx) {
        return withUnit(textField(f, path, ctx), f.unit());
    }

    static Node percent(FieldDef f, String path, EditorContext ctx) {
        return withUnit(textField(f, path, ctx), f.unit() == null ? "%" : f.unit());
    }

    /**
     * Money in 万元. What is typed stays as typed (a third decimal, a letter): the check reports it like
     * any other wrong value, through the one value parser ({@code Values}), and leaving the field brings
     * a valid amount into its canonical form.
     */
    static Node money(FieldDef f, String path, EditorContext ctx) {
        TextField tf = textField(f, path, ctx);
        tf.setAlignment(Pos.CENTER_RIGHT);
        tf.setPrefColumnCount(10);
        tf.setPromptText("0.00");
        tf.getStyleClass().add("money");
        return withUnit(tf, f.unit() == null ? "万元" : f.unit());
    }

    private static Node withUnit(TextField tf, String unit) {
        if (unit == null) {
            return tf;
        }
        Label u = new Label(unit);
        u.getStyleClass().add("unit");
        u.setMinWidth(Control.USE_PREF_SIZE); // the unit is never cut to "…": the field gives way
        HBox.setHgrow(tf, Priority.SOMETIMES);
        HBox box = new HBox(6, tf, u);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Long text with a live 字数 counter ({@code 128/200字}) that turns red past the limit. */
    static Node longText(FieldDef f, String path, EditorContext ctx) {
        TextArea ta = new TextArea();
        ta.setWrapText(true);
        int max = f.maxChars() == null ? 0 : f.maxChars();
        ta.setPrefRowCount(max >= 250 ? 7 : max > 0 ? 5 : 3);
        ta.setPromptText(prompt(f, ctx));
        bindText(ta, path, ctx);
        ctx.register(path, ta);
        // Tab moves on to the next field, as everywhere else in the form; Ctrl+Tab inserts a tab.
        ta.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                ta.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        Label counter = counter(f, path, ctx);
        counter.setId(ta.getId() + "_counter");
        HBox bottom = new HBox(counter);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(2, ta, bottom);
        VBox.setVgrow(ta, Priority.ALWAYS);
        return box;
    }

    /**
     * A live 字数 counter of a text ({@code 128/200字}, or {@code 128字} without a limit) that turns red
     * past the limit; long texts and the text cells of tables show it.
     */
    static Label counter(FieldDef f, String path, EditorContext ctx) {
        int max = f.maxChars() == null ? 0 : f.maxChars();
        Label counter = new Label();
        counter.getStyleClass().add("char-counter");
        counter.setMinWidth(Control.USE_PREF_SIZE);
        StringProperty v = ctx.vm().value(path);
        Runnable update = () -> {
            int n = CharCount.count(v.get());
            counter.setText(max > 0 ? ctx.texts().msg("counter.limit", n, max) : ctx.texts().msg("counter.plain", n));
            counter.getStyleClass().remove("over-limit");
            if (max > 0 && n > max) {
                counter.getStyleClass().add("over-limit");
            }
        };
        ctx.listen(v, (o, a, b) -> update.run());
        update.run();
        return counter;
    }

    // ---- dates -----------------------------------------------------------------------------------

    static Node date(FieldDef f, String path, EditorContext ctx) {
        return datePicker(path, ctx);
    }

    static DatePicker datePicker(String path, EditorContext ctx) {
        DraftViewModel vm = ctx.vm();
        StringProperty v = vm.value(path);
        DatePicker dp = new DatePicker();
        dp.setConverter(new ChineseDateConverter(dp::getValue));
        dp.setPromptText(ctx.texts().msg("prompt.date"));
        dp.setPrefWidth(170);
        String initial = v.get();
        dp.setValue(Values.dateOrNull(initial));
        boolean[] guard = {false};
        dp.valueProperty().addListener((o, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                v.set(b == null ? "" : b.toString());
                guard[0] = false;
            }
        });
        ctx.listen(v, (o, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                LocalDate d = Values.dateOrNull(b);
                dp.setValue(d);
                if (d == null) {
                    dp.getEditor().setText(b == null ? "" : b);
                }
                guard[0] = false;
            }
        });
        if (initial != null && !initial.isEmpty() && dp.getValue() == null) {
            dp.getEditor().setText(initial);
        }
        dp.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.sealUndo();
                // after the picker has committed the typed text (its own focus listener runs after this one)
                javafx.application.Platform.runLater(() -> vm.touch(path));
            }
        });
        ctx.register(path, dp);
        return dp;
    }

    static Node dateRange(FieldDef f, String path, EditorContext ctx) {
        List<FieldDef> parts = f.fields();
        HBox box = new HBox(8);
        box.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                box.getChildren().add(new Label(ctx.texts().msg("range.to")));
            }
            FieldDef p = parts.get(i);
            box.getChildren().add(ctx.editorFor(p, path + "." + p.id()));
        }
        return box;
    }

    // ---- choices ---------------------------------------------------------------------------------

    static Node singleChoice(FieldDef f, String path, EditorContext ctx) {
        if (path.contains("[") && f.otherOption() == null) {
            return choiceCell(f, path, ctx);
        }
        StringProperty v = ctx.vm().value(path);
        ToggleGroup group = new ToggleGroup();
        FlowPane pane = choicePane();
        List<RadioButton> buttons = new ArrayList<>();
        for (String o : f.options()) {
            RadioButton rb = new RadioButton(o);
            rb.setUserData(o);
            rb.setToggleGroup(group);
            rb.setSelected(o.equals(v.get()));
            buttons.add(rb);
            pane.getChildren().add(rb);
        }
        boolean[] guard = {false};
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                v.set(b == null ? "" : (String) b.getUserData());
                guard[0] = false;
            }
        });
        ctx.listen(v, (o, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                buttons.forEach(rb -> rb.setSelected(rb.getUserData().equals(b)));
                guard[0] = false;
            }
        });
        if (!buttons.isEmpty()) {
            ctx.register(path, buttons.get(0));
        }
        return withOther(f, path, ctx, pane, () -> f.otherOption() != null && f.otherOption().equals(v.get()));
    }

    /**
     * A single choice in a table cell: a drop-down (a column of radio buttons would make every row as tall as the
     * option list, T7's nine 指南编号), with an empty first entry to clear the cell.
     */
    static Node choiceCell(FieldDef f, String path, EditorContext ctx) {
        StringProperty v = ctx.vm().value(path);
        javafx.scene.control.ComboBox<String> box = new javafx.scene.control.ComboBox<>();
        box.getItems().add("");
        box.getItems().addAll(f.options());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setValue(v.get() == null ? "" : v.get());
        boolean[] guard = {false};
        box.valueProperty().addListener((o, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                v.set(b == null ? "" : b);
                guard[0] = false;
            }
        });
        ctx.listen(v, (o, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                box.setValue(b == null ? "" : b);
                guard[0] = false;
            }
        });
        ctx.register(path, box);
        return box;
    }

    static Node multiChoice(FieldDef f, String path, EditorContext ctx) {
        if (f.hasDependentOptions()) {
            return dependentMultiChoice(f, path, ctx);
        }
        DraftViewModel vm = ctx.vm();
        StringProperty v = vm.value(path);
        FlowPane pane = choicePane();
        List<CheckBox> boxes = new ArrayList<>();
        boolean[] guard = {false};
        for (String o : f.options()) {
            CheckBox cb = new CheckBox(o);
            cb.setSelected(vm.choices(path).contains(o));
            cb.selectedProperty().addListener((obs, a, b) -> {
                if (!guard[0]) {
                    guard[0] = true;
                    vm.setChoice(path, o, b);
                    guard[0] = false;
                }
            });
            boxes.add(cb);
            pane.getChildren().add(cb);
        }
        ctx.listen(v, (obs, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                List<String> chosen = vm.choices(path);
                boxes.forEach(cb -> cb.setSelected(chosen.contains(cb.getText())));
                guard[0] = false;
            }
        });
        if (!boxes.isEmpty()) {
            ctx.register(path, boxes.get(0));
        }
        return withOther(f, path, ctx, pane, () -> f.otherOption() != null && vm.choices(path).contains(f.otherOption()));
    }

    /**
     * A multiple choice whose options depend on another field ({@code dependsOn}, T2's 主要方向 on 重点领域):
     * only that field's value's options are offered, rebuilt when it changes. Options ticked under another
     * value stay ticked and shown (style class {@code foreign}, with the value they belong to) so that
     * changing the field loses nothing; the checks report them as errors until they are unticked or the
     * field is changed back. With no value chosen a note asks for it first.
     */
    static Node dependentMultiChoice(FieldDef f, String path, EditorContext ctx) {
        DraftViewModel vm = ctx.vm();
        StringProperty v = vm.value(path);
        StringProperty base = vm.value(f.dependsOn());
        FieldDef baseField = vm.template().field(f.dependsOn());
        String baseLabel = baseField == null ? f.dependsOn() : baseField.label();
        FlowPane pane = choicePane();
        Label note = new Label();
        note.getStyleClass().add("dependent-note");
        boolean[] guard = {false};
        Runnable rebuild = () -> {
            pane.getChildren().clear();
            List<String> chosen = vm.choices(path);
            String b = base.get() == null ? "" : base.get().strip();
            List<String> shown = new ArrayList<>(f.optionsFor(b));
            for (String c : chosen) {
                if (!shown.contains(c) && f.options().contains(c)) {
                    shown.add(c); // ticked under another value: kept, shown, flagged by the checks
                }
            }
            for (String o : shown) {
                CheckBox cb = new CheckBox(o);
                cb.setUserData(o);
                cb.setSelected(chosen.contains(o));
                if (!f.optionsFor(b).contains(o)) {
                    cb.getStyleClass().add("foreign");
                    cb.setText(ctx.texts().msg("dependent.foreign", o, f.groupOf(o)));
                }
                cb.selectedProperty().addListener((obs, a, sel) -> {
                    if (!guard[0]) {
                        guard[0] = true;
                        vm.setChoice(path, o, sel);
                        guard[0] = false;
                    }
                });
                pane.getChildren().add(cb);
            }
            note.setText(b.isEmpty() ? ctx.texts().msg("dependent.chooseFirst", baseLabel)
                    : ctx.texts().msg("dependent.of", baseLabel, b));
        };
        rebuild.run();
        ctx.listen(base, (obs, a, b) -> rebuild.run());
        ctx.listen(v, (obs, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                rebuild.run();
                guard[0] = false;
            }
        });
        ctx.register(path, note);
        return new VBox(6, note, pane);
    }

    private static FlowPane choicePane() {
        FlowPane pane = new FlowPane(16, 6);
        pane.getStyleClass().add("choices");
        pane.setPrefWrapLength(640);
        return pane;
    }

    private static Node withOther(FieldDef f, String path, EditorContext ctx, FlowPane pane, java.util.function.BooleanSupplier otherChosen) {
        if (f.otherOption() == null) {
            return pane;
        }
        TextField other = new TextField();
        bindText(other, path + ".other", ctx);
        ctx.register(path + ".other", other);
        other.setPromptText(ctx.texts().msg("prompt.other", f.otherOption()));
        other.setPrefColumnCount(24);
        String note = f.attr("otherNote", null);
        if (note != null) {
            other.setPromptText(note);
        }
        other.setDisable(!otherChosen.getAsBoolean());
        ctx.listen(ctx.vm().value(path), (o, a, b) -> other.setDisable(!otherChosen.getAsBoolean()));
        HBox row = new HBox(8, new Label(f.otherOption() + ctx.texts().msg("other.colon")), other);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, pane, row);
    }

    static Node bool(FieldDef f, String path, EditorContext ctx) {
        return checkBox(path, ctx, ctx.texts().msg("bool.yes"));
    }

    static Node attachment(FieldDef f, String path, EditorContext ctx) {
        return checkBox(path, ctx, f.attr("checkLabel", ctx.texts().msg("attachment.ready")));
    }

    private static CheckBox checkBox(String path, EditorContext ctx, String text) {
        StringProperty v = ctx.vm().value(path);
        CheckBox cb = new CheckBox(text);
        cb.setSelected("true".equals(v.get()));
        boolean[] guard = {false};
        cb.selectedProperty().addListener((o, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                v.set(b ? "true" : "");
                guard[0] = false;
            }
        });
        ctx.listen(v, (o, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                cb.setSelected("true".equals(b));
                guard[0] = false;
            }
        });
        ctx.register(path, cb);
        return cb;
    }

    // ---- composed and computed -------------------------------------------------------------------

    /** A group of sub-fields, for example a person block: a titled box with a label/editor grid. */
    static Node group(FieldDef f, String path, EditorContext ctx) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("group-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(110);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setFillWidth(true);
        grid.getColumnConstraints().addAll(c0, c1);
        int row = 0;
        for (FieldDef sub : f.fields()) {
            Label l = FieldRows.label(sub);
            Node ed = ctx.editorFor(sub, path + "." + sub.id());
            GridPane.setValignment(l, javafx.geometry.VPos.TOP);
            grid.addRow(row++, l, ed);
            if (sub.when() != null) {
                // a sub-field of one kind only (T8's 行业地位): label and editor come and go together
                FieldRows.showWhen(l, path + "." + sub.id(), ctx);
                FieldRows.showWhen(ed, path + "." + sub.id(), ctx);
            }
        }
        return grid;
    }

    static Node computed(FieldDef f, String path, EditorContext ctx) {
        TextField tf = new TextField();
        tf.setEditable(false);
        tf.setFocusTraversable(false);
        tf.getStyleClass().add("computed");
        tf.setAlignment(Pos.CENTER_RIGHT);
        tf.setPrefColumnCount(10);
        ctx.bind(tf.textProperty(), Bindings.createStringBinding(() -> ctx.vm().computed(path).get(), ctx.vm().computed(path)));
        tf.setId(path);
        return withUnit(tf, f.unit());
    }
}
