package cn.shenbao.app.ui.model;

import java.nio.file.Path;

/**
 * Where the client keeps its own files: {@code ~/.shenbao} (system property {@code shenbao.home}
 * overrides it), with the recovery folder {@code recovery/} below it (system property
 * {@code shenbao.recovery.dir} overrides that) and the settings file {@code settings.properties}
 * (system property {@code shenbao.settings} overrides that).
 */
public final class AppDirs {
    private AppDirs() {}

    public static Path home() {
        String p = System.getProperty("shenbao.home");
        return p != null && !p.isBlank() ? Path.of(p) : Path.of(System.getProperty("user.home"), ".shenbao");
    }

    public static Path recovery() {
        String p = System.getProperty("shenbao.recovery.dir");
        return p != null && !p.isBlank() ? Path.of(p) : home().resolve("recovery");
    }

    public static Path recentFiles() {
        return home().resolve("recent.txt");
    }

    public static Path settings() {
        String p = System.getProperty("shenbao.settings");
        return p != null && !p.isBlank() ? Path.of(p) : home().resolve("settings.properties");
    }
}
