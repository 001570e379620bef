package cn.shenbao.app.ui;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.FormSearch;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * 查找 (Ctrl+F): a bar above the editors. Enter or 下一个 (F3) goes to the next field whose label or
 * value contains the text, across all parts of the form; Esc closes the bar.
 */
final class FindBar {
    private final HBox bar;
    private final TextField field = new TextField();
    private final Label label = new Label();
    private final Label status = new Label();
    private final Button next = new Button();
    private final Button close = new Button("×");
    private final Supplier<DraftViewModel> vm;
    private final Supplier<UiTexts> texts;
    private final Consumer<String> jump;
    private int index = -1;

    FindBar(Supplier<DraftViewModel> vm, Supplier<UiTexts> texts, Consumer<String> jump) {
        this.vm = vm;
        this.texts = texts;
        this.jump = jump;
        field.setId("findField");
        field.setPrefColumnCount(18);
        next.setId("findNext");
        status.setId("findStatus");
        close.setId("findClose");
        for (Region r : List.of(label, next, close, status)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        field.textProperty().addListener((o, a, b) -> {
            index = -1;
            status.setText("");
        });
        field.setOnAction(e -> next());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        next.setOnAction(e -> next());
        close.setOnAction(e -> hide());
        bar = new HBox(8, label, field, next, status, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("find-bar");
        bar.setId("findBar");
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setVisible(false);
        texts();
    }

    HBox node() {
        return bar;
    }

    /** The texts of the bar in the language of the interface. */
    void texts() {
        UiTexts t = texts.get();
        label.setText(t.msg("find.label"));
        field.setPromptText(t.msg("find.prompt"));
        next.setText(t.msg("find.next"));
    }

    /** Ctrl+F: shows the bar with the cursor in it and the previous text selected. */
    void show() {
        bar.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    void hide() {
        bar.setVisible(false);
    }

    boolean isShowing() {
        return bar.isVisible();
    }

    /** Goes to the next match after the last one (wrapping around), or says that there is none. */
    void next() {
        DraftViewModel model = vm.get();
        if (model == null) {
            return;
        }
        UiTexts t = texts.get();
        List<String> hits = FormSearch.find(model.template(), model.draft(), field.getText());
        if (field.getText().isBlank()) {
            status.setText(t.msg("find.empty"));
            return;
        }
        if (hits.isEmpty()) {
            status.setText(t.msg("find.none", field.getText().strip()));
            index = -1;
            return;
        }
        index = (index + 1) % hits.size();
        status.setText(t.msg("find.count", index + 1, hits.size()));
        jump.accept(hits.get(index));
    }
}
