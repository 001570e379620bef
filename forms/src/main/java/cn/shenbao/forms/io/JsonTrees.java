package cn.shenbao.forms.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * JSON read into Jackson's tree ({@link JsonNode}) and written from it with the streaming parser and generator
 * only, without an {@code ObjectMapper}. The tree is the same one {@code ObjectMapper.readTree} builds (ints as
 * {@code IntNode}, longer integers as {@code LongNode}/{@code BigIntegerNode}, fractions as {@code DoubleNode}, keys
 * in file order) and the text written is the same as {@code ObjectMapper} with {@code INDENT_OUTPUT} writes.
 *
 * <p>Why: in a fresh process, making the first {@code ObjectMapper} costs ≈ 0.2 s of CPU (its defaults load
 * time-zone and date-format data, and ≈ 300 classes) — for {@code shenbao validate}, whose goal is 0.3 s in all, more
 * than reading and checking the draft (issue 15, docs/benchmarks.md). Drafts, definitions and print layouts are
 * read through here; the definition and layout records are then made by {@link JsonBinder}.
 */
public final class JsonTrees {
    private static final JsonFactory PLAIN = JsonFactory.builder().build();
    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonTrees() {
    }

    /**
     * Reads one JSON value; text after it is an error, as is a key twice in one object.
     *
     * @throws com.fasterxml.jackson.core.JsonProcessingException for text that is not JSON (with its location)
     */
    public static JsonNode read(byte[] json) throws IOException {
        try (JsonParser p = STRICT.createParser(json)) {
            return readAll(p);
        }
    }

    /** As {@link #read(byte[])}, from a stream (not closed). */
    public static JsonNode read(InputStream json) throws IOException {
        try (JsonParser p = STRICT.createParser(json)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return readAll(p);
        }
    }

    /**
     * A tree with the place in the text of every object and array and of every key (line and column, for messages
     * that name the place of a mistake).
     */
    public static final class Located {
        private final java.util.IdentityHashMap<JsonNode, JsonLocation> containers = new java.util.IdentityHashMap<>();
        private final java.util.IdentityHashMap<JsonNode, Map<String, JsonLocation>> keys =
                new java.util.IdentityHashMap<>();
        private JsonNode root;

        public JsonNode root() {
            return root;
        }

        /** Where an object or array starts; null for other values. */
        public JsonLocation location(JsonNode node) {
            return containers.get(node);
        }

        /** Where an object or array starts, else {@code otherwise}. */
        public JsonLocation location(JsonNode node, JsonLocation otherwise) {
            JsonLocation l = containers.get(node);
            return l == null ? otherwise : l;
        }

        /** Where the key {@code name} of {@code object} stands; else where the object starts. */
        public JsonLocation location(JsonNode object, String name) {
            Map<String, JsonLocation> k = keys.get(object);
            JsonLocation l = k == null ? null : k.get(name);
            return l == null ? containers.get(object) : l;
        }
    }

    /** As {@link #read(byte[])}, also noting where every object, array and key stands. */
    public static Located readLocated(byte[] json) throws IOException {
        Located located = new Located();
        try (JsonParser p = STRICT.createParser(json)) {
            located.root = readAll(p, located);
        }
        return located;
    }

    private static JsonNode readAll(JsonParser p) throws IOException {
        return readAll(p, null);
    }

    private static JsonNode readAll(JsonParser p, Located located) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new JsonParseException(p, "No content to map due to end-of-input");
        }
        JsonNode root = value(p, first, located);
        JsonToken after = p.nextToken();
        if (after != null) {
            throw new JsonParseException(p, "Trailing token (of type " + after + ") found after value");
        }
        return root;
    }

    /** The value starting at {@code t} (the parser's depth limit, 1,000 by default, bounds the recursion). */
    private static JsonNode value(JsonParser p, JsonToken t, Located located) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = f.objectNode();
                Map<String, JsonLocation> keys = null;
                if (located != null) {
                    located.containers.put(o, p.currentTokenLocation());
                    keys = new java.util.HashMap<>();
                    located.keys.put(o, keys);
                }
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (keys != null) {
                        keys.put(name, p.currentTokenLocation());
                    }
                    o.set(name, value(p, p.nextToken(), located));
                }
                if (k != JsonToken.END_OBJECT) {
                    throw new JsonParseException(p, "Unexpected token " + k);
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = f.arrayNode();
                if (located != null) {
                    located.containers.put(a, p.currentTokenLocation());
                }
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (e == null) {
                        throw new JsonParseException(p, "Unexpected end-of-input in array");
                    }
                    a.add(value(p, e, located));
                }
                return a;
            }
            case VALUE_STRING:
                return f.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> f.numberNode(p.getIntValue());
                    case LONG -> f.numberNode(p.getLongValue());
                    default -> f.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return f.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            default:
                throw new JsonParseException(p, "Unexpected token " + t);
        }
    }

    /** The tree as indented UTF-8 JSON text (two spaces, {@code "key" : value}), without a final line break. */
    public static byte[] write(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = PLAIN.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode e : n) {
                    write(g, e);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(n.textValue());
            case NUMBER -> {
                switch (n.numberType()) {
                    case INT -> g.writeNumber(n.intValue());
                    case LONG -> g.writeNumber(n.longValue());
                    case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
                    case FLOAT -> g.writeNumber(n.floatValue());
                    case BIG_DECIMAL -> g.writeNumber(n.decimalValue());
                    default -> g.writeNumber(n.doubleValue());
                }
            }
            case BOOLEAN -> g.writeBoolean(n.booleanValue());
            case NULL, MISSING -> g.writeNull();
            default -> throw new IllegalArgumentException("JSON tree node of type " + n.getNodeType());
        }
    }
}
