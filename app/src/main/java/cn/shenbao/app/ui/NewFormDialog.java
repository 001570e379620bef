package cn.shenbao.app.ui;

import cn.shenbao.app.ui.model.NewFormChooser;
import cn.shenbao.forms.template.TemplateDef;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 文件 › 新建: the forms grouped by notice (title, issuer, deadline), each with its one-line description.
 * Shows a {@link NewFormChooser}; OK (or a double click on a form) returns the chosen form.
 */
final class NewFormDialog extends Dialog<TemplateDef> {
    private final TreeView<Object> tree = new TreeView<>();

    NewFormDialog(Window owner, UiTexts texts, NewFormChooser model) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(texts.msg("new.title"));
        setHeaderText(texts.msg("new.header"));
        TreeItem<Object> root = new TreeItem<>();
        TreeItem<Object> toSelect = null;
        for (NewFormChooser.Group g : model.groups()) {
            TreeItem<Object> gi = new TreeItem<>(g);
            gi.setExpanded(true);
            for (NewFormChooser.Entry e : g.entries()) {
                TreeItem<Object> ei = new TreeItem<>(e);
                gi.getChildren().add(ei);
                if (e.template() == model.selectedProperty().get()) {
                    toSelect = ei;
                }
            }
            root.getChildren().add(gi);
        }
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.setId("newFormTree");
        tree.setPrefSize(760, 420);
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("notice", "form");
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else if (item instanceof NewFormChooser.Group g) {
                    getStyleClass().add("notice");
                    setText(null);
                    setGraphic(new Label(noticeText(texts, g)));
                } else if (item instanceof NewFormChooser.Entry e) {
                    getStyleClass().add("form");
                    Label title = new Label(e.title());
                    title.getStyleClass().add("form-title");
                    Label desc = new Label(e.description());
                    desc.getStyleClass().add("form-description");
                    setText(null);
                    setGraphic(new VBox(2, title, desc));
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                model.select(b != null && b.getValue() instanceof NewFormChooser.Entry e ? e.template() : null));
        if (toSelect != null) {
            tree.getSelectionModel().select(toSelect);
        }
        Label caption = new Label(texts.msg("new.template"));
        caption.setLabelFor(tree);
        getDialogPane().setContent(new VBox(6, caption, tree));
        ButtonType ok = DialogPrompter.ok(texts);
        getDialogPane().getButtonTypes().setAll(ok, DialogPrompter.cancel(texts));
        getDialogPane().lookupButton(ok).disableProperty().bind(model.selectedProperty().isNull());
        DialogPrompter.fit(this);
        tree.setOnMouseClicked(ev -> {
            if (ev.getClickCount() == 2 && model.selectedProperty().get() != null) {
                setResult(model.selectedProperty().get());
                close();
            }
        });
        setResultConverter(b -> b == ok ? model.result().orElse(null) : null);
    }

    TreeView<Object> tree() {
        return tree;
    }

    /** The OK button (disabled while no form is chosen). */
    javafx.scene.Node okButton() {
        return getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0));
    }

    /** A notice's line: its title, issuer and deadline ({@code new.notice}); forms without one: {@code new.noNotice}. */
    static String noticeText(UiTexts texts, NewFormChooser.Group g) {
        TemplateDef.Notice n = g.notice();
        if (n == null) {
            return texts.msg("new.noNotice");
        }
        return texts.msg("new.notice", n.title(), n.issuer(), date(texts, n.deadline()));
    }

    private static String date(UiTexts texts, String iso) {
        if (iso == null) {
            return "—";
        }
        try {
            LocalDate d = LocalDate.parse(iso);
            return texts.msg("new.deadline", d.getYear(), d.getMonthValue(), d.getDayOfMonth(), iso);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
