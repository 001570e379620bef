package cn.shenbao.forms.paper;

import cn.shenbao.forms.io.BoundedRead;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * What a paper package holds, read from a spec file (JSON, documented in docs/staff.md): an ordered list of
 * parts, each with a title — our export of a draft ({@code draft}), the user's PDF or image files ({@code file}
 * or {@code files}: .pdf, .jpg/.jpeg, .png), or the generated 目录 ({@code toc: true}); {@code numbered: false}
 * leaves a part's pages without a page number and out of the count (a cover). Options: {@code title} (heading
 * of the 目录), {@code sets} (how many bound sets to print), {@code bindingMarginMm} (kept free on the bound edge
 * of the printing PDF), {@code duplexRightStart} (a blank page before a part that would start on a left-hand
 * page). Paths are relative to the spec file.
 */
public record PackageSpec(Path base, String title, int sets, double bindingMarginMm, boolean duplexRightStart,
        List<Part> parts) {
    /** At most this many bytes of spec. */
    public static final long MAX_BYTES = 1024 * 1024;
    /** At most this many parts. */
    public static final int MAX_PARTS = 500;

    public PackageSpec {
        parts = List.copyOf(parts);
    }

    /** What a part is made of. */
    public enum Kind { DRAFT, FILES, TOC }

    /** One part: its title, kind, the files (one draft, or the user's files) and whether its pages are numbered. */
    public record Part(String title, Kind kind, List<Path> files, boolean numbered) {
        public Part {
            files = List.copyOf(files);
        }
    }

    private static final Set<String> TOP = Set.of("title", "sets", "bindingMarginMm", "duplexRightStart", "parts");
    private static final Set<String> PART = Set.of("title", "draft", "file", "files", "toc", "numbered");

    /** Reads and checks a spec file; every problem names the file and the place. */
    public static PackageSpec read(Path file) throws PackageException {
        byte[] bytes;
        try {
            bytes = BoundedRead.readAll(file, MAX_BYTES);
        } catch (BoundedRead.TooLargeException e) {
            throw new PackageException("package.spec.tooLarge", e, file, MAX_BYTES / 1024);
        } catch (IOException e) {
            throw new PackageException("package.spec.unreadable", e, file, cn.shenbao.forms.io.IoMessages.reason(java.util.Locale.SIMPLIFIED_CHINESE, e));
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(bytes);
        } catch (IOException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? j.getLocation().getLineNr() + ":" + j.getLocation().getColumnNr() : "?";
            throw new PackageException("package.spec.notJson", e, file, where);
        }
        if (root == null || !root.isObject()) {
            throw new PackageException("package.spec.notJson", null, file, "1:1");
        }
        Path base = file.toAbsolutePath().getParent();
        unknown(file, "", root, TOP);
        String title = text(root, "title");
        int sets = root.has("sets") ? integer(file, "sets", root.get("sets"), 1, 100) : 1;
        double binding = 0;
        if (root.has("bindingMarginMm")) {
            JsonNode b = root.get("bindingMarginMm");
            if (!b.isNumber() || b.asDouble() < 0 || b.asDouble() > 30) {
                throw new PackageException("package.spec.binding", null, file, b.toString());
            }
            binding = b.asDouble();
        }
        boolean duplex = root.path("duplexRightStart").asBoolean(false);
        JsonNode ps = root.get("parts");
        if (ps == null || !ps.isArray() || ps.isEmpty()) {
            throw new PackageException("package.spec.noParts", null, file);
        }
        if (ps.size() > MAX_PARTS) {
            throw new PackageException("package.spec.tooManyParts", null, file, ps.size(), MAX_PARTS);
        }
        List<Part> parts = new ArrayList<>();
        int tocs = 0;
        for (int i = 0; i < ps.size(); i++) {
            JsonNode p = ps.get(i);
            String at = "parts[" + i + "]";
            if (!p.isObject()) {
                throw new PackageException("package.spec.part", null, file, at);
            }
            unknown(file, at + ".", p, PART);
            String t = text(p, "title");
            if (t == null || t.isBlank()) {
                throw new PackageException("package.spec.title", null, file, at);
            }
            boolean numbered = p.path("numbered").asBoolean(true);
            int kinds = (p.has("draft") ? 1 : 0) + (p.has("file") || p.has("files") ? 1 : 0) + (p.path("toc").asBoolean(false) ? 1 : 0);
            if (kinds != 1) {
                throw new PackageException("package.spec.kind", null, file, at, t);
            }
            if (p.path("toc").asBoolean(false)) {
                tocs++;
                parts.add(new Part(t.strip(), Kind.TOC, List.of(), numbered));
            } else if (p.has("draft")) {
                parts.add(new Part(t.strip(), Kind.DRAFT, List.of(path(file, base, at + ".draft", p.get("draft"))), numbered));
            } else {
                List<Path> files = new ArrayList<>();
                if (p.has("file")) {
                    files.add(path(file, base, at + ".file", p.get("file")));
                }
                if (p.has("files")) {
                    JsonNode fs = p.get("files");
                    if (!fs.isArray() || fs.isEmpty()) {
                        throw new PackageException("package.spec.files", null, file, at);
                    }
                    for (int j = 0; j < fs.size(); j++) {
                        files.add(path(file, base, at + ".files[" + j + "]", fs.get(j)));
                    }
                }
                parts.add(new Part(t.strip(), Kind.FILES, files, numbered));
            }
        }
        if (tocs > 1) {
            throw new PackageException("package.spec.twoTocs", null, file);
        }
        return new PackageSpec(base, title, sets, binding, duplex, parts);
    }

    /**
     * Writes the spec to {@code file} in the format {@link #read} reads (docs/staff.md), through the one atomic
     * writer: file names in the spec's folder or beside it relative to it (so that the folder can be moved or copied
     * as a whole: {@code 扫描件/执照.jpg}, {@code ../申报书.shenbao}), others absolute. A file that cannot be written
     * is left as it was.
     */
    public void write(Path file, java.util.Locale locale) throws PackageException {
        Path base = file.toAbsolutePath().getParent();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory()
                .createGenerator(bytes, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            if (title != null && !title.isBlank()) {
                g.writeStringField("title", title);
            }
            g.writeNumberField("sets", sets);
            if (bindingMarginMm == Math.rint(bindingMarginMm)) {
                g.writeNumberField("bindingMarginMm", (long) bindingMarginMm);
            } else {
                g.writeNumberField("bindingMarginMm", bindingMarginMm);
            }
            g.writeBooleanField("duplexRightStart", duplexRightStart);
            g.writeArrayFieldStart("parts");
            for (Part p : parts) {
                g.writeStartObject();
                g.writeStringField("title", p.title());
                switch (p.kind()) {
                    case TOC -> g.writeBooleanField("toc", true);
                    case DRAFT -> g.writeStringField("draft", relative(base, p.files().get(0)));
                    case FILES -> {
                        if (p.files().size() == 1) {
                            g.writeStringField("file", relative(base, p.files().get(0)));
                        } else {
                            g.writeArrayFieldStart("files");
                            for (Path f : p.files()) {
                                g.writeString(relative(base, f));
                            }
                            g.writeEndArray();
                        }
                    }
                }
                if (!p.numbered()) {
                    g.writeBooleanField("numbered", false);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e); // into memory
        }
        bytes.write('\n');
        try {
            cn.shenbao.forms.io.AtomicWriter.write(file, false, bytes.toByteArray());
        } catch (IOException e) {
            throw new PackageException("package.spec.unwritable", e, file, cn.shenbao.forms.io.IoMessages.reason(locale, e));
        }
    }

    /** A file name as the spec writes it: relative to the spec's folder (at most one level up, / between folders). */
    private String relative(Path specFolder, Path f) {
        Path abs = (f.isAbsolute() ? f : this.base == null ? f.toAbsolutePath() : this.base.resolve(f)).normalize();
        Path rel;
        try {
            rel = specFolder.normalize().relativize(abs);
        } catch (IllegalArgumentException e) {
            return abs.toString(); // another drive
        }
        int up = 0;
        while (up < rel.getNameCount() && rel.getName(up).toString().equals("..")) {
            up++;
        }
        return up > 1 ? abs.toString() : rel.toString().replace(java.io.File.separatorChar, '/');
    }

    private static void unknown(Path file, String at, JsonNode o, Set<String> known) throws PackageException {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new PackageException("package.spec.unknownKey", null, file, at + k, String.join("、", known.stream().sorted().toList()));
            }
        }
    }

    private static String text(JsonNode o, String key) {
        JsonNode n = o.get(key);
        return n == null || !n.isTextual() ? null : n.asText();
    }

    private static int integer(Path file, String key, JsonNode n, int min, int max) throws PackageException {
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < min || n.asInt() > max) {
            throw new PackageException("package.spec.integer", null, file, key, n.toString(), min, max);
        }
        return n.asInt();
    }

    private static Path path(Path file, Path base, String at, JsonNode n) throws PackageException {
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new PackageException("package.spec.path", null, file, at);
        }
        try {
            Path p = Path.of(n.asText());
            return p.isAbsolute() ? p : base.resolve(p).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new PackageException("package.spec.path", e, file, at);
        }
    }
}
