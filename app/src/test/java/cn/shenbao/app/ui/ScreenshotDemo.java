package cn.shenbao.app.ui;

import cn.shenbao.app.ui.export.PreviewWindow;
import cn.shenbao.app.ui.export.PrintPackageExporter;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.RecentFiles;
import cn.shenbao.app.ui.model.RecoveryStore;
import cn.shenbao.app.ui.model.UserSettings;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Opens the client in a prepared state for scripts/screenshots.sh (not a test): {@code empty},
 * {@code findings}, {@code members} or {@code preview}.
 */
public final class ScreenshotDemo {
    private ScreenshotDemo() {}

    public static void main(String[] args) {
        Application.launch(Demo.class, args);
    }

    /** The application behind the demo. */
    public static final class Demo extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        String scene = getParameters().getRaw().isEmpty() ? "empty" : getParameters().getRaw().get(0);
        Locale.setDefault(Locale.Category.FORMAT, Locale.SIMPLIFIED_CHINESE);
        UiTexts texts = new UiTexts(Locale.SIMPLIFIED_CHINESE);
        var home = Files.createTempDirectory("shenbao-shots");
        TemplateRegistry reg = TemplateRegistry.builtIn();
        MainWindow w = new MainWindow(stage, new WindowViewModel.Services(texts, new DialogPrompter(stage, texts),
                new RecoveryStore(home.resolve("recovery")), new RecentFiles(home.resolve("recent.txt")),
                new PrintPackageExporter(), reg, new UserSettings(home.resolve("settings.properties"))));
        TemplateDef t = reg.get("kczg-2024");
        Scene sc = new Scene(w.root(), 1400, 900);
        sc.getStylesheets().add(ShenbaoApp.class.getResource(ShenbaoApp.CSS).toExternalForm());
        CjkFonts.apply(w.root());
        stage.setScene(sc);
        stage.setX(0);
        stage.setY(0);
        switch (scene) {
            case "findings" -> {
                Draft d = SampleDrafts.kczgComplete();
                w.show(new DraftViewModel(t, d, null));
                stage.show();
                w.jumpToSection("basis");
                w.vm().value("basis").set(d.text("basis") + "并在服务区域内建立长期合作机制。");
                w.vm().value("contactMobile").set("1380013800");
                w.vm().value("unitAddress.postcode").set("");
                w.vm().value("applyDate").set("2024-06-01");
                w.vm().value("provinces").set("安徽省、江苏省、浙江省");
                w.vm().findings().stream().filter(f -> f.path().equals("applyDate")).findFirst().ifPresent(w.vm()::acknowledge);
                w.vm().findings().stream().filter(f -> f.path().equals("provinces")).findFirst().ifPresent(w::selectFinding);
                Platform.runLater(() -> w.jumpToSection("basis"));
            }
            case "members" -> {
                Draft d = SampleDrafts.kczgComplete();
                w.show(new DraftViewModel(t, d, null));
                stage.show();
                w.jumpToSection("team");
            }
            case "preview" -> {
                w.show(new DraftViewModel(t, SampleDrafts.kczgComplete(), null));
                stage.show();
                PreviewWindow p = PreviewWindow.show(stage, texts, new PrintPackageExporter(), w.vm());
                p.stage().setX(250);
                p.stage().setY(0);
                p.stage().setHeight(900);
            }
            case "export" -> {
                Draft d = SampleDrafts.kczgComplete();
                d.set("projectName", "“科创中国”𠀾材料科技服务团");
                w.show(new DraftViewModel(t, d, null));
                stage.show();
                var dialog = new cn.shenbao.app.ui.export.ExportDialog(stage, texts, new PrintPackageExporter(),
                        new DialogPrompter(stage, texts), w.vm(), s -> { }, w::jumpToField);
                dialog.show();
                dialog.stage().setX(300);
                dialog.stage().setY(60);
                ((javafx.scene.control.TextField) dialog.stage().getScene().lookup("#exportFolder"))
                        .setText(Files.createTempDirectory("shenbao-shot").toString());
                ((javafx.scene.control.Button) dialog.stage().getScene().lookup("#exportRun")).fire();
            }
            default -> {
                w.newDraft(t);
                stage.show();
            }
        }
    }
    }
}
