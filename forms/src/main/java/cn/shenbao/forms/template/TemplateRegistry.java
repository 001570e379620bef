package cn.shenbao.forms.template;

import cn.shenbao.forms.print.layout.PrintLayout;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form definitions the program knows. The built-in ones are JSON resources listed in
 * {@code cn/shenbao/forms/templates/index.txt}, one file name a line: adding next year's form is
 * adding its JSON file and a line there.
 */
public final class TemplateRegistry {
    private static final String BASE = "/cn/shenbao/forms/templates/";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static volatile TemplateRegistry builtIn;

    private final Map<String, TemplateDef> templates = new LinkedHashMap<>();

    private TemplateRegistry(Collection<TemplateDef> defs) {
        for (TemplateDef d : defs) {
            templates.put(d.id(), d);
        }
    }

    /** The definitions shipped with the program. */
    public static TemplateRegistry builtIn() {
        TemplateRegistry r = builtIn;
        if (r == null) {
            synchronized (TemplateRegistry.class) {
                r = builtIn;
                if (r == null) {
                    List<TemplateDef> defs = loadBuiltIn();
                    checkLayouts(defs);
                    r = new TemplateRegistry(defs);
                    builtIn = r;
                }
            }
        }
        return r;
    }

    /**
     * Reads and checks the paper layout of every built-in template now, at start-up, so that a misspelt key or a
     * path the template does not have is reported naming the file and the place before anyone exports.
     *
     * @throws IllegalArgumentException (Chinese message) for the first layout that does not fit its template
     */
    private static void checkLayouts(List<TemplateDef> defs) {
        for (TemplateDef d : defs) {
            if (PrintLayout.exists(d.id())) {
                PrintLayout.of(d, java.util.Locale.SIMPLIFIED_CHINESE);
            }
        }
    }

    /** A registry of the given definitions (tests, tools). */
    public static TemplateRegistry of(Collection<TemplateDef> defs) {
        return new TemplateRegistry(defs);
    }

    private static List<TemplateDef> loadBuiltIn() {
        List<TemplateDef> out = new ArrayList<>();
        try (InputStream in = TemplateRegistry.class.getResourceAsStream(BASE + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("template index missing: " + BASE + "index.txt");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                out.add(read(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static TemplateDef read(String name) throws IOException {
        try (InputStream in = TemplateRegistry.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("template resource missing: " + BASE + name);
            }
            return load(in, name);
        }
    }

    /** Reads one definition from JSON, without checking it (tests of the checks build broken ones). */
    public static TemplateDef parse(InputStream json) throws IOException {
        return MAPPER.readValue(json, TemplateDef.class);
    }

    /**
     * Reads one definition from JSON and checks it ({@link cn.shenbao.forms.rules.DefinitionCheck}): a
     * wrong path, parameter or key is refused here, naming {@code file} and the place, not when a draft is
     * checked.
     *
     * @throws DefinitionException when the JSON cannot be read as a definition or the definition is unsound
     */
    public static TemplateDef load(InputStream json, String file) throws IOException {
        TemplateDef def;
        try {
            def = parse(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String place = e.getLocation() == null ? file
                    : cn.shenbao.forms.i18n.Messages.get(java.util.Locale.SIMPLIFIED_CHINESE, "file.position",
                            e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            String detail = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : e.getOriginalMessage();
            throw new DefinitionException(file, List.of(
                    new DefinitionException.Problem(place, "definition.unreadable", List.of(file, detail))));
        }
        cn.shenbao.forms.rules.DefinitionCheck.check(def, file);
        return def;
    }

    /** The definition with this id. */
    public Optional<TemplateDef> find(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    /** The definition with this id; an exception naming the known ids when there is none. */
    public TemplateDef get(String id) {
        TemplateDef d = templates.get(id);
        if (d == null) {
            throw new IllegalArgumentException("unknown template '" + id + "'; known: " + templates.keySet());
        }
        return d;
    }

    public List<TemplateDef> all() {
        return List.copyOf(templates.values());
    }
}
