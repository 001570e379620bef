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
 * ({@link AppDirs#settings()}): the language of the interface ({@code language=zh|en}) and whether the
 * first-run welcome was shown ({@code welcomeShown=true}).
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
