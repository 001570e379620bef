package cn.shenbao.app.ui;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.SectionStatus;
import cn.shenbao.forms.template.SectionDef;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The left pane of the main window: the parts of the form, each with a dot for its status. */
final class NavigationPane {
    private final ListView<SectionDef> list = new ListView<>();
    private final Supplier<UiTexts> texts;
    private DraftViewModel vm;

    NavigationPane(Supplier<UiTexts> texts, Consumer<SectionDef> onSelect) {
        this.texts = texts;
        list.getStyleClass().add("section-nav");
        list.setId("sectionNav");
        list.setCellFactory(l -> new SectionCell());
        list.setPrefWidth(250);
        list.setMinWidth(150);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                onSelect.accept(b);
            }
        });
    }

    ListView<SectionDef> node() {
        return list;
    }

    /** Lists the parts of a draft's form and selects the first. */
    void setDocument(DraftViewModel model) {
        this.vm = model;
        list.getItems().setAll(model.template().sections());
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
            case WARNINGS -> t.msg("status.warnings");
            case ERRORS -> t.msg("status.errors");
        };
    }

    private final class SectionCell extends ListCell<SectionDef> {
        private final Region dot = new Region();
        private final Label text = new Label();
        private final HBox box = new HBox(8, dot, text);

        SectionCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            dot.getStyleClass().add("status-dot");
            dot.setMinSize(10, 10);
            dot.setMaxSize(10, 10);
        }

        @Override
        protected void updateItem(SectionDef s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null || vm == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            SectionStatus st = vm.status(s.id()).get();
            dot.getStyleClass().removeAll("status-complete", "status-warnings", "status-errors");
            dot.getStyleClass().add(switch (st) {
                case COMPLETE -> "status-complete";
                case WARNINGS -> "status-warnings";
                case ERRORS -> "status-errors";
            });
            text.setText(s.displayName());
            setText(null);
            setGraphic(box);
            setAccessibleText(s.displayName() + " " + statusText(st));
            setTooltip(new Tooltip(statusText(st)));
        }
    }
}
