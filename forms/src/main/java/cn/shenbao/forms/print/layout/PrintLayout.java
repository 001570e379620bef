package cn.shenbao.forms.print.layout;

import cn.shenbao.forms.print.PrintMessages;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.io.JsonBinder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The paper layout of one template, read from {@code cn/shenbao/forms/templates/<id>.print.json} next to the
 * template definition: parsed once into {@link LayoutSpec} records (unknown keys refused) and checked against
 * the template ({@link LayoutCheck}). The format is described in docs/printing.md.
 *
 * @param templateId the template it lays out
 * @param spec       the parsed layout
 */
public record PrintLayout(String templateId, LayoutSpec.File spec) {
    private static final Map<String, PrintLayout> CACHE = new ConcurrentHashMap<>();

    public PrintLayout {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(spec, "spec");
    }

    /** The resource path of a template's layout. */
    public static String resource(String templateId) {
        return "/cn/shenbao/forms/templates/" + templateId + ".print.json";
    }

    /** The file name of a template's layout, as messages name it. */
    public static String fileName(String templateId) {
        return templateId + ".print.json";
    }

    /** Whether a template has a built-in layout. */
    public static boolean exists(String templateId) {
        return PrintLayout.class.getResource(resource(templateId)) != null;
    }

    /**
     * The built-in layout of {@code template}, read and checked against it once.
     *
     * @throws IllegalArgumentException (localised message naming the file and the place) when there is none, it
     *                                  cannot be read or it does not fit the template
     */
    public static PrintLayout of(TemplateDef template, Locale locale) {
        PrintLayout cached = CACHE.get(template.id());
        if (cached != null) {
            return cached;
        }
        // one read at a time per form: a caller asking while another thread reads it (the command line reads the
        // layout of an export's form on a second core while it parses its arguments, issue 15) waits for that read
        java.util.concurrent.FutureTask<PrintLayout> task = new java.util.concurrent.FutureTask<>(
                () -> read(template, locale));
        java.util.concurrent.FutureTask<PrintLayout> running = LOADING.putIfAbsent(template.id(), task);
        if (running == null) {
            running = task;
            task.run();
        }
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            // a failed read is tried again by the next caller
            LOADING.remove(template.id(), running);
        }
    }

    private static final Map<String, java.util.concurrent.FutureTask<PrintLayout>> LOADING =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static PrintLayout read(TemplateDef template, Locale locale) {
        PrintLayout cached = CACHE.get(template.id());
        if (cached != null) {
            return cached;
        }
        try (InputStream in = PrintLayout.class.getResourceAsStream(resource(template.id()))) {
            if (in == null) {
                throw new IllegalArgumentException(PrintMessages.get(locale, "layout.missing", template.id()));
            }
            PrintLayout l = parse(template, in.readAllBytes(), locale);
            CACHE.putIfAbsent(template.id(), l);
            return l;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a layout from bytes (JSON) and checks it against {@code template}.
     *
     * @throws IllegalArgumentException naming the file and the key or place of every problem
     */
    public static PrintLayout parse(TemplateDef template, byte[] json, Locale locale) {
        String file = fileName(template.id());
        LayoutSpec.File spec;
        try {
            // the streaming parser and JsonBinder, not an ObjectMapper: cheaper in a fresh process (issue 15)
            spec = JsonBinder.read(json, LayoutSpec.File.class, true);
        } catch (JsonBinder.BindException e) {
            throw new IllegalArgumentException(switch (e.problem()) {
                case UNKNOWN_KEY -> PrintMessages.get(locale, "layout.unknownKey", file, e.path(), e.name(),
                        String.join(", ", e.known().stream().sorted().toList()));
                case UNKNOWN_TYPE -> PrintMessages.get(locale, "layout.unknownType", file, e.path(), e.name());
                case BAD_VALUE -> PrintMessages.get(locale, "layout.badValue", file, e.path(), e.getOriginalMessage());
            }, e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(PrintMessages.get(locale, "layout.unreadable", file,
                    e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(PrintMessages.get(locale, "layout.unreadable", file,
                    e.getMessage()), e);
        }
        List<String> problems = LayoutCheck.problems(template, spec, locale);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(PrintMessages.get(locale, "layout.invalid", file,
                    String.join("\n", problems)));
        }
        return new PrintLayout(template.id(), spec);
    }

    public float bodySize() {
        return spec.bodySizeOr();
    }

    public float headingSize() {
        return spec.headingSizeOr();
    }
}
