package cn.shenbao.app.ui.model;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's own settings of the client, kept in a small properties file in the client's folder
 * ({@link AppDirs#settings()}): the language of the interface ({@code language=zh|en}), the size,
 * position and maximised state of the main window ({@code window.*}), the size of the interface's
 * text ({@code fontSize}, changed with Ctrl+= / Ctrl+-) and whether the first-run welcome was shown
 * ({@code welcomeShown=true}).
 * A missing or unreadable file means "no choice made"; failing to write it is reported, never fatal.
 */
public final class UserSettings {
    static final String LANGUAGE = "language";
    static final String WELCOME_SHOWN = "welcomeShown";
    private final Path file;

    public UserSettings(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The language chosen in the client, if one was chosen ({@code zh} or {@code en}). */
    public Optional<Locale> language() {
        String v = read().getProperty(LANGUAGE, "").strip();
        return switch (v) {
            case "zh" -> Optional.of(Locale.SIMPLIFIED_CHINESE);
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }

    /**
     * Stores the language of the interface (Chinese unless the locale's language is English).
     *
     * @throws IOException when the file cannot be written
     */
    public void setLanguage(Locale locale) throws IOException {
        Properties p = read();
        p.setProperty(LANGUAGE, "en".equals(locale.getLanguage()) ? "en" : "zh");
        write(p);
    }

    /** Whether the first-run welcome was shown already (it is shown once). */
    public boolean welcomeShown() {
        return Boolean.parseBoolean(read().getProperty(WELCOME_SHOWN, "false").strip());
    }

    /**
     * Remembers that the first-run welcome was shown.
     *
     * @throws IOException when the file cannot be written
     */
    public void setWelcomeShown() throws IOException {
        Properties p = read();
        p.setProperty(WELCOME_SHOWN, "true");
        write(p);
    }

    /** Where the main window was when it was last closed. */
    public record WindowState(double x, double y, double width, double height, boolean maximized) {}

    /** The remembered place of the main window, if there is a complete and sensible one. */
    public Optional<WindowState> window() {
        Properties p = read();
        try {
            double x = Double.parseDouble(p.getProperty("window.x", ""));
            double y = Double.parseDouble(p.getProperty("window.y", ""));
            double w = Double.parseDouble(p.getProperty("window.width", ""));
            double h = Double.parseDouble(p.getProperty("window.height", ""));
            if (!(Double.isFinite(x) && Double.isFinite(y) && w > 0 && h > 0 && Double.isFinite(w) && Double.isFinite(h))) {
                return Optional.empty();
            }
            return Optional.of(new WindowState(x, y, w, h, Boolean.parseBoolean(p.getProperty("window.maximized", "false"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Remembers the place of the main window for the next start. */
    public void setWindow(WindowState s) throws IOException {
        Properties p = read();
        p.setProperty("window.x", Long.toString(Math.round(s.x())));
        p.setProperty("window.y", Long.toString(Math.round(s.y())));
        p.setProperty("window.width", Long.toString(Math.round(s.width())));
        p.setProperty("window.height", Long.toString(Math.round(s.height())));
        p.setProperty("window.maximized", Boolean.toString(s.maximized()));
        write(p);
    }

    /** The expert roster the user works with (工具 › 专家库…), if one was opened. */
    public Optional<Path> roster() {
        String v = read().getProperty("roster", "");
        try {
            return v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Remembers the roster for the next start and for the drafts opened later. */
    public void setRoster(Path roster) throws IOException {
        Properties p = read();
        p.setProperty("roster", roster.toAbsolutePath().toString());
        write(p);
    }

    /** The size of the interface's text in pixels, if the user changed it. */
    public Optional<Double> fontSize() {
        try {
            double v = Double.parseDouble(read().getProperty("fontSize", ""));
            return v >= 8 && v <= 40 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Remembers the size of the interface's text. */
    public void setFontSize(double px) throws IOException {
        Properties p = read();
        p.setProperty("fontSize", Long.toString(Math.round(px)));
        write(p);
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties();
            }
        }
        return p;
    }

    private void write(Properties p) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Shenbao client settings");
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    }
}
