package cn.shenbao.app.ui;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.template.SectionDef;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The 检查结果 panel at the bottom of the main window: a header with the counts, one row per finding
 * (click, Enter or F8 jumps to its field), acknowledging warnings (确认无误).
 */
final class FindingsPane {
    private final WindowViewModel window;
    private final Consumer<Finding> jump;
    private final ListView<Finding> list = new ListView<>();
    private final Label header = new Label();
    private final Label detail = new Label();
    private final javafx.beans.property.BooleanProperty empty = new javafx.beans.property.SimpleBooleanProperty(false);
    private final VBox box;
    private final ListChangeListener<Finding> findingsListener = c -> findingsChanged();
    private Runnable selectionChanged = () -> { };
    private Runnable changed = () -> { };
    private DraftViewModel vm;

    FindingsPane(WindowViewModel window, Consumer<Finding> jump) {
        this.window = window;
        this.jump = jump;
        list.setId("findingsList");
        list.getStyleClass().add("findings-list");
        list.setCellFactory(l -> new FindingCell());
        list.setOnMouseClicked(e -> {
            Finding f = list.getSelectionModel().getSelectedItem();
            if (f != null && e.getButton() == MouseButton.PRIMARY) {
                jump.accept(f);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Finding f = list.getSelectionModel().getSelectedItem();
                if (f != null) {
                    jump.accept(f);
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            showDetail();
            selectionChanged.run();
        });
        header.getStyleClass().add("findings-header");
        header.setId("findingsHeader");
        header.setMinHeight(Region.USE_PREF_SIZE);
        // the whole text of the selected finding, however long: the rows keep one line each
        detail.setId("findingDetail");
        detail.getStyleClass().add("finding-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.setMaxWidth(Double.MAX_VALUE);
        box = new VBox(4, header, list, detail);
        box.getStyleClass().add("findings-panel");
        // small enough that the editors keep most of a 600-pixel-high window
        list.setPrefHeight(150);
        list.setMinHeight(40);
        box.setMinHeight(0);
        VBox.setVgrow(list, Priority.ALWAYS);
        for (Region r : List.of(list, detail)) {
            r.managedProperty().bind(r.visibleProperty());
        }
    }

    /** The text a finding is listed with: the part of the form, then the message. */
    private String text(Finding f) {
        SectionDef s = vm.template().sectionOf(f.path());
        String where = s == null ? "" : "［" + s.displayName() + "］ ";
        return where + f.message(window.texts().locale());
    }

    /** The detail line shows the selected finding in full; without a selection it takes no room. */
    private void showDetail() {
        Finding f = list.getSelectionModel().getSelectedItem();
        detail.setText(f == null || vm == null ? "" : text(f));
        detail.setVisible(f != null && vm != null && !vm.findings().isEmpty());
    }

    VBox node() {
        return box;
    }

    ListView<Finding> list() {
        return list;
    }

    /** Called whenever the selected finding changes (the 确认提醒无误 menu item follows it). */
    void onSelectionChanged(Runnable r) {
        this.selectionChanged = r;
    }

    /** True while there is nothing to list (the panel is then just its header line). */
    javafx.beans.property.ReadOnlyBooleanProperty emptyProperty() {
        return empty;
    }

    /** Called whenever the findings change (the status dots of the parts follow them). */
    void onFindingsChanged(Runnable r) {
        this.changed = r;
    }

    void setDocument(DraftViewModel model) {
        if (vm != null) {
            vm.findings().removeListener(findingsListener);
        }
        this.vm = model;
        model.findings().addListener(findingsListener);
        list.setItems(model.findings());
        findingsChanged();
    }

    /** The counts in the header, the rows (texts after a language switch, acknowledged tags). */
    void findingsChanged() {
        if (vm == null) {
            return;
        }
        UiTexts texts = window.texts();
        long errors = vm.findings().stream().filter(Finding::isError).count();
        long acknowledged = vm.findings().stream().filter(vm::isAcknowledged).count();
        long warnings = vm.findings().size() - errors - acknowledged;
        String text = vm.findings().isEmpty() ? texts.msg("findings.none")
                : acknowledged == 0 ? texts.msg("findings.header", errors, warnings)
                : texts.msg("findings.headerAcknowledged", errors, warnings, acknowledged);
        int toFill = vm.pendingTotalProperty().get();
        header.setText(toFill > 0 ? text + texts.msg("findings.pending", toFill) : text);
        list.refresh();
        // without findings the panel is just its header line: the editors get the room
        boolean none = vm.findings().isEmpty();
        list.setVisible(!none);
        box.setMaxHeight(none ? Region.USE_PREF_SIZE : Double.MAX_VALUE);
        empty.set(none);
        showDetail();
        changed.run();
        selectionChanged.run();
    }

    /** The finding selected in the panel, or null. */
    Finding selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** Selects a finding (without jumping to its field). */
    void select(Finding f) {
        int i = vm.findings().indexOf(f);
        if (i >= 0) {
            list.getSelectionModel().select(i);
            list.scrollTo(i);
        } else {
            list.getSelectionModel().clearSelection();
        }
    }

    /** F8: the finding after the selected one (wrapping around), selected and jumped to. */
    void next() {
        if (vm != null && !vm.checkedAllProperty().get()) {
            vm.checkAll(); // F8 checks the whole form: the values still to fill in are listed too
        }
        if (vm == null || vm.findings().isEmpty()) {
            window.notice(window.texts().msg("findings.none"));
            return;
        }
        int i = list.getSelectionModel().getSelectedIndex();
        int next = (i + 1) % vm.findings().size();
        list.getSelectionModel().select(next);
        list.scrollTo(next);
        jump.accept(vm.findings().get(next));
    }

    /**
     * Acknowledges the warning (确认无误) or takes the acknowledgement back; an error is refused with a
     * notice. The finding stays selected.
     */
    void toggleAcknowledged(Finding f) {
        if (vm == null || f == null) {
            return;
        }
        UiTexts texts = window.texts();
        if (f.isError()) {
            window.notice(texts.msg("acknowledge.error"));
            return;
        }
        boolean was = vm.isAcknowledged(f);
        if (was) {
            vm.unacknowledge(f);
        } else {
            vm.acknowledge(f);
        }
        select(f);
        window.notice(texts.msg(was ? "acknowledge.undone" : "acknowledge.done", f.message(texts.locale())));
    }

    void toggleSelectedAcknowledged() {
        Finding f = selected();
        if (f == null) {
            window.notice(window.texts().msg("acknowledge.nothing"));
            return;
        }
        toggleAcknowledged(f);
    }

    private final class FindingCell extends ListCell<Finding> {
        private final Label badge = new Label();
        private final Label tag = new Label();
        private final Label message = new Label();
        private final Button acknowledge = new Button();
        private final HBox row = new HBox(6);

        FindingCell() {
            tag.getStyleClass().add("badge-acknowledged");
            for (Region r : List.of(badge, tag, acknowledge)) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
            message.getStyleClass().add("finding-text");
            message.setMaxWidth(Double.MAX_VALUE);
            message.setMinWidth(0);
            HBox.setHgrow(message, Priority.ALWAYS);
            acknowledge.getStyleClass().add("acknowledge-button");
            acknowledge.setId("acknowledgeButton");
            acknowledge.setFocusTraversable(false);
            acknowledge.setOnAction(e -> toggleAcknowledged(getItem()));
            acknowledge.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
            row.setAlignment(Pos.CENTER_LEFT);
            // the row takes the width of the list (the message is shortened with …), so the button stays in view
            setPrefWidth(0);
            selectedProperty().addListener((o, a, b) -> showButton());
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            getStyleClass().removeAll("finding-cell-error", "finding-cell-warning", "finding-cell-acknowledged");
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                setContextMenu(null);
                setAccessibleText(null);
                return;
            }
            UiTexts texts = window.texts();
            boolean acknowledged = vm.isAcknowledged(f);
            message.setText(text(f));
            message.setTooltip(new Tooltip(message.getText()));
            badge.setText(f.isError() ? texts.msg("severity.error") : texts.msg("severity.warning"));
            badge.getStyleClass().setAll("label", f.isError() ? "badge-error" : "badge-warning");
            tag.setText(texts.msg("acknowledge.tag"));
            row.getChildren().setAll(badge);
            if (acknowledged) {
                row.getChildren().add(tag);
            }
            row.getChildren().addAll(message, acknowledge);
            setGraphic(row);
            getStyleClass().add(f.isError() ? "finding-cell-error" : acknowledged ? "finding-cell-acknowledged" : "finding-cell-warning");
            setAccessibleText(badge.getText() + (acknowledged ? " " + tag.getText() : "") + " " + message.getText());
            if (f.isError()) {
                setContextMenu(null);
            } else {
                MenuItem m = new MenuItem(texts.msg(acknowledged ? "menu.unacknowledge" : "menu.acknowledge"));
                m.setId("acknowledgeContextItem");
                m.setOnAction(e -> toggleAcknowledged(f));
                setContextMenu(new ContextMenu(m));
            }
            acknowledge.setText(texts.msg(acknowledged ? "acknowledge.buttonUndo" : "acknowledge.button"));
            showButton();
        }

        /** The small button is offered on the selected warning only; errors never get it. */
        private void showButton() {
            Finding f = getItem();
            boolean show = isSelected() && f != null && !isEmpty() && !f.isError();
            acknowledge.setVisible(show);
            acknowledge.setManaged(show);
        }
    }
}
