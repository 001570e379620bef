package cn.shenbao.forms.print.layout;

import cn.shenbao.forms.print.PrintMessages;
import cn.shenbao.forms.template.TemplateDef;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The paper layout of one template, read from {@code cn/shenbao/forms/templates/<id>.print.json} next to the
 * template definition. The format is described in docs/printing.md.
 *
 * @param templateId the template it lays out
 * @param root       the parsed layout
 */
public record PrintLayout(String templateId, JsonNode root) {
    private static final Map<String, PrintLayout> CACHE = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    public PrintLayout {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(root, "root");
    }

    /** The resource path of a template's layout. */
    public static String resource(String templateId) {
        return "/cn/shenbao/forms/templates/" + templateId + ".print.json";
    }

    /** Whether a template has a built-in layout. */
    public static boolean exists(String templateId) {
        return PrintLayout.class.getResource(resource(templateId)) != null;
    }

    /**
     * The built-in layout of {@code template}.
     *
     * @throws IllegalArgumentException (localised message) when there is none or it cannot be read
     */
    public static PrintLayout of(TemplateDef template, Locale locale) {
        return CACHE.computeIfAbsent(template.id(), id -> {
            try (InputStream in = PrintLayout.class.getResourceAsStream(resource(id))) {
                if (in == null) {
                    throw new IllegalArgumentException(PrintMessages.get(locale, "layout.missing", id));
                }
                return parse(id, in.readAllBytes(), locale);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Parses a layout from bytes (JSON). */
    public static PrintLayout parse(String templateId, byte[] json, Locale locale) {
        try {
            JsonNode root = JSON.readTree(json);
            if (!root.path("parts").isArray()) {
                throw new IllegalArgumentException(PrintMessages.get(locale, "layout.unreadable", templateId,
                        "parts"));
            }
            return new PrintLayout(templateId, root);
        } catch (IOException e) {
            throw new IllegalArgumentException(PrintMessages.get(locale, "layout.unreadable", templateId,
                    e.getMessage()), e);
        }
    }

    public float bodySize() {
        return (float) root.path("bodySize").asDouble(10.5);
    }

    public float headingSize() {
        return (float) root.path("headingSize").asDouble(12);
    }
}
