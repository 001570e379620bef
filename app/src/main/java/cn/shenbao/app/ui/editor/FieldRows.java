package cn.shenbao.app.ui.editor;

import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.SectionDef;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Lays out a part of the form: its heading, hint, and each field with its label, in form order. */
public final class FieldRows {
    private FieldRows() {}

    /** The label of a field as on the form, marked when the field is required. */
    public static Label label(FieldDef f) {
        Label l = new Label(f.label() + (f.required() ? " *" : ""));
        l.getStyleClass().add(f.required() ? "field-label-required" : "field-label");
        l.setWrapText(true);
        return l;
    }

    /** The editor of a whole section. */
    public static VBox section(SectionDef s, EditorContext ctx) {
        VBox box = new VBox(14);
        box.getStyleClass().add("section-editor");
        Label heading = new Label(s.heading() != null ? s.heading().replace("\n", "") : s.displayName());
        heading.getStyleClass().add("section-heading");
        heading.setWrapText(true);
        box.getChildren().add(heading);
        if (s.hint() != null) {
            Label hint = new Label(s.hint());
            hint.getStyleClass().add("section-hint");
            hint.setWrapText(true);
            box.getChildren().add(hint);
        }
        if (s.fields().isEmpty()) {
            Label none = new Label(ctx.texts().msg("section.nothingToFill"));
            none.getStyleClass().add("section-hint");
            box.getChildren().add(none);
        }
        if (s.when() != null) {
            // a part that applies only to one choice (T8: one kind): a note stands in for its fields while it is hidden
            Label off = new Label(ctx.texts().msg("section.notApplicable"));
            off.getStyleClass().add("section-hint");
            off.setWrapText(true);
            javafx.beans.value.ObservableValue<Boolean> on = ctx.vm().sectionShownProperty(s.id());
            ctx.bind(off.visibleProperty(), javafx.beans.binding.Bindings.createBooleanBinding(() -> !on.getValue(), on));
            off.managedProperty().bind(off.visibleProperty());
            box.getChildren().add(off);
        }
        for (FieldDef f : s.fields()) {
            Node r = row(f, f.id(), ctx);
            if (s.when() != null) {
                javafx.beans.value.ObservableValue<Boolean> on = ctx.vm().sectionShownProperty(s.id());
                ctx.bind(r.visibleProperty(), javafx.beans.binding.Bindings.createBooleanBinding(on::getValue, on));
                r.managedProperty().bind(r.visibleProperty());
            }
            box.getChildren().add(r);
        }
        return box;
    }

    /**
     * Shows the node of a conditional field only while its condition holds (T8: the fields of the chosen kind),
     * taking no room while hidden; the value stays in the draft. The node is marked with the field's path
     * ({@code shenbao.when}).
     */
    public static void showWhen(Node n, String path, EditorContext ctx) {
        javafx.beans.value.ObservableValue<Boolean> on = ctx.vm().shownProperty(path);
        ctx.bind(n.visibleProperty(), javafx.beans.binding.Bindings.createBooleanBinding(on::getValue, on));
        n.managedProperty().bind(n.visibleProperty());
        n.getProperties().put("shenbao.when", path);
    }

    /** One field: its label above its editor (a group or table gets a titled frame). */
    public static Node row(FieldDef f, String path, EditorContext ctx) {
        Node editor = ctx.editorFor(f, path);
        VBox row = new VBox(4);
        row.getStyleClass().add(f.type() == FieldType.GROUP || f.type() == FieldType.TABLE ? "field-frame" : "field-row");
        Label l = label(f);
        if (f.type() == FieldType.GROUP || f.type() == FieldType.TABLE) {
            l.getStyleClass().add("frame-title");
        }
        row.getChildren().addAll(l, editor);
        if (f.when() != null) {
            showWhen(row, path, ctx);
        }
        if (f.hint() != null && (f.type() == FieldType.TABLE || f.type() == FieldType.GROUP)) {
            Label hint = new Label(f.hint());
            hint.getStyleClass().add("field-hint");
            hint.setWrapText(true);
            row.getChildren().add(1, hint);
        }
        return row;
    }
}
