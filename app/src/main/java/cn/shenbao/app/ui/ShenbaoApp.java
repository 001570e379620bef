package cn.shenbao.app.ui;

import cn.shenbao.app.ui.export.PrintPackageExporter;
import cn.shenbao.app.ui.model.AppDirs;
import cn.shenbao.app.ui.model.RecentFiles;
import cn.shenbao.app.ui.model.RecoveryStore;
import cn.shenbao.app.ui.model.UserSettings;
import cn.shenbao.app.ui.model.WelcomeModel;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.i18n.Messages;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application. Arguments: {@code --lang en} for English (otherwise the language chosen in
 * the client, Chinese by default), and optionally a draft file to open. Started through {@link ClientLauncher}.
 */
public final class ShenbaoApp extends Application {
    /** The stylesheet of the client. */
    public static final String CSS = "/cn/shenbao/app/ui/shenbao.css";
    private MainWindow window;

    /**
     * The language of this run: {@code --lang zh|en} among the arguments wins for this run; otherwise
     * the language the user chose in the client (帮助 › 语言, kept in the settings); otherwise Chinese.
     */
    public static Locale chooseLocale(List<String> args, UserSettings settings) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang") && i + 1 < args.size()) {
                return Messages.locale(args.get(i + 1));
            } else if (a.startsWith("--lang=")) {
                return Messages.locale(a.substring(7));
            }
        }
        return settings.language().orElse(Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        UserSettings settings = new UserSettings(AppDirs.settings());
        Locale locale = chooseLocale(args, settings);
        Path toOpen = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang")) {
                i++;
            } else if (!a.startsWith("-")) {
                toOpen = Path.of(a);
            }
        }
        if (locale.getLanguage().equals("zh")) {
            Locale.setDefault(Locale.Category.FORMAT, Locale.SIMPLIFIED_CHINESE);
        }
        UiTexts texts = new UiTexts(locale);
        TemplateRegistry registry = TemplateRegistry.builtIn();
        MainWindow.Services services = new MainWindow.Services(texts, new DialogPrompter(stage, texts),
                new RecoveryStore(AppDirs.recovery()), new RecentFiles(AppDirs.recentFiles()),
                new PrintPackageExporter(), registry, settings);
        window = new MainWindow(stage, services);
        TemplateDef first = registry.all().get(0);
        window.newDraft(first);
        if (toOpen != null && Files.exists(toOpen)) {
            window.open(toOpen);
        }
        Scene scene = new Scene(window.root(), 1320, 860);
        scene.getStylesheets().add(ShenbaoApp.class.getResource(CSS).toExternalForm());
        CjkFonts.apply(window.root());
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcons.forWindow());
        stage.setOnCloseRequest(e -> {
            if (!window.close()) {
                e.consume();
            }
        });
        stage.show();
        Platform.runLater(() -> {
            ClientLauncher.reportReady();
            if (Boolean.getBoolean("shenbao.exitWhenReady")) {
                Platform.exit();
                return;
            }
            WelcomeModel welcome = new WelcomeModel(settings, registry, AppDirs.home());
            if (welcome.due()) {
                new WelcomeDialog(welcome, window.texts(), FontLocator.system(), window::open, window::setLanguage)
                        .show(stage);
            } else {
                window.offerRecovery();
            }
        });
    }
}
