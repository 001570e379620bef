package cn.shenbao.app.ui;

import cn.shenbao.app.ui.export.PrintPackageExporter;
import cn.shenbao.app.ui.model.AppDirs;
import cn.shenbao.app.ui.model.RecentFiles;
import cn.shenbao.app.ui.model.RecoveryStore;
import cn.shenbao.app.ui.model.UserSettings;
import cn.shenbao.app.ui.model.WelcomeModel;
import cn.shenbao.app.ui.export.ExportWarmUp;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.i18n.Messages;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application. Arguments: {@code --lang en} for English (otherwise the language chosen in
 * the client, Chinese by default), and the drafts to open (one window each). Started through {@link ClientLauncher}.
 */
public final class ShenbaoApp extends Application {
    /** The stylesheet of the client. */
    public static final String CSS = "/cn/shenbao/app/ui/shenbao.css";

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

    /** The drafts named among the arguments (everything that is not an option or the value of {@code --lang}). */
    public static List<Path> draftArguments(List<String> args) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang")) {
                i++;
            } else if (!a.startsWith("-")) {
                files.add(Path.of(a));
            }
        }
        return files;
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        UserSettings settings = new UserSettings(AppDirs.settings());
        Locale locale = chooseLocale(args, settings);
        if (locale.getLanguage().equals("zh")) {
            Locale.setDefault(Locale.Category.FORMAT, Locale.SIMPLIFIED_CHINESE);
        }
        UiTexts texts = new UiTexts(locale);
        TemplateRegistry registry = TemplateRegistry.builtIn();
        RecoveryStore recovery = new RecoveryStore(AppDirs.recovery());
        RecentFiles recent = new RecentFiles(AppDirs.recentFiles());
        PrintPackageExporter exporter = new PrintPackageExporter();
        List<MainWindow> windows = openWindows(stage, s -> new WindowViewModel.Services(texts, new DialogPrompter(s, texts),
                recovery, recent, exporter, registry, settings), draftArguments(args));
        Platform.runLater(() -> {
            ClientLauncher.reportReady();
            if (Boolean.getBoolean("shenbao.exitWhenReady")) {
                Platform.exit();
                return;
            }
            // load POI and iText while the user reads the window (a blank export on a daemon thread of minimum
            // priority): on a quiet 2-core machine the first export asked for 3 s after the window takes 0.30-0.35 s
            // with it and 1.0 s without (docs/benchmarks.md, "Cold start"); -Dshenbao.warmUp=false turns it off
            if (!"false".equals(System.getProperty("shenbao.warmUp"))) {
                ExportWarmUp.start(exporter, registry.first(), locale);
            }
            String probe = System.getProperty("shenbao.measureFirstExport");
            if (probe != null) {
                ClientLauncher.measureFirstExport(exporter, windows.get(0).vm().template(), windows.get(0).vm().draft(),
                        locale, (long) (Double.parseDouble(probe) * 1000));
                return;
            }
            WelcomeModel welcome = new WelcomeModel(settings, registry, AppDirs.home());
            // a start that opens drafts (double-click on a .shenbao file) goes straight to them
            if (welcome.due() && draftArguments(args).isEmpty()) {
                MainWindow first = windows.get(0);
                new WelcomeDialog(welcome, first.texts(), FontLocator.system(), first::open, first::setLanguage)
                        .show(stage);
            } else {
                windows.get(0).offerRecovery();
            }
        });
    }

    /**
     * Opens the main windows: one with a blank draft of the first form when no file is given, else one
     * window per draft (like a word processor; each has its own undo, autosave and close question).
     * A file that cannot be read is reported in its window, which keeps a blank draft.
     */
    public static List<MainWindow> openWindows(Stage first, Function<Stage, WindowViewModel.Services> services, List<Path> files) {
        List<MainWindow> windows = new ArrayList<>();
        int count = Math.max(1, files.size());
        for (int i = 0; i < count; i++) {
            Stage stage = i == 0 ? first : new Stage();
            MainWindow window = new MainWindow(stage, services.apply(stage));
            TemplateDef blank = window.model().services().templates().first();
            window.newDraft(blank);
            Scene scene = new Scene(window.root());
            scene.getStylesheets().add(ShenbaoApp.class.getResource(CSS).toExternalForm());
            stage.setScene(scene);
            stage.getIcons().setAll(AppIcons.forWindow());
            window.placeOnScreen(30 * i);
            stage.setOnCloseRequest(e -> {
                if (!window.close()) {
                    e.consume();
                }
            });
            stage.show();
            if (i < files.size()) {
                window.open(files.get(i));
            }
            windows.add(window);
        }
        return windows;
    }
}
