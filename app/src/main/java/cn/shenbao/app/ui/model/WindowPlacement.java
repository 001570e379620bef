package cn.shenbao.app.ui.model;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: at its remembered place when that is still on one of the screens
 * (a laptop taken away from its second monitor must not open its window off all screens), else
 * centred on the primary screen; never larger than the usable area (visual bounds: without task bar
 * or panels) of the screen it is on.
 */
public final class WindowPlacement {
    /** The size the window prefers on a large screen. */
    public static final double PREFERRED_WIDTH = 1320;
    public static final double PREFERRED_HEIGHT = 860;
    /** How much of the remembered window (its title bar) must lie on a screen to count as visible. */
    static final double VISIBLE = 80;

    private WindowPlacement() {}

    /**
     * The bounds to open the window with.
     *
     * @param saved   the remembered place, if any
     * @param screens the visual bounds of all current screens
     * @param primary the visual bounds of the primary screen
     */
    public static Rectangle2D initial(Optional<UserSettings.WindowState> saved, List<Rectangle2D> screens, Rectangle2D primary) {
        if (saved.isPresent()) {
            UserSettings.WindowState s = saved.get();
            for (Rectangle2D screen : screens) {
                Rectangle2D titleBar = new Rectangle2D(s.x(), s.y(), Math.max(1, s.width()), Math.min(40, Math.max(1, s.height())));
                if (overlap(titleBar, screen) >= Math.min(VISIBLE, s.width())) {
                    double w = Math.min(s.width(), screen.getWidth());
                    double h = Math.min(s.height(), screen.getHeight());
                    double x = clamp(s.x(), screen.getMinX(), screen.getMaxX() - w);
                    double y = clamp(s.y(), screen.getMinY(), screen.getMaxY() - h);
                    return new Rectangle2D(x, y, w, h);
                }
            }
        }
        double w = Math.min(PREFERRED_WIDTH, primary.getWidth());
        double h = Math.min(PREFERRED_HEIGHT, primary.getHeight());
        return new Rectangle2D(primary.getMinX() + (primary.getWidth() - w) / 2,
                primary.getMinY() + (primary.getHeight() - h) / 2, w, h);
    }

    /** The smallest size the window may be made: enough for every part to stay usable, never more than the screen. */
    public static Rectangle2D minimum(Rectangle2D screen) {
        return new Rectangle2D(0, 0, Math.min(800, screen.getWidth()), Math.min(500, screen.getHeight()));
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w : 0;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}
