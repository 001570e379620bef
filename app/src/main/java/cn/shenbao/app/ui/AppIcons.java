package cn.shenbao.app.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The application icon (module {@code icons}: drawn in {@code icons/shenbao.svg}, rasterised by the
 * build into {@code /cn/shenbao/icons/shenbao-N.png}) for windows and dialogs.
 */
public final class AppIcons {
    /** The sizes a window offers the desktop, which picks the one it needs (title bar, task bar, Alt+Tab). */
    static final int[] WINDOW_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {}

    /** The icon at {@code size} pixels (one of the generated sizes), or {@code null} when it is not on the class path. */
    public static Image image(int size) {
        try (InputStream in = AppIcons.class.getResourceAsStream("/cn/shenbao/icons/shenbao-" + size + ".png")) {
            return in == null ? null : new Image(in);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The size of the toolbar's icons, in pixels (JavaFX takes the {@code @2x} file on a screen scaled 200 %). */
    static final int TOOLBAR_SIZE = 16;

    /**
     * A toolbar icon ({@code icons/toolbar/<name>.svg}, rasterised by the build into
     * {@code /cn/shenbao/icons/toolbar/<name>-N.png} and {@code -N@2x.png}) at {@code size} pixels, or
     * {@code null} when it is not on the class path (the button then shows its text only). Loaded by URL so that
     * JavaFX finds the {@code @2x} file on a HiDPI screen.
     */
    public static Image toolbar(String name, int size) {
        java.net.URL url = AppIcons.class.getResource("/cn/shenbao/icons/toolbar/" + name + "-" + size + ".png");
        return url == null ? null : new Image(url.toExternalForm());
    }

    /** Every window size, to add to {@code Stage.getIcons()}. */
    public static List<Image> forWindow() {
        List<Image> list = new ArrayList<>();
        for (int s : WINDOW_SIZES) {
            Image i = image(s);
            if (i != null) {
                list.add(i);
            }
        }
        return list;
    }
}
