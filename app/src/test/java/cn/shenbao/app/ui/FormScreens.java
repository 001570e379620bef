package cn.shenbao.app.ui;

import cn.shenbao.app.ui.export.PrintPackageExporter;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.NewFormChooser;
import cn.shenbao.app.ui.model.RecentFiles;
import cn.shenbao.app.ui.model.RecoveryStore;
import cn.shenbao.app.ui.model.UserSettings;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Pictures of the T2 editor after 重点领域 changed (a kept, flagged 主要方向) and of 文件 › 新建 (T5's indicator tree:
 * scripts/screenshots.sh, scene {@code t5}), taken from
 * the scene graph (not a test). Run with the headless Monocle properties of the UI tests; args: folder.
 */
public final class FormScreens {
    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "/tmp/form-screens"));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = {null};
        Platform.runLater(() -> {
            try {
                shoot(out);
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure[0] != null) {
            failure[0].printStackTrace();
            System.exit(1);
        }
        Platform.exit();
    }

    private static void shoot(Path out) throws Exception {
        UiTexts texts = new UiTexts(Locale.SIMPLIFIED_CHINESE);
        Path home = Files.createTempDirectory("shenbao-screens");
        TemplateRegistry reg = TemplateRegistry.builtIn();
        Stage stage = new Stage();
        MainWindow w = new MainWindow(stage, new WindowViewModel.Services(texts, new DialogPrompter(stage, texts),
                new RecoveryStore(home.resolve("recovery")), new RecentFiles(home.resolve("recent.txt")),
                new PrintPackageExporter(), reg, new UserSettings(home.resolve("settings.properties"))));
        Scene sc = new Scene(w.root(), 1300, 820);
        sc.getStylesheets().add(ShenbaoApp.class.getResource(ShenbaoApp.CSS).toExternalForm());
        stage.setScene(sc);
        stage.show();
        var d = DraftFiles.builtIn().load(Path.of("..", "docs", "examples", "jblx-2024-sample.shenbao"));
        w.show(new DraftViewModel(reg.get("jblx-2024"), d, null));
        w.jumpToSection("need");
        w.vm().value("keyField").set("互联网+");
        w.vm().value("directions").set("高分子材料|人工智能");
        save(sc.getRoot(), out.resolve("t2-directions.png"));

        NewFormDialog dialog = new NewFormDialog(null, texts, new NewFormChooser(reg.all()));
        dialog.getDialogPane().getStylesheets().add(ShenbaoApp.class.getResource(ShenbaoApp.CSS).toExternalForm());
        dialog.getDialogPane().resize(800, 560);
        dialog.getDialogPane().applyCss();
        dialog.getDialogPane().layout();
        save(dialog.getDialogPane(), out.resolve("new-form.png"));
    }

    private static void save(Node n, Path file) throws Exception {
        n.applyCss();
        ImageIO.write(SwingFXUtils.fromFXImage(n.snapshot(null, null), null), "png", file.toFile());
        System.out.println(file);
    }
}
