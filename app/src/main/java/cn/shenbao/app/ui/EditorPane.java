package cn.shenbao.app.ui;

import cn.shenbao.app.ui.editor.EditorContext;
import cn.shenbao.app.ui.editor.FieldRows;
import cn.shenbao.forms.template.SectionDef;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The middle of the main window: the editors of the chosen part of the form, built from the
 * definition when the part is first shown and kept until the editor context is replaced.
 */
final class EditorPane {
    private final ScrollPane scroll = new ScrollPane();
    private final Map<String, Node> sectionViews = new HashMap<>();
    private EditorContext ctx;

    EditorPane() {
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");
        scroll.setId("editorScroll");
    }

    ScrollPane node() {
        return scroll;
    }

    /** Editors of a new context (a new draft, another language): the views of the old one are dropped. */
    void setContext(EditorContext context) {
        this.ctx = context;
        sectionViews.clear();
    }

    void show(SectionDef s) {
        Node view = sectionViews.computeIfAbsent(s.id(), id -> {
            VBox v = FieldRows.section(s, ctx);
            v.setPadding(new Insets(16, 24, 24, 24));
            return v;
        });
        scroll.setContent(view);
        scroll.setVvalue(0);
    }

    /** The controls of the shown part that take the cursor, in the order of the form. */
    java.util.List<Node> focusOrder() {
        java.util.List<Node> out = new java.util.ArrayList<>();
        if (scroll.getContent() instanceof javafx.scene.Parent p) {
            collect(p, out);
        }
        return out;
    }

    /** The visible, enabled controls under {@code p} that take the cursor, in layout order. */
    static void collect(javafx.scene.Parent p, java.util.List<Node> out) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (!n.isVisible() || n.isDisabled()) {
                continue;
            }
            if (n.isFocusTraversable() && n instanceof javafx.scene.control.Control) {
                out.add(n);
            } else if (n instanceof javafx.scene.Parent q) {
                collect(q, out);
            }
        }
    }

    /** Scrolls so that a node of the shown part is in view (a little below the top edge). */
    void ensureVisible(Node n) {
        scroll.applyCss();
        scroll.layout();
        Node content = scroll.getContent();
        if (content == null) {
            return;
        }
        Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        double h = content.getBoundsInLocal().getHeight();
        double vh = scroll.getViewportBounds().getHeight();
        if (h > vh && b != null) {
            double y = Math.max(0, b.getMinY() - 40);
            scroll.setVvalue(Math.min(1, y / (h - vh)));
        }
    }
}
