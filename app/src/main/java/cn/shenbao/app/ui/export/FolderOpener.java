package cn.shenbao.app.ui.export;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Opens a folder in the system's file manager, off the JavaFX thread. */
final class FolderOpener {
    private FolderOpener() {}

    static void open(Path folder, Consumer<String> onError) {
        Thread t = new Thread(() -> {
            try {
                if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                        && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(folder.toFile());
                    return;
                }
                String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
                String cmd = os.contains("win") ? "explorer" : os.contains("mac") ? "open" : "xdg-open";
                new ProcessBuilder(cmd, folder.toString()).inheritIO().start();
            } catch (Exception e) {
                Platform.runLater(() -> onError.accept(folder + ": " + e.getMessage()));
            }
        }, "shenbao-open-folder");
        t.setDaemon(true);
        t.start();
    }
}
