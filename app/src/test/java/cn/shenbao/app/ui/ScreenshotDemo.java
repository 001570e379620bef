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
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens the client in a prepared state for scripts/screenshots.sh (not a test): {@code empty},
 * {@code findings}, {@code members}, {@code preview}, {@code export}, {@code find}, {@code keys} or
 * {@code guide}. The main window is sized to the screen the way the client does it (so a 1024×600
 * Xvfb screen shows the window as a 1024×600 laptop would). With a file name as second argument the
 * demo writes a picture of the shown window there after a few seconds and exits.
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
        List<String> raw = getParameters().getRaw();
        String scene = raw.isEmpty() ? "empty" : raw.get(0);
        String out = raw.size() > 1 ? raw.get(1) : null;
        Locale.setDefault(Locale.Category.FORMAT, Locale.SIMPLIFIED_CHINESE);
        UiTexts texts = new UiTexts(Locale.SIMPLIFIED_CHINESE);
        var home = Files.createTempDirectory("shenbao-shots");
        TemplateRegistry reg = TemplateRegistry.builtIn();
        MainWindow w = new MainWindow(stage, new WindowViewModel.Services(texts, new DialogPrompter(stage, texts),
                new RecoveryStore(home.resolve("recovery")), new RecentFiles(home.resolve("recent.txt")),
                new PrintPackageExporter(), reg, new UserSettings(home.resolve("settings.properties"))));
        TemplateDef t = reg.get("kczg-2024");
        w.newDraft(t);
        Scene sc = new Scene(w.root());
        sc.getStylesheets().add(ShenbaoApp.class.getResource(ShenbaoApp.CSS).toExternalForm());
        stage.setScene(sc);
        w.placeOnScreen(0);
        Supplier<Stage> shot = () -> stage;
        double seconds = 4;
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
            case "phases" -> {
                w.show(new DraftViewModel(t, SampleDrafts.kczgComplete(), null));
                stage.show();
                w.jumpToSection("schedule");
            }
            case "removed" -> {
                w.show(new DraftViewModel(t, SampleDrafts.kczgComplete(), null));
                stage.show();
                w.jumpToSection("team");
                Platform.runLater(() -> ((javafx.scene.control.Button) sc.lookup("#members_1_remove")).fire());
            }
            case "find" -> {
                Draft d = SampleDrafts.kczgComplete();
                w.show(new DraftViewModel(t, d, null));
                stage.show();
                w.find();
                Platform.runLater(() -> {
                    var field = (javafx.scene.control.TextField) sc.lookup("#findField");
                    field.setText(d.text("members[1].name"));
                    field.fireEvent(new javafx.event.ActionEvent());
                });
            }
            case "preview" -> {
                w.show(new DraftViewModel(t, SampleDrafts.kczgComplete(), null));
                stage.show();
                PreviewWindow p = PreviewWindow.show(stage, texts, new PrintPackageExporter(), w.vm());
                p.stage().setX(stage.getX() + 120);
                p.stage().setY(stage.getY());
                shot = p::stage;
                seconds = 20;
            }
            case "export" -> {
                Draft d = SampleDrafts.kczgComplete();
                d.set("projectName", "“科创中国”𠀾材料科技服务团");
                w.show(new DraftViewModel(t, d, null));
                stage.show();
                var dialog = new cn.shenbao.app.ui.export.ExportDialog(stage, texts, new PrintPackageExporter(),
                        new DialogPrompter(stage, texts), w.vm(), s -> { }, w::jumpToField);
                dialog.show();
                dialog.stage().setX(stage.getX() + 200);
                dialog.stage().setY(stage.getY() + 60);
                ((javafx.scene.control.TextField) dialog.stage().getScene().lookup("#exportFolder"))
                        .setText(Files.createTempDirectory("shenbao-shot").toString());
                ((javafx.scene.control.Button) dialog.stage().getScene().lookup("#exportRun")).fire();
                shot = dialog::stage;
                seconds = 25;
            }
            case "handoff" -> {
                // 文件 › 导出 with "只允许对方修改所选部分…": a section and one member's row ticked
                w.show(new DraftViewModel(t, SampleDrafts.kczgComplete(), null));
                stage.show();
                var dialog = new cn.shenbao.app.ui.export.ExportDialog(stage, texts, new PrintPackageExporter(),
                        new DialogPrompter(stage, texts), w.vm(), s -> { }, w::jumpToField);
                dialog.handoff().restrictProperty().set(true);
                dialog.handoff().part("workPlanSection").selectedProperty().set(true);
                dialog.handoff().part("members[1]").selectedProperty().set(true);
                dialog.show();
                dialog.stage().sizeToScene();
                dialog.stage().setX(stage.getX() + 200);
                dialog.stage().setY(stage.getY() + 20);
                shot = dialog::stage;
            }
            case "keys" -> {
                stage.show();
                Stage k = w.showKeys();
                shot = () -> k;
            }
            case "guide" -> {
                stage.show();
                Stage g = w.showGuide();
                shot = () -> g;
            }
            default -> stage.show();
        }
        if (out != null) {
            Supplier<Stage> target = shot;
            PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
            wait.setOnFinished(e -> {
                try {
                    WritableImage img = target.get().getScene().snapshot(null);
                    javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", new File(out));
                    System.err.println("screenshot " + out + " " + (int) img.getWidth() + "x" + (int) img.getHeight());
                } catch (Exception ex) {
                    ex.printStackTrace();
                }
                Platform.exit();
                System.exit(0);
            });
            wait.play();
        }
    }
    }
}
