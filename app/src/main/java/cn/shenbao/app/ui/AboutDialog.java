package cn.shenbao.app.ui;

import cn.shenbao.app.ui.model.AboutInfo;
import cn.shenbao.app.ui.model.AboutInfo.Library;
import cn.shenbao.forms.draft.ProgramVersion;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 帮助 › 关于: the program, its version and licence (AGPL-3.0-or-later), and every bundled library with
 * its licence as the build recorded them ({@link AboutInfo}), the Java runtime, and where the print
 * fonts come from.
 */
public final class AboutDialog {
    private final UiTexts texts;
    private final List<Library> libraries;

    public AboutDialog(UiTexts texts, List<Library> libraries) {
        this.texts = texts;
        this.libraries = libraries;
    }

    /** Opens the dialog over {@code owner} (modal, closes with its button or Esc). */
    public static Stage show(Window owner, UiTexts texts) {
        Stage stage = new AboutDialog(texts, AboutInfo.libraries()).stage(owner);
        stage.show();
        return stage;
    }

    Stage stage(Window owner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(texts.msg("about.title"));
        stage.getIcons().setAll(AppIcons.forWindow());
        Parent root = content(stage);
        Scene scene = new Scene(root, 760, 640);
        scene.getStylesheets().add(AboutDialog.class.getResource(ShenbaoApp.CSS).toExternalForm());
        CjkFonts.apply(root);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        return stage;
    }

    Parent content(Stage stage) {
        ImageView icon = new ImageView(AppIcons.image(64));
        Label name = new Label(texts.msg("about.name"));
        name.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        Label version = new Label(texts.msg("about.version", ProgramVersion.get(),
                System.getProperty("java.runtime.version", System.getProperty("java.version")),
                System.getProperty("java.vendor", "")));
        version.setId("aboutVersion");
        Label licence = new Label(texts.msg("about.programLicense", AboutInfo.PROGRAM_LICENSE));
        licence.setWrapText(true);
        licence.setPrefWidth(620);
        licence.setMinHeight(Region.USE_PREF_SIZE);
        VBox heading = new VBox(4, name, version, licence);
        HBox top = new HBox(16, icon, heading);

        TextArea licenceText = new TextArea(AboutInfo.programLicense());
        licenceText.setId("aboutLicense");
        licenceText.setEditable(false);
        licenceText.setWrapText(true);
        licenceText.setPrefRowCount(7);

        Map<String, Integer> counts = AboutInfo.countByLicense(libraries);
        Label summary = new Label(texts.msg("about.thirdParty", libraries.size(),
                counts.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue())
                        .collect(Collectors.joining("，"))));
        summary.setId("aboutSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);

        TableView<Library> table = new TableView<>(FXCollections.observableArrayList(libraries));
        table.setId("aboutLibraries");
        table.getColumns().add(column(texts.msg("about.column.name"), 230, Library::name));
        table.getColumns().add(column(texts.msg("about.column.version"), 90, Library::version));
        table.getColumns().add(column(texts.msg("about.column.license"), 190, Library::licenseText));
        table.getColumns().add(column(texts.msg("about.column.artifact"), 220, Library::coordinates));
        table.setPlaceholder(new Label(texts.msg("about.noList")));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label fonts = new Label(texts.msg("about.fonts"));
        fonts.setWrapText(true);
        fonts.setMinHeight(Region.USE_PREF_SIZE);
        Button close = new Button(texts.msg("about.close"));
        close.setId("aboutClose");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setStyle("-fx-alignment: center-right;");

        VBox root = new VBox(10, top, licenceText, summary, table, fonts, buttons);
        root.setPadding(new Insets(16));
        return root;
    }

    private static TableColumn<Library, String> column(String title, double width,
            java.util.function.Function<Library, String> value) {
        TableColumn<Library, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
