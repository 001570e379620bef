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
import java.util.Objects;

/**
 * The paper layout of one template, read from {@code cn/shenbao/forms/templates/<id>.print.json} next to the
 * template definition: parsed once into {@link LayoutSpec} records (unknown keys refused) and checked against
 * the template ({@link LayoutCheck}). The format is described in docs/printing.md.
 *
 * @param templateId the template it lays out
 * @param spec       the parsed layout
 */
public record PrintLayout(String templateId, LayoutSpec.File spec) {

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
        // one read at a time per form: a caller asking while another thread reads it (the command line reads the
        // layout of an export's form on a second core while it parses its arguments, issue 15) waits for that read
        return LAYOUTS.get(template.id(), () -> read(template, locale));
    }

    private static final cn.shenbao.forms.concurrent.LoadOnce<String, PrintLayout> LAYOUTS =
            new cn.shenbao.forms.concurrent.LoadOnce<>();

    private static PrintLayout read(TemplateDef template, Locale locale) {
        try (InputStream in = PrintLayout.class.getResourceAsStream(resource(template.id()))) {
            if (in == null) {
                throw new IllegalArgumentException(PrintMessages.get(locale, "layout.missing", template.id()));
            }
            return parse(template, in.readAllBytes(), locale);
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
