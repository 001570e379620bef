package cn.shenbao.app.ui;

import cn.shenbao.app.ui.model.WelcomeModel;
import cn.shenbao.app.ui.model.WelcomeModel.FontCheck;
import cn.shenbao.app.ui.model.WelcomeModel.Sample;
import cn.shenbao.forms.print.fonts.FontLocator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The first-run welcome (shown once): open the sample application of each form, see which Chinese fonts
 * printing will use (or what to install), and choose the language. What it knows lives in
 * {@link WelcomeModel}; opening a draft and switching the language go through the main window.
 */
public final class WelcomeDialog {
    private final WelcomeModel model;
    private final Predicate<Path> openDraft;
    private final Consumer<Locale> setLanguage;
    private final FontLocator fonts;
    private UiTexts texts;
    private Stage stage;
    private FontCheck fontCheck;

    /**
     * @param openDraft   opens a draft in the main window; false when it could not (already reported)
     * @param setLanguage switches the main window's language and stores it
     */
    public WelcomeDialog(WelcomeModel model, UiTexts texts, FontLocator fonts, Predicate<Path> openDraft,
            Consumer<Locale> setLanguage) {
        this.model = model;
        this.texts = texts;
        this.fonts = fonts;
        this.openDraft = openDraft;
        this.setLanguage = setLanguage;
    }

    /** Shows the welcome over {@code owner} and remembers that it was shown. */
    public Stage show(Window owner) {
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.getIcons().setAll(AppIcons.forWindow());
        Scene scene = new Scene(new VBox(), 620, 560);
        scene.getStylesheets().add(WelcomeDialog.class.getResource(ShenbaoApp.CSS).toExternalForm());
        stage.setScene(scene);
        rebuild();
        model.markShown();
        stage.show();
        Thread check = new Thread(() -> {
            FontCheck result = WelcomeModel.checkFonts(fonts, texts.locale());
            Platform.runLater(() -> {
                fontCheck = result;
                rebuild();
            });
        }, "shenbao-font-check");
        check.setDaemon(true);
        check.start();
        return stage;
    }

    private void rebuild() {
        stage.setTitle(texts.msg("welcome.title"));
        Parent root = content();
        stage.getScene().setRoot(root);
        CjkFonts.apply(root);
    }

    Parent content() {
        Label title = new Label(texts.msg("welcome.heading"));
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        Label intro = new Label(texts.msg("welcome.intro"));
        intro.setWrapText(true);
        intro.setPrefWidth(500);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        HBox top = new HBox(14, new ImageView(AppIcons.image(48)), new VBox(4, title, intro));

        VBox samples = new VBox(6, section(texts.msg("welcome.samples")));
        for (Sample s : model.samples()) {
            Button b = new Button(texts.msg("welcome.openSample", s.template().title()));
            b.setId("sample-" + s.template().id());
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> openSample(s));
            samples.getChildren().add(b);
        }
        if (model.samples().isEmpty()) {
            samples.getChildren().add(new Label(texts.msg("welcome.noSamples")));
        }

        VBox fontBox = new VBox(4, section(texts.msg("welcome.fonts")));
        Label fontState = new Label();
        fontState.setId("welcomeFonts");
        fontState.setWrapText(true);
        fontState.setMinHeight(Region.USE_PREF_SIZE);
        if (fontCheck == null) {
            fontState.setText(texts.msg("welcome.fonts.checking"));
        } else if (fontCheck.ok()) {
            fontState.setText(texts.msg("welcome.fonts.found", String.join("\n", fontCheck.lines())));
        } else {
            fontState.setText(texts.msg("welcome.fonts.none", fontCheck.problem()));
            fontState.setStyle("-fx-text-fill: #b00020;");
        }
        fontBox.getChildren().add(fontState);

        ToggleGroup group = new ToggleGroup();
        RadioButton zh = new RadioButton("中文");
        zh.setId("welcome-zh");
        RadioButton en = new RadioButton("English");
        en.setId("welcome-en");
        zh.setToggleGroup(group);
        en.setToggleGroup(group);
        (texts.locale().getLanguage().equals("en") ? en : zh).setSelected(true);
        zh.setOnAction(e -> language(Locale.SIMPLIFIED_CHINESE));
        en.setOnAction(e -> language(Locale.ENGLISH));
        VBox langBox = new VBox(4, section(texts.msg("welcome.language")), new HBox(16, zh, en));

        Button start = new Button(texts.msg("welcome.start"));
        start.setId("welcomeStart");
        start.setDefaultButton(true);
        start.setCancelButton(true);
        start.setOnAction(e -> stage.close());
        HBox buttons = new HBox(start);
        buttons.setStyle("-fx-alignment: center-right;");

        VBox root = new VBox(16, top, samples, fontBox, langBox, buttons);
        root.setPadding(new Insets(18));
        return root;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private void openSample(Sample s) {
        Path copy;
        try {
            copy = model.copyOf(s);
        } catch (IOException e) {
            Label err = new Label(texts.msg("welcome.sampleFailed", e.getMessage()));
            ((VBox) stage.getScene().getRoot()).getChildren().add(err);
            return;
        }
        if (openDraft.test(copy)) {
            stage.close();
        }
    }

    private void language(Locale locale) {
        setLanguage.accept(locale);
        texts = new UiTexts(locale);
        rebuild();
    }
}
