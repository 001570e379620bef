package cn.shenbao.app.ui;

import cn.shenbao.app.ui.model.GatherReview;
import cn.shenbao.forms.gather.Gathering;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The comparison of 工具 › 从绩效目标表汇总…: the files not gathered (with their messages), the new rows, and per
 * changed cell the row's content, the source's new content and a 取用 box (ticked = take the source's value).
 * Shows a {@link GatherReview}; 汇总 returns true and the caller applies it.
 */
final class GatherDialog extends Dialog<Boolean> {
    private final GridPane changes = new GridPane();

    GatherDialog(Window owner, UiTexts texts, GatherReview review) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(texts.msg("gather.title"));
        setHeaderText(texts.msg("gather.header", review.plan().sources().size(), review.newRows().size(),
                review.items().size(), review.unchanged().size()));
        VBox box = new VBox(8);
        box.setPadding(new Insets(4));
        for (String p : review.problems(texts.locale())) {
            Label l = new Label(p);
            l.setWrapText(true);
            l.getStyleClass().add("gather-problem");
            l.setStyle("-fx-text-fill: #b00020;");
            box.getChildren().add(l);
        }
        if (!review.newRows().isEmpty()) {
            box.getChildren().add(caption(texts.msg("gather.newRows")));
            for (Gathering.Source s : review.newRows()) {
                Label l = new Label(texts.msg("gather.newRow", s.name(), s.file().getFileName()));
                l.setWrapText(true);
                box.getChildren().add(l);
            }
        }
        if (!review.items().isEmpty()) {
            box.getChildren().add(caption(texts.msg("gather.changes")));
            Hyperlink all = new Hyperlink(texts.msg("gather.takeAll"));
            all.setId("gatherTakeAll");
            all.setOnAction(e -> review.takeAll(true));
            Hyperlink none = new Hyperlink(texts.msg("gather.keepAll"));
            none.setId("gatherKeepAll");
            none.setOnAction(e -> review.takeAll(false));
            box.getChildren().add(new HBox(12, all, none));
            changes.setId("gatherChanges");
            changes.setHgap(10);
            changes.setVgap(6);
            String[] heads = {"gather.col.row", "gather.col.column", "gather.col.mine", "gather.col.theirs",
                "gather.col.take"};
            for (int c = 0; c < heads.length; c++) {
                Label h = caption(texts.msg(heads[c]));
                changes.add(h, c, 0);
            }
            ColumnConstraints narrow = new ColumnConstraints(110);
            ColumnConstraints label = new ColumnConstraints(110);
            ColumnConstraints wide = new ColumnConstraints(200, 280, Double.MAX_VALUE);
            wide.setHgrow(Priority.ALWAYS);
            ColumnConstraints wide2 = new ColumnConstraints(200, 280, Double.MAX_VALUE);
            wide2.setHgrow(Priority.ALWAYS);
            changes.getColumnConstraints().setAll(narrow, label, wide, wide2, new ColumnConstraints(70));
            int r = 1;
            for (GatherReview.Item i : review.items()) {
                Gathering.Change c = i.change();
                Label row = new Label(texts.msg("gather.rowOf", c.row() + 1, c.file().getFileName()));
                row.setWrapText(true);
                changes.add(row, 0, r);
                changes.add(new Label(c.label()), 1, r);
                Label mine = new Label(c.mine().isEmpty() ? texts.msg("gather.empty") : c.mine());
                mine.setWrapText(true);
                if (c.edited()) {
                    mine.setText(mine.getText() + "\n" + texts.msg("gather.edited"));
                }
                changes.add(mine, 2, r);
                Label theirs = new Label(c.theirs().isEmpty() ? texts.msg("gather.empty") : c.theirs());
                theirs.setWrapText(true);
                changes.add(theirs, 3, r);
                CheckBox take = new CheckBox(texts.msg("gather.take"));
                take.setId("gatherTake-" + c.row() + "-" + c.column());
                take.selectedProperty().bindBidirectional(i.take());
                changes.add(take, 4, r);
                r++;
            }
            box.getChildren().add(changes);
        }
        if (review.plan().sources().isEmpty() && review.problems(texts.locale()).isEmpty()) {
            box.getChildren().add(new Label(texts.msg("gather.none")));
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(880, 460);
        getDialogPane().setContent(scroll);
        ButtonType ok = new ButtonType(texts.msg("gather.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, DialogPrompter.cancel(texts));
        getDialogPane().lookupButton(ok).setId("gatherOk");
        getDialogPane().lookupButton(ok).setDisable(!review.changesAnything());
        DialogPrompter.fit(this);
        setResultConverter(b -> b == ok);
    }

    private static Label caption(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    GridPane changesGrid() {
        return changes;
    }
}
