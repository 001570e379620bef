package cn.shenbao.app.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar of the main window: the draft's file, the last notice, the last autosave. */
final class StatusBar {
    private final HBox bar;

    StatusBar(WindowViewModel window) {
        Label file = new Label();
        file.setId("statusFile");
        file.textProperty().bind(window.fileStatusProperty());
        Label notice = new Label();
        notice.setId("statusNotice");
        notice.getStyleClass().add("status-notice");
        notice.textProperty().bind(window.noticeProperty());
        notice.setMinWidth(0);
        file.setMinWidth(0);
        Label autosave = new Label();
        autosave.setId("statusAutosave");
        autosave.textProperty().bind(window.autosaveStatusProperty());
        autosave.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        bar = new HBox(16, file, notice, grow, autosave);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
    }

    HBox node() {
        return bar;
    }
}
