package cn.shenbao.forms.roster;

import cn.shenbao.forms.io.AtomicWriter;
import cn.shenbao.forms.io.BoundedRead;
import cn.shenbao.forms.io.IoMessages;
import cn.shenbao.forms.io.TextEncoding;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The roster file ({@code .shenbao-roster}): UTF-8 JSON, written only through {@link AtomicWriter} with a
 * {@code .bak} of the previous version. See {@code docs/roster.md}.
 *
 * <pre>
 * {"format": "shenbao-roster", "formatVersion": 1, "nextId": 3,
 *  "experts": [{"id": "E1", "name": "张三", "unit": "…", "title": "…", "mobile": "13800138000", "email": "…",
 *               "birthDate": "1985-03-02", "tuoju": true, "dundian": false, "notes": ""}, …]}
 * </pre>
 *
 * A file that is not a roster, is damaged or of a newer format is refused on load, and {@link #save} never
 * replaces such a file: whoever edits a roster loads it first.
 */
public final class RosterFiles {
    public static final String EXTENSION = ".shenbao-roster";
    public static final String FORMAT = "shenbao-roster";
    public static final int FORMAT_VERSION = 1;
    /** Largest roster file read: about 100,000 experts. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private RosterFiles() {
    }

    /** Reads a roster; a missing file is an error (use {@link #loadOrNew} to start one). */
    public static Roster load(Path file) throws RosterException {
        byte[] bytes;
        try {
            bytes = BoundedRead.readAll(file, MAX_BYTES);
        } catch (NoSuchFileException e) {
            throw new RosterException(file, "notFound", e);
        } catch (BoundedRead.TooLargeException e) {
            throw new RosterException(file, "tooLarge", e, TextEncoding.size(MAX_BYTES));
        } catch (IOException e) {
            throw new RosterException(file, "unreadable", e, IoMessages.reason(e));
        }
        return parse(file, bytes);
    }

    /** Reads a roster, or gives an empty one when the file does not exist yet. */
    public static Roster loadOrNew(Path file) throws RosterException {
        if (!Files.exists(file)) {
            return new Roster();
        }
        return load(file);
    }

    static Roster parse(Path file, byte[] bytes) throws RosterException {
        if (TextEncoding.utf8Problem(bytes) != null) {
            throw new RosterException(file, "notRoster", null);
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new RosterException(file, "damaged", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new RosterException(file, "notRoster", null);
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version > FORMAT_VERSION) {
            throw new RosterException(file, "newer", null, version);
        }
        if (version < 1 || !root.path("experts").isArray()) {
            throw new RosterException(file, "damaged", null);
        }
        Roster r = new Roster(root.path("nextId").asLong(1));
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode n : root.path("experts")) {
            i++;
            String id = n.path("id").asText("");
            if (!n.isObject() || id.isEmpty() || !ids.add(id)) {
                throw new RosterException(file, "badEntry", null, i);
            }
            r.restore(new Expert(id, n.path("name").asText(""), n.path("unit").asText(""),
                    n.path("title").asText(""), n.path("mobile").asText(""), n.path("email").asText(""),
                    n.path("birthDate").asText(""), n.path("tuoju").asBoolean(false),
                    n.path("dundian").asBoolean(false), n.path("notes").asText("")));
        }
        return r;
    }

    /** The bytes of a roster file. */
    public static byte[] toBytes(Roster roster) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("nextId", roster.nextId());
        ArrayNode list = root.putArray("experts");
        for (Expert e : roster.experts()) {
            ObjectNode n = list.addObject();
            n.put("id", e.id());
            for (RosterField f : RosterField.values()) {
                if (f == RosterField.TUOJU || f == RosterField.DUNDIAN) {
                    n.put(f.key(), Boolean.parseBoolean(e.get(f)));
                } else {
                    n.put(f.key(), e.get(f));
                }
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a roster atomically, the previous version kept as {@code .bak}. A file at {@code file} that is not a
     * readable roster is never replaced (refused with the reason).
     */
    public static void save(Roster roster, Path file) throws RosterException {
        if (Files.exists(file)) {
            load(file); // a damaged or foreign file stays as it is: the failure names it
        }
        Path dir = file.toAbsolutePath().getParent();
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            AtomicWriter.write(file, true, toBytes(roster));
        } catch (IOException e) {
            throw new RosterException(file, "writeFailed", e, IoMessages.reason(e));
        }
    }
}
