package cn.shenbao.app.ui;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * Chinese must never show as boxes. The stylesheet names a list of CJK families; JavaFX CSS uses one
 * family per rule, so at start the first family of that list installed on this machine is set on the
 * window's root as well.
 */
public final class CjkFonts {
    /** The families in order of preference: Windows, macOS, Linux (Noto), Linux (WenQuanYi). */
    public static final List<String> FAMILIES = List.of("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimSun", "Songti SC");

    private CjkFonts() {}

    /** The first preferred family installed here, or null. */
    public static String pick() {
        Set<String> installed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        installed.addAll(Font.getFamilies());
        for (String f : FAMILIES) {
            if (installed.contains(f)) {
                return f;
            }
        }
        return null;
    }

    /** Sets the chosen family on a root node (inline style, which wins over the stylesheet). */
    public static void apply(Parent root) {
        String f = pick();
        if (f != null) {
            root.setStyle("-fx-font-family: \"" + f + "\";");
        }
    }
}
