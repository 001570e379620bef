package cn.shenbao.app.ui.model;

import cn.shenbao.forms.print.fonts.FontFace;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.print.fonts.FontSetup;
import cn.shenbao.forms.print.fonts.NoCjkFontException;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The first-run welcome, without any view: whether to show it (once, remembered in the user's
 * settings), the sample draft of each form, the print-font check, and the language choice.
 *
 * <p>Samples are resources named after the form: {@code /cn/shenbao/app/samples/<templateId>-sample.shenbao}
 * (the build copies {@code docs/examples/*-sample.shenbao} there), so a new form brings its sample by
 * adding that file. A sample is opened from a copy in the client's folder, named with 示例, so the
 * user's edits never touch the shipped one.
 */
public final class WelcomeModel {
    static final String SAMPLES = "/cn/shenbao/app/samples/";

    /** One form's sample draft. */
    public record Sample(TemplateDef template, String resource) {}

    /** What the print-font check found: the faces chosen, or the advice when no CJK font exists. */
    public record FontCheck(Optional<FontSetup> setup, String problem) {
        public boolean ok() {
            return setup.isPresent();
        }

        /** One line per role: family name and file. */
        public List<String> lines() {
            List<String> l = new ArrayList<>();
            setup.ifPresent(s -> {
                // the installed faces (a subset shipped with the program only stands in for one of them)
                l.add(describe(s.installedFace(s.body())));
                if (!s.heading().equals(s.body())) {
                    l.add(describe(s.installedFace(s.heading())));
                }
                s.fallbacks().forEach(f -> l.add(describe(s.installedFace(f))));
            });
            return l;
        }

        private static String describe(FontFace f) {
            return f.name() + " — " + f.file();
        }
    }

    private final UserSettings settings;
    private final TemplateRegistry registry;
    private final Path home;

    public WelcomeModel(UserSettings settings, TemplateRegistry registry, Path home) {
        this.settings = settings;
        this.registry = registry;
        this.home = home;
    }

    /** Whether the welcome is due: not shown before, and not a measured start ({@code shenbao.exitWhenReady}). */
    public boolean due() {
        return !settings.welcomeShown() && !Boolean.getBoolean("shenbao.exitWhenReady");
    }

    /** Remembers that the welcome was shown; returns the reason when that could not be stored. */
    public Optional<String> markShown() {
        try {
            settings.setWelcomeShown();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(settings.file() + ": " + e.getMessage());
        }
    }

    /** The sample of every form that ships one, in the registry's order. */
    public List<Sample> samples() {
        List<Sample> list = new ArrayList<>();
        for (TemplateDef t : registry.all()) {
            String r = SAMPLES + t.id() + "-sample.shenbao";
            if (WelcomeModel.class.getResource(r) != null) {
                list.add(new Sample(t, r));
            }
        }
        return list;
    }

    /**
     * Copies a sample into the client's folder ({@code samples/<id>-示例.shenbao}, replacing an earlier
     * copy) and returns the copy's path, to be opened like any draft.
     */
    public Path copyOf(Sample sample) throws IOException {
        Path dir = home.resolve("samples");
        Files.createDirectories(dir);
        Path target = dir.resolve(sample.template().id() + "-示例.shenbao");
        try (InputStream in = WelcomeModel.class.getResourceAsStream(sample.resource())) {
            if (in == null) {
                throw new IOException(sample.resource() + " is missing");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Which CJK fonts printing would use here (slow on first call: reads the font folders). */
    public static FontCheck checkFonts(FontLocator locator, Locale locale) {
        try {
            return new FontCheck(Optional.of(locator.resolve(null, null, locale)), "");
        } catch (NoCjkFontException e) {
            return new FontCheck(Optional.empty(), e.getMessage());
        }
    }

    /** The language the user chooses: stored in the settings (the window switches through its own call). */
    public UserSettings settings() {
        return settings;
    }
}
