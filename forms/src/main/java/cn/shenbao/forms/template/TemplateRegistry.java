package cn.shenbao.forms.template;

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
    private static volatile TemplateRegistry builtIn;

    /** Definitions given by the caller ({@link #of}); empty for the built-in registry, which reads them lazily. */
    private final Map<String, TemplateDef> templates = new LinkedHashMap<>();
    /** The built-in registry: the file names of index.txt in their order; null for {@link #of}. */
    private final List<String> files;
    /** The built-in definitions read so far, by file name (guarded by this). */
    private final Map<String, TemplateDef> read = new java.util.HashMap<>();

    private TemplateRegistry(Collection<TemplateDef> defs) {
        for (TemplateDef d : defs) {
            templates.put(d.id(), d);
        }
        this.files = null;
    }

    private TemplateRegistry(List<String> files) {
        this.files = List.copyOf(files);
    }

    /**
     * The definitions shipped with the program. Only the index is read here; a definition is read and checked
     * ({@link cn.shenbao.forms.rules.DefinitionCheck}) when it is first asked for ({@link #find}, {@link #get},
     * {@link #all}), so that {@code validate} or {@code export} of one draft does not pay for every form the
     * program knows (issue 15: start-up must not grow with the number of forms). Its print layout is read and
     * checked against it when it is first printed ({@code PrintLayout.of}, the same messages naming the file and
     * the place; {@code LayoutFileTest} checks every built-in layout), so {@code validate} does not read it. The
     * definition of id {@code x} is expected in {@code x.json}; one found elsewhere is still found, by reading
     * all of them.
     */
    public static TemplateRegistry builtIn() {
        TemplateRegistry r = builtIn;
        if (r == null) {
            synchronized (TemplateRegistry.class) {
                r = builtIn;
                if (r == null) {
                    r = new TemplateRegistry(index());
                    builtIn = r;
                }
            }
        }
        return r;
    }

    /**
     * A registry over built-in definition files (names as in index.txt) that reads each one when first asked for,
     * like {@link #builtIn()} (tests of that laziness).
     */
    static TemplateRegistry lazy(List<String> files) {
        return new TemplateRegistry(files);
    }

    /** A registry of the given definitions (tests, tools). */
    public static TemplateRegistry of(Collection<TemplateDef> defs) {
        return new TemplateRegistry(defs);
    }

    private static List<String> index() {
        List<String> out = new ArrayList<>();
        try (InputStream in = TemplateRegistry.class.getResourceAsStream(BASE + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("template index missing: " + BASE + "index.txt");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                out.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The built-in definition in {@code file}, read and checked once. */
    private synchronized TemplateDef builtInFile(String file) {
        TemplateDef d = read.get(file);
        if (d == null) {
            try {
                d = read(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cn.shenbao.forms.trace.StartupTrace.mark("definition " + file + " read and checked");
            read.put(file, d);
        }
        return d;
    }

    private static TemplateDef read(String name) throws IOException {
        try (InputStream in = TemplateRegistry.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("template resource missing: " + BASE + name);
            }
            return load(in, name);
        }
    }

    /**
     * Makes the JSON reading of definitions ready now (the classes of the parser and of the definition records,
     * how each record is made): the command line calls this on a second thread while it parses its arguments and
     * reads the draft, so the definition is read sooner (issue 15). Safe to call more than once and from any
     * thread; a failure is left for the reading of a definition to report.
     */
    public static void prepareReader() {
        try {
            cn.shenbao.forms.io.JsonBinder.prepare(TemplateDef.class, SectionDef.class, FieldDef.class,
                    RuleDef.class, Condition.class, Compute.class, RowGroups.class, RowGroups.Typical.class);
        } catch (RuntimeException e) {
            // reported, with the file's name, when a definition is read
        }
        cn.shenbao.forms.trace.StartupTrace.mark("definition reader ready");
    }

    /**
     * Reads one definition from JSON, without checking it (tests of the checks build broken ones). Read with the
     * streaming parser and {@link cn.shenbao.forms.io.JsonBinder}, not an {@code ObjectMapper} (issue 15).
     */
    public static TemplateDef parse(InputStream json) throws IOException {
        return cn.shenbao.forms.io.JsonBinder.read(json.readAllBytes(), TemplateDef.class, false);
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
        cn.shenbao.forms.trace.StartupTrace.mark("definition " + file + " parsed");
        cn.shenbao.forms.rules.DefinitionCheck.check(def, file);
        cn.shenbao.forms.trace.StartupTrace.mark("definition " + file + " checked");
        return def;
    }

    /** The definition with this id. */
    public Optional<TemplateDef> find(String id) {
        if (files == null) {
            return Optional.ofNullable(templates.get(id));
        }
        String file = id + ".json";
        if (files.contains(file)) {
            TemplateDef d = builtInFile(file);
            if (d.id().equals(id)) {
                return Optional.of(d);
            }
        }
        return all().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The definition with this id; an exception naming the known ids when there is none. */
    public TemplateDef get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown template '" + id + "'; known: "
                + all().stream().map(TemplateDef::id).toList()));
    }

    /**
     * The first definition of the index (the form a new window starts with), reading no other: the client's
     * start does not wait for every form (issue 15).
     *
     * @throws IllegalStateException when the registry has no definition
     */
    public TemplateDef first() {
        if (files == null) {
            return templates.values().stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no template definitions"));
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no template definitions");
        }
        return builtInFile(files.get(0));
    }

    /** Every definition, in the order of the index (the built-in ones are all read and checked now). */
    public List<TemplateDef> all() {
        if (files == null) {
            return List.copyOf(templates.values());
        }
        List<TemplateDef> out = new ArrayList<>();
        for (String f : files) {
            out.add(builtInFile(f));
        }
        return List.copyOf(out);
    }
}
