package cn.shenbao.forms.print.fonts;

import cn.shenbao.forms.io.AtomicWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What font discovery learned on an earlier start, kept in a small text file in the user's Shenbao folder
 * ({@code <shenbao.home>/font-cache.txt}, issue 15): the font files under the font folders (with the modification
 * time of every folder walked, so that a font added or removed anywhere is noticed without walking again), and for
 * each face looked at its collection index, family name and whether it has the Chinese and the Latin characters a
 * role needs, keyed by the file's path, size and modification time. A start that finds everything unchanged chooses
 * the fonts without walking the folders, reading name tables or parsing a font; the faces chosen are parsed when
 * first used.
 *
 * <p>A missing, unreadable, broken or stale cache is ignored (what changed is looked at again) and rewritten with
 * {@link AtomicWriter}; it never makes an export fail. One line per record, tab-separated, with {@code \\}, tab and
 * line breaks escaped:
 * <pre>
 * shenbao-font-cache	1
 * R	&lt;font folder searched&gt;	&lt;mtime ms, -1 when it does not exist&gt;
 * D	&lt;folder walked&gt;	&lt;mtime ms&gt;
 * I	&lt;file name, lower case (one the locator looks for)&gt;	&lt;path&gt;
 * F	&lt;path&gt;	&lt;size&gt;	&lt;mtime ms&gt;	&lt;family asked for&gt;	&lt;index, -1 single font, -2 unreadable&gt;	&lt;family&gt;	&lt;CJK y/n/?&gt;	&lt;Latin y/n/?&gt;
 * </pre>
 */
final class FontCatalog {
    static final String HEADER = "shenbao-font-cache\t1";
    /** The cache's name in the Shenbao folder. */
    static final String FILE_NAME = "font-cache.txt";
    /** Index of a face whose names could not be read (not a font, a broken file). */
    static final int UNREADABLE = -2;

    /** One face as looked at: {@code index} {@link #UNREADABLE} when the file is no usable font. */
    static final class Face {
        final long size;
        final long mtime;
        final int index;
        final String name;
        /** 'y', 'n' or '?' (not asked yet). */
        char cjk;
        char latin;

        Face(long size, long mtime, int index, String name, char cjk, char latin) {
            this.size = size;
            this.mtime = mtime;
            this.index = index;
            this.name = name;
            this.cjk = cjk;
            this.latin = latin;
        }
    }

    private final Path file;
    private boolean loaded;
    private boolean dirty;
    private Map<String, Long> roots = new LinkedHashMap<>();
    private Map<String, Long> folders = new LinkedHashMap<>();
    private Map<String, Path> index;
    private final Map<String, Face> faces = new LinkedHashMap<>();

    /** A catalog kept in {@code file}, or only in memory when {@code file} is null. */
    FontCatalog(Path file) {
        this.file = file;
    }

    /** The cache of the user's Shenbao folder: {@code shenbao.home}, else {@code ~/.shenbao} (as the client's). */
    static Path defaultFile() {
        String home = System.getProperty("shenbao.home");
        Path dir = home != null && !home.isBlank() ? Path.of(home)
                : Path.of(System.getProperty("user.home", "."), ".shenbao");
        return dir.resolve(FILE_NAME);
    }

    /**
     * Font file name (lower case) → path, the first found in the order of {@code dirs} (folders walked 6 deep,
     * links followed), for the names in {@code wanted} (the files the locator may ask for): from the cache when no
     * folder changed, else by walking the folders again.
     */
    synchronized Map<String, Path> index(List<Path> dirs, java.util.Set<String> wanted) {
        load();
        if (index != null && roots.equals(rootStamps(dirs)) && foldersUnchanged()) {
            return index;
        }
        Map<String, Path> map = new LinkedHashMap<>();
        Map<String, Long> walked = new LinkedHashMap<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 6, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        walked.put(d.toString(), attrs.lastModifiedTime().toMillis());
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (attrs.isRegularFile() && wanted.contains(name)) {
                            map.putIfAbsent(name, f);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        // an unreadable folder or a link loop is skipped: the other folders may still hold a font
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException e) {
                // as above
            }
        }
        roots = rootStamps(dirs);
        folders = walked;
        index = map;
        dirty = true;
        return index;
    }

    /**
     * What is known of the face of {@code path} for {@code family} (null for a single font), or null when the file
     * changed since (or was never looked at): the caller looks again and {@link #put}s the result.
     */
    synchronized Face face(Path path, String family) {
        load();
        Face f = faces.get(key(path, family));
        if (f == null) {
            return null;
        }
        long[] stamp = stamp(path);
        if (stamp == null || stamp[0] != f.size || stamp[1] != f.mtime) {
            faces.remove(key(path, family));
            dirty = true;
            return null;
        }
        return f;
    }

    /** Records what was learned of a face; null when the file cannot be stat'ed (nothing is kept). */
    synchronized Face put(Path path, String family, int index, String name) {
        long[] stamp = stamp(path);
        if (stamp == null) {
            return null;
        }
        Face f = new Face(stamp[0], stamp[1], index, name == null ? "" : name, '?', '?');
        faces.put(key(path, family), f);
        dirty = true;
        return f;
    }

    /** Records a coverage flag learned of a face (see {@link Face#cjk}, {@link Face#latin}). */
    synchronized void flag(Face f, boolean cjk, boolean value) {
        char c = value ? 'y' : 'n';
        if (cjk && f.cjk != c) {
            f.cjk = c;
            dirty = true;
        } else if (!cjk && f.latin != c) {
            f.latin = c;
            dirty = true;
        }
    }

    /** Writes the cache when something was learned; a failure is ignored (the next start looks again). */
    synchronized void save() {
        if (file == null || !dirty || index == null) {
            return;
        }
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        roots.forEach((d, t) -> line(b, "R", d, String.valueOf(t)));
        folders.forEach((d, t) -> line(b, "D", d, String.valueOf(t)));
        index.forEach((n, p) -> line(b, "I", n, p.toString()));
        faces.forEach((k, f) -> {
            int bar = k.indexOf('\0');
            line(b, "F", k.substring(0, bar), String.valueOf(f.size), String.valueOf(f.mtime), k.substring(bar + 1),
                    String.valueOf(f.index), f.name, String.valueOf(f.cjk), String.valueOf(f.latin));
        });
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicWriter.write(file, false, b.toString().getBytes(StandardCharsets.UTF_8));
            dirty = false;
        } catch (IOException | RuntimeException e) {
            // a read-only home, a full disk: the fonts are found the slow way next time
        }
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        Map<String, Long> r = new LinkedHashMap<>();
        Map<String, Long> d = new LinkedHashMap<>();
        Map<String, Path> i = new LinkedHashMap<>();
        Map<String, Face> f = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return;
            }
            for (String line : lines.subList(1, lines.size())) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> c = split(line);
                switch (c.get(0)) {
                    case "R" -> r.put(need(c, 3).get(1), Long.parseLong(c.get(2)));
                    case "D" -> d.put(need(c, 3).get(1), Long.parseLong(c.get(2)));
                    case "I" -> i.put(need(c, 3).get(1), Path.of(c.get(2)));
                    case "F" -> {
                        need(c, 9);
                        f.put(key(c.get(1), c.get(4)), new Face(Long.parseLong(c.get(2)), Long.parseLong(c.get(3)),
                                Integer.parseInt(c.get(5)), c.get(6), flag(c.get(7)), flag(c.get(8))));
                    }
                    default -> throw new IllegalArgumentException("unknown record " + c.get(0));
                }
            }
        } catch (IOException | RuntimeException e) {
            // broken or from another version: start afresh (and rewrite it)
            dirty = true;
            return;
        }
        roots = r;
        folders = d;
        index = d.isEmpty() ? null : i;
        faces.putAll(f);
    }

    private static List<String> need(List<String> c, int n) {
        if (c.size() != n) {
            throw new IllegalArgumentException("a record of " + c.size() + " fields");
        }
        return c;
    }

    private static char flag(String s) {
        if (s.length() != 1 || "yn?".indexOf(s.charAt(0)) < 0) {
            throw new IllegalArgumentException("flag " + s);
        }
        return s.charAt(0);
    }

    private boolean foldersUnchanged() {
        for (Map.Entry<String, Long> e : folders.entrySet()) {
            try {
                if (Files.getLastModifiedTime(Path.of(e.getKey())).toMillis() != e.getValue()) {
                    return false;
                }
            } catch (IOException | RuntimeException ex) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Long> rootStamps(List<Path> dirs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Path d : dirs) {
            long t = -1;
            if (Files.isDirectory(d)) {
                try {
                    t = Files.getLastModifiedTime(d).toMillis();
                } catch (IOException | RuntimeException e) {
                    t = -1;
                }
            }
            m.put(d.toString(), t);
        }
        return m;
    }

    private static long[] stamp(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return new long[] {a.size(), a.lastModifiedTime().toMillis()};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String key(Path path, String family) {
        return key(path.toString(), family == null ? "" : family);
    }

    private static String key(String path, String family) {
        return path + '\0' + family;
    }

    private static void line(StringBuilder b, String... cells) {
        for (int k = 0; k < cells.length; k++) {
            if (k > 0) {
                b.append('\t');
            }
            String s = cells[k];
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> b.append("\\\\");
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\0' -> b.append("\\0");
                    default -> b.append(ch);
                }
            }
        }
        b.append('\n');
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\t') {
                cells.add(cur.toString());
                cur.setLength(0);
            } else if (ch == '\\') {
                if (++i >= line.length()) {
                    throw new IllegalArgumentException("broken escape");
                }
                char e = line.charAt(i);
                cur.append(switch (e) {
                    case '\\' -> '\\';
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> throw new IllegalArgumentException("broken escape");
                });
            } else {
                cur.append(ch);
            }
        }
        cells.add(cur.toString());
        return cells;
    }
}
