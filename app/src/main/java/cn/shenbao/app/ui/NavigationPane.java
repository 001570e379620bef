package cn.shenbao.app.ui;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.SectionStatus;
import cn.shenbao.forms.template.SectionDef;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The left pane of the main window: the parts of the form, each with a dot for its status. */
final class NavigationPane {
    private final ListView<SectionDef> list = new ListView<>();
    /** Which form the open draft is (its title), above the parts. */
    private final Label form = new Label();
    private final javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(list);
    private final Supplier<UiTexts> texts;
    private DraftViewModel vm;

    NavigationPane(Supplier<UiTexts> texts, Consumer<SectionDef> onSelect) {
        this.texts = texts;
        list.getStyleClass().add("section-nav");
        list.setId("sectionNav");
        list.setCellFactory(l -> new SectionCell());
        // min and preferred width in em (stylesheet): the names stay readable at every text size and the
        // editors keep their room at 1024×600; a longer name wraps in its row (SectionCell)
        form.setId("navForm");
        form.getStyleClass().add("nav-form");
        form.setMaxWidth(Double.MAX_VALUE);
        form.setMinWidth(0);
        box.setMinHeight(0);
        box.setPrefHeight(0); // the parts list takes the height the window gives, never asks for more
        box.getChildren().add(0, form);
        javafx.scene.layout.VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                onSelect.accept(b);
            }
        });
    }

    javafx.scene.layout.VBox node() {
        return box;
    }

    /** Lists the parts of a draft's form and selects the first. */
    void setDocument(DraftViewModel model) {
        this.vm = model;
        form.setText(model.template().title());
        form.setTooltip(new Tooltip(texts.get().msg("nav.form", model.template().title()))); // the whole title when cut
        // a part whose condition is false (T8: the other kind's part) leaves the list while it does not apply
        javafx.collections.transformation.FilteredList<SectionDef> parts = new javafx.collections.transformation.FilteredList<>(
                javafx.collections.FXCollections.observableArrayList(model.template().sections()),
                s -> model.sectionShownProperty(s.id()).get());
        for (SectionDef s : model.template().sections()) {
            if (s.when() != null) {
                model.sectionShownProperty(s.id()).addListener((o, was, now) ->
                        parts.setPredicate(p -> model.sectionShownProperty(p.id()).get()));
            }
        }
        list.setItems(parts);
        list.getSelectionModel().select(0);
    }

    SectionDef selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    void select(SectionDef s) {
        list.getSelectionModel().select(s);
    }

    void refresh() {
        list.refresh();
    }

    private String statusText(SectionStatus st) {
        UiTexts t = texts.get();
        return switch (st) {
            case COMPLETE -> t.msg("status.complete");
            case PENDING -> t.msg("status.pendingOnly");
            case WARNINGS -> t.msg("status.warnings");
            case ERRORS -> t.msg("status.errors");
        };
    }

    /**
     * One part: its status dot, its name (wrapped onto further lines when long) and under it, on a line of its
     * own, the grey "待填写 n 项". The row is exactly as wide as the list (never wider, so no horizontal
     * scrollbar) and as tall as its wrapped texts need; the tooltip names the part and its status in full.
     */
    private final class SectionCell extends ListCell<SectionDef> {
        private final Region dot = new Region();
        private final Label text = new Label();
        /** "待填写 n 项": required values of the part not filled in yet (neutral, not an error). */
        private final Label pending = new Label();
        private final VBox lines = new VBox(1, text, pending);
        private final HBox box = new HBox(8, dot, lines);

        SectionCell() {
            box.setAlignment(Pos.TOP_LEFT);
            text.getStyleClass().add("nav-name");
            text.setWrapText(true);
            text.setMinWidth(0);
            text.setMaxWidth(Double.MAX_VALUE);
            pending.getStyleClass().add("pending-count");
            pending.setWrapText(true);
            pending.setMinWidth(0);
            lines.setMinWidth(0);
            HBox.setHgrow(lines, Priority.ALWAYS);
            dot.getStyleClass().add("status-dot");
            dot.setMinSize(10, 10);
            dot.setMaxSize(10, 10);
        }

        /** Never wider than the list gives it: the list then needs no horizontal scrollbar. */
        @Override
        protected double computePrefWidth(double height) {
            return getGraphic() == null ? super.computePrefWidth(height) : 0;
        }

        @Override
        protected double computeMinWidth(double height) {
            return getGraphic() == null ? super.computeMinWidth(height) : 0;
        }

        /** As tall as the texts wrapped at the width of the row. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            Insets in = getInsets();
            double w = width > 0 ? width : getWidth();
            return in.getTop() + box.prefHeight(Math.max(0, w - in.getLeft() - in.getRight())) + in.getBottom();
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (getGraphic() != null) {
                Insets in = getInsets();
                box.resizeRelocate(in.getLeft(), in.getTop(), Math.max(0, getWidth() - in.getLeft() - in.getRight()),
                        Math.max(0, getHeight() - in.getTop() - in.getBottom()));
                // the dot stays beside the first line of a wrapped name
                dot.setTranslateY(Math.max(0, (text.getFont().getSize() * 1.45 - dot.getHeight()) / 2));
            }
        }

        @Override
        protected void updateItem(SectionDef s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null || vm == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                setTooltip(null);
                return;
            }
            SectionStatus st = vm.status(s.id()).get();
            dot.getStyleClass().removeAll("status-complete", "status-pending", "status-warnings", "status-errors");
            dot.getStyleClass().add(switch (st) {
                case COMPLETE -> "status-complete";
                case PENDING -> "status-pending";
                case WARNINGS -> "status-warnings";
                case ERRORS -> "status-errors";
            });
            text.setText(s.displayName());
            int n = vm.pendingCount(s.id()).get();
            String toFill = n > 0 ? texts.get().msg("status.pending", n) : "";
            pending.setText(toFill);
            pending.setVisible(n > 0);
            pending.setManaged(n > 0);
            setText(null);
            setGraphic(box);
            String tip = st == SectionStatus.PENDING || n == 0 ? statusText(st) : statusText(st) + "；" + toFill;
            setAccessibleText(s.displayName() + " " + tip);
            setTooltip(new Tooltip(s.displayName() + "：" + tip));
        }
    }
}
