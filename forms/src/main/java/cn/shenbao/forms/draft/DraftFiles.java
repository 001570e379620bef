package cn.shenbao.forms.draft;

import cn.shenbao.forms.draft.DraftFileException.Problem;
import cn.shenbao.forms.io.AtomicWriter;
import cn.shenbao.forms.io.BoundedRead;
import cn.shenbao.forms.io.IoMessages;
import cn.shenbao.forms.io.TextEncoding;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@code .shenbao} draft files (format in docs/draft-format.md).
 *
 * <p>Saving is atomic: the JSON goes to a temporary file in the same folder, is flushed to disk, the
 * previous file (if any) is copied to {@code <name>.bak}, and the temporary file is moved into place.
 * A file that exists but is not a Shenbao draft is never overwritten. Loading never writes.
 */
public final class DraftFiles {
    /** The {@code format} marker of every draft file. */
    public static final String FORMAT = "shenbao-draft";
    /** The file format version this program writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    /** The extension of draft files. */
    public static final String EXTENSION = ".shenbao";
    /** Larger files are refused before parsing (a draft of the largest form is well under 1 MiB). */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    /**
     * Rows per table: a table with more is refused when the file is loaded (the longest table of a real form
     * has a few hundred rows; checking and printing 10,000 stays well inside a default heap).
     */
    public static final int MAX_ROWS = 10_000;
    /** Deepest nesting of objects and arrays that is read (a draft needs 4). */
    public static final int MAX_DEPTH = 1000;

    private final TemplateRegistry registry;

    public DraftFiles(TemplateRegistry registry) {
        this.registry = registry;
    }

    /** Files of the built-in templates. */
    public static DraftFiles builtIn() {
        return new DraftFiles(TemplateRegistry.builtIn());
    }

    /** A new empty draft of the current version of a template. */
    public Draft create(String templateId) {
        TemplateDef t = registry.get(templateId);
        return new Draft(t.id(), t.version());
    }

    // ---- load ------------------------------------------------------------------------------------

    /** Reads a draft, migrating it to the current template version in memory (the file is not touched). */
    public Draft load(Path file) throws DraftFileException {
        byte[] bytes;
        try {
            bytes = BoundedRead.readAll(file, MAX_BYTES);
            if (bytes.length == 0) {
                throw new DraftFileException(file, Problem.NOT_JSON, DraftFileException.EMPTY, null);
            }
        } catch (NoSuchFileException e) {
            throw new DraftFileException(file, Problem.NOT_FOUND, null, e);
        } catch (BoundedRead.NotRegularFileException e) {
            throw new DraftFileException(file, Problem.UNREADABLE, "@" + e.kind(), e);
        } catch (BoundedRead.TooLargeException e) {
            throw new DraftFileException(file, Problem.TOO_LARGE, null, e, TextEncoding.size(e.size()),
                    TextEncoding.size(MAX_BYTES));
        } catch (IOException e) {
            throw new DraftFileException(file, Problem.UNREADABLE, IoMessages.reason(e), e);
        }
        String encodingProblem = TextEncoding.utf8Problem(bytes);
        if (encodingProblem != null) {
            throw new DraftFileException(file, Problem.NOT_UTF8, encodingProblem, null);
        }
        JsonNode root;
        try {
            root = cn.shenbao.forms.io.JsonTrees.read(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1
                    ? TextEncoding.deepPosition(bytes, MAX_DEPTH)
                    : DraftFileException.position(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            throw new DraftFileException(file, Problem.NOT_JSON, where, e);
        } catch (IOException | RuntimeException e) {
            throw new DraftFileException(file, Problem.NOT_JSON, TextEncoding.deepPosition(bytes, MAX_DEPTH), e);
        }
        return fromJson(file, root);
    }

    /** How much of a file {@link #peekTemplateId} reads: the template's id stands near the top of a draft. */
    private static final int PEEK_BYTES = 16 * 1024;

    /**
     * The template id a draft file names, read from its first bytes with the streaming parser, or null when the
     * file is no regular file, cannot be read or does not name one there. Never throws: a guess made before the
     * command line is parsed (the definition is read on a second core while picocli builds its model, issue 15);
     * {@link #load} reads and checks the file properly.
     */
    public static String peekTemplateId(Path file) {
        try {
            BoundedRead.requireRegular(file);
            byte[] head;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                head = in.readNBytes(PEEK_BYTES);
            }
            try (com.fasterxml.jackson.core.JsonParser p = PEEK.createParser(head)) {
                if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    return null;
                }
                for (var t = p.nextToken(); t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    var v = p.nextToken();
                    if ("template".equals(name) && v == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                        for (var u = p.nextToken(); u == com.fasterxml.jackson.core.JsonToken.FIELD_NAME;
                             u = p.nextToken()) {
                            String key = p.currentName();
                            if (p.nextToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING && "id".equals(key)) {
                                return p.getText();
                            }
                            p.skipChildren();
                        }
                        return null;
                    }
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // a guess only
        }
        return null;
    }

    private static final com.fasterxml.jackson.core.JsonFactory PEEK = new com.fasterxml.jackson.core.JsonFactory();

    /** Parses the JSON tree of a draft file; {@code file} is only used in messages. */
    public Draft fromJson(Path file, JsonNode root) throws DraftFileException {
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new DraftFileException(file, Problem.NOT_A_DRAFT, null, null);
        }
        long fv = version(root.get("formatVersion"));
        if (fv < 1) {
            throw new DraftFileException(file, Problem.NOT_A_DRAFT, "formatVersion", null);
        }
        if (fv > FORMAT_VERSION) {
            throw new DraftFileException(file, Problem.NEWER_FORMAT, root.path("meta").path("program").asText(""), null);
        }
        JsonNode tn = root.path("template");
        JsonNode idNode = tn.path("id");
        String tid = idNode.isTextual() && !idNode.asText().isBlank() ? idNode.asText() : null;
        long tversion = version(tn.get("version"));
        if (tid == null || tversion < 1) {
            throw new DraftFileException(file, Problem.NOT_A_DRAFT, tid == null ? "template.id" : "template.version", null);
        }
        TemplateDef template = registry.find(tid).orElse(null);
        if (template == null) {
            throw new DraftFileException(file, Problem.UNKNOWN_TEMPLATE, tid, null);
        }
        if (tversion > template.version()) {
            throw new DraftFileException(file, Problem.NEWER_TEMPLATE, tid + " v" + tversion, null);
        }
        int tver = (int) tversion;
        Draft d = new Draft(tid, tver);
        JsonNode meta = root.path("meta");
        try {
            Instant created = meta.hasNonNull("created") ? Instant.parse(meta.get("created").asText()) : null;
            Instant modified = meta.hasNonNull("modified") ? Instant.parse(meta.get("modified").asText()) : null;
            d.setMeta(created == null ? Instant.EPOCH : created, modified == null ? created == null ? Instant.EPOCH : created : modified,
                    meta.path("program").asText(""));
        } catch (DateTimeParseException e) {
            throw new DraftFileException(file, Problem.BAD_VALUES, "meta: " + e.getParsedString(), e);
        }
        JsonNode values = root.path("values");
        if (!values.isMissingNode() && !values.isObject()) {
            throw new DraftFileException(file, Problem.BAD_VALUES, "values", null);
        }
        Iterator<Map.Entry<String, JsonNode>> it = values.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            try {
                FieldPath p = FieldPath.parse(key);
                if (p.isCell()) {
                    throw new IllegalArgumentException(key);
                }
            } catch (IllegalArgumentException ex) {
                throw new DraftFileException(file, Problem.BAD_VALUES, key, ex);
            }
            if (e.getValue().isNull()) {
                continue;
            }
            d.putRaw(key, readValue(file, key, e.getValue()));
        }
        for (JsonNode a : root.path("acknowledged")) {
            if (a.isTextual()) {
                d.acknowledge(a.asText());
            }
        }
        migrate(file, template, d);
        for (String key : List.copyOf(d.keys())) {
            checkShape(file, template, key, d.getRaw(key));
        }
        return d;
    }

    /**
     * A version number: a JSON integer (not {@code 1.9}, {@code "1"} or {@code true}); 0 when it is not one.
     * An integer beyond {@code int} is kept as {@link Long#MAX_VALUE}, newer than any version this program knows.
     */
    private static long version(JsonNode n) {
        if (n == null || !n.isIntegralNumber()) {
            return 0;
        }
        if (!n.canConvertToLong()) {
            return n.bigIntegerValue().signum() > 0 ? Long.MAX_VALUE : 0;
        }
        return Math.max(n.asLong(), 0);
    }

    private static Object readValue(Path file, String key, JsonNode v) throws DraftFileException {
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isNumber() || v.isBoolean()) {
            return v.asText();
        }
        if (v.isArray()) {
            ArrayNode arr = (ArrayNode) v;
            boolean allText = true;
            boolean allObjects = true;
            for (JsonNode n : arr) {
                allText &= n.isValueNode() && !n.isNull();
                allObjects &= n.isObject();
            }
            if (arr.isEmpty() || allText) {
                List<String> out = new ArrayList<>();
                arr.forEach(n -> out.add(n.asText()));
                return out;
            }
            if (allObjects) {
                if (arr.size() > MAX_ROWS) {
                    throw new DraftFileException(file, Problem.TOO_MANY_ROWS, key, null, arr.size(), MAX_ROWS);
                }
                List<Map<String, String>> rows = new ArrayList<>();
                for (JsonNode row : arr) {
                    Map<String, String> cells = new LinkedHashMap<>();
                    Iterator<Map.Entry<String, JsonNode>> ci = row.fields();
                    while (ci.hasNext()) {
                        Map.Entry<String, JsonNode> c = ci.next();
                        if (!c.getValue().isValueNode()) {
                            throw new DraftFileException(file, Problem.BAD_VALUES, key + "." + c.getKey(), null);
                        }
                        if (!c.getValue().isNull() && !c.getValue().asText().isEmpty()) {
                            cells.put(c.getKey(), c.getValue().asText());
                        }
                    }
                    rows.add(cells);
                }
                return rows;
            }
        }
        throw new DraftFileException(file, Problem.BAD_VALUES, key, null);
    }

    /** A value stored at a path the template knows must have that field's shape. */
    private static void checkShape(Path file, TemplateDef template, String key, Object value) throws DraftFileException {
        FieldDef f = template.field(key);
        if (f == null) {
            return;
        }
        boolean ok;
        if (f.type() == FieldType.TABLE) {
            ok = value instanceof List<?> l && (l.isEmpty() || l.get(0) instanceof Map);
        } else if (f.type() == FieldType.MULTI_CHOICE) {
            ok = value instanceof String || value instanceof List<?> l && (l.isEmpty() || l.get(0) instanceof String);
        } else {
            ok = value instanceof String;
        }
        if (!ok) {
            throw new DraftFileException(file, Problem.BAD_VALUES, key, null);
        }
    }

    private void migrate(Path file, TemplateDef template, Draft d) throws DraftFileException {
        int v = d.templateVersion();
        while (v < template.version()) {
            TemplateDef.Migration step = null;
            for (TemplateDef.Migration m : template.migrations()) {
                if (m.from() == v && m.to() > v) {
                    step = m;
                    break;
                }
            }
            if (step == null) {
                throw new DraftFileException(file, Problem.NO_MIGRATION, template.id() + " v" + v + " → v" + template.version(), null);
            }
            for (String drop : step.drop()) {
                String[] col = columnPath(drop);
                if (col != null) {
                    for (Map<String, String> row : rowsOf(d, col[0])) {
                        row.remove(col[1]);
                    }
                } else {
                    d.removeRaw(drop);
                }
            }
            for (Map.Entry<String, String> r : step.rename().entrySet()) {
                String[] from = columnPath(r.getKey());
                String[] to = columnPath(r.getValue());
                if (from != null && to != null && from[0].equals(to[0])) {
                    for (Map<String, String> row : rowsOf(d, from[0])) {
                        String cell = row.remove(from[1]);
                        if (cell != null) {
                            row.put(to[1], cell);
                        }
                    }
                    continue;
                }
                Object val = d.getRaw(r.getKey());
                if (val != null) {
                    d.removeRaw(r.getKey());
                    d.putRaw(r.getValue(), val);
                }
            }
            v = step.to();
        }
        d.setTemplate(template.id(), template.version());
    }

    /** {@code table[].column} as {table, column}, or null for any other path. */
    private static String[] columnPath(String path) {
        int i = path.indexOf("[].");
        return i > 0 ? new String[] {path.substring(0, i), path.substring(i + 3)} : null;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> rowsOf(Draft d, String table) {
        Object v = d.getRaw(table);
        if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
            return (List<Map<String, String>>) v;
        }
        return List.of();
    }

    // ---- save ------------------------------------------------------------------------------------

    /** The JSON tree written for a draft. */
    public static ObjectNode toJson(Draft d) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode t = root.putObject("template");
        t.put("id", d.templateId());
        t.put("version", d.templateVersion());
        ObjectNode meta = root.putObject("meta");
        meta.put("created", d.created().toString());
        meta.put("modified", d.modified().toString());
        meta.put("program", d.program());
        ObjectNode values = root.putObject("values");
        for (Map.Entry<String, Object> e : d.valuesForWrite().entrySet()) {
            Object v = e.getValue();
            if (v instanceof List<?> list) {
                ArrayNode arr = values.putArray(e.getKey());
                for (Object o : list) {
                    if (o instanceof Map<?, ?> row) {
                        ObjectNode r = arr.addObject();
                        row.forEach((k, cv) -> r.put(String.valueOf(k), String.valueOf(cv)));
                    } else {
                        arr.add(String.valueOf(o));
                    }
                }
            } else {
                values.put(e.getKey(), String.valueOf(v));
            }
        }
        if (!d.acknowledged().isEmpty()) {
            ArrayNode ack = root.putArray("acknowledged");
            d.acknowledged().forEach(ack::add);
        }
        return root;
    }

    /** The bytes of a draft file (UTF-8 JSON, ending in a line break). */
    public static byte[] toBytes(Draft d) {
        // read and written with the streaming parser only: no ObjectMapper on the cold path (io.JsonTrees)
        byte[] body = cn.shenbao.forms.io.JsonTrees.write(toJson(d));
        byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
        out[body.length] = '\n';
        return out;
    }

    /**
     * Writes a draft atomically, keeping the previous file as {@code <name>.bak}. Updates the draft's
     * modified time and program. Refuses to overwrite a file that is not a Shenbao draft.
     */
    public void save(Draft d, Path file) throws DraftFileException {
        Path target = file.toAbsolutePath();
        if (Files.isSymbolicLink(target) && Files.exists(target)) {
            try {
                target = target.toRealPath();
            } catch (IOException e) {
                throw new DraftFileException(target, Problem.WRITE_FAILED, e.getMessage(), e);
            }
        }
        if (Files.exists(target)) {
            requireOwnFile(target);
        }
        d.touch();
        writeAtomically(target, toBytes(d), true);
    }

    private static void requireOwnFile(Path target) throws DraftFileException {
        try {
            byte[] bytes = BoundedRead.readAll(target, MAX_BYTES);
            if (bytes.length == 0) {
                return;
            }
            JsonNode n = cn.shenbao.forms.io.JsonTrees.read(bytes);
            if (n == null || !FORMAT.equals(n.path("format").asText(null))) {
                throw new DraftFileException(target, Problem.FOREIGN_TARGET, null, null);
            }
        } catch (JsonProcessingException e) {
            throw new DraftFileException(target, Problem.FOREIGN_TARGET, null, e);
        } catch (IOException | RuntimeException e) {
            throw new DraftFileException(target, Problem.FOREIGN_TARGET, null, e);
        }
    }

    /**
     * Writes bytes to a file atomically through the program's one {@link AtomicWriter}; with {@code backup}
     * the previous file is kept as {@code <name>.bak}. On failure the old file and its backup are unchanged.
     */
    public static void writeAtomically(Path target, byte[] bytes, boolean backup) throws DraftFileException {
        try {
            Path dir = target.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            AtomicWriter.write(target, backup, bytes);
        } catch (IOException e) {
            throw new DraftFileException(target, Problem.WRITE_FAILED, IoMessages.reason(e), e);
        }
    }
}
