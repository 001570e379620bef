package cn.shenbao.forms.print.fonts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Subsets of installed fonts that ship with the program (issue 15): the installer's build cuts the Chinese faces the
 * Linux package depends on (Noto Serif CJK SC for body text, WenQuanYi Micro Hei for headings) down to the 8,105
 * characters of the 通用规范汉字表, GB 2312 and every character of the program's own texts
 * ({@code packaging/fonts/subset-fonts.py}). Parsing the whole Noto Serif CJK face (65,535 glyphs, a 23 MB CFF
 * table) and writing its PDF subset is the largest single cost of a cold export; the cut face has about 9,000 glyphs.
 *
 * <p>A subset <em>stands in</em> for the installed face it was cut from, and only for that one: same family, same
 * file name and same file size as recorded when it was made. A character it lacks (a rare character of a name) is
 * printed with the installed face ({@link FontSetup#faceFor}), which is then parsed as before. Same glyphs, same
 * widths, so the page model and the pages are those of the installed face. Without the folder (the README's jar, a
 * test) or with a different installed file, nothing changes.
 *
 * <p>The folder is named by the system property {@value #PROPERTY} (the packaged launcher sets it to its
 * {@code lib/app/fonts}); its manifest {@value #MANIFEST} has, for {@code n = 1, 2, …}: {@code n.file} (the subset,
 * in the folder), {@code n.asked} (the characters the subset was made for: a bit set over U+0000–U+FFFF, 8,192
 * bytes, bit {@code c} in byte {@code c / 8}, least significant bit first), {@code n.family}, {@code n.source} (file
 * name of the installed font), {@code n.sourceSize} (bytes) and {@code n.license}.
 */
public final class BundledFonts {
    /** The system property naming the folder. */
    public static final String PROPERTY = "shenbao.fonts.bundled";
    /** The manifest's name in the folder. */
    public static final String MANIFEST = "subsets.properties";

    /**
     * One subset.
     *
     * @param file       the subset's file
     * @param family     the family it keeps (as the installed face names it)
     * @param source     file name of the installed font it was cut from
     * @param sourceSize that file's size in bytes
     * @param license    the font's licence, for the About dialog
     * @param asked      the characters the subset was made for (for these it has a glyph exactly when the installed
     *                   face has one)
     */
    public record Subset(Path file, String family, String source, long sourceSize, String license, BitSet asked) {
    }

    /**
     * A subset standing in for an installed face.
     *
     * @param subset    the subset's face
     * @param installed the installed face it was cut from
     * @param asked     the characters the subset was made for
     */
    public record StandIn(FontFace subset, FontFace installed, BitSet asked) {
        /**
         * Whether the installed face may have a glyph the subset lacks: only for a character the subset was not
         * made for (for the others both have it or neither has, and the installed face need not be parsed).
         */
        public boolean installedMayHave(int codePoint) {
            return codePoint > 0xFFFF || !asked.get(codePoint);
        }
    }

    /** Size of the {@code asked} bit set: one bit per code point of the Basic Multilingual Plane. */
    static final int ASKED_BYTES = 0x10000 / 8;

    private static volatile BundledFonts system;

    private final List<Subset> subsets;

    BundledFonts(List<Subset> subsets) {
        this.subsets = List.copyOf(subsets);
    }

    /** The subsets of the folder named by {@value #PROPERTY}; none when it is not set or has no usable manifest. */
    public static BundledFonts system() {
        BundledFonts b = system;
        if (b == null) {
            String dir = System.getProperty(PROPERTY);
            b = dir == null || dir.isBlank() ? new BundledFonts(List.of()) : read(Path.of(dir));
            system = b;
        }
        return b;
    }

    /**
     * The subsets listed in {@code dir}'s manifest whose files exist. A missing or broken manifest, or an entry
     * without its file, gives no subsets (the installed faces are used): never an error of the export.
     */
    public static BundledFonts read(Path dir) {
        Path manifest = dir.resolve(MANIFEST);
        List<Subset> list = new ArrayList<>();
        if (!Files.isRegularFile(manifest)) {
            return new BundledFonts(list);
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return new BundledFonts(list);
        }
        for (int n = 1; p.containsKey(n + ".file"); n++) {
            try {
                Path file = dir.resolve(p.getProperty(n + ".file")).normalize();
                Path askedFile = dir.resolve(p.getProperty(n + ".asked", "")).normalize();
                String family = p.getProperty(n + ".family", "");
                String source = p.getProperty(n + ".source", "");
                long size = Long.parseLong(p.getProperty(n + ".sourceSize", "-1").trim());
                if (file.startsWith(dir.normalize()) && Files.isRegularFile(file) && askedFile.startsWith(dir.normalize())
                        && Files.isRegularFile(askedFile) && Files.size(askedFile) == ASKED_BYTES
                        && !family.isEmpty() && !source.isEmpty() && wholeFont(file)) {
                    list.add(new Subset(file, family, source, size, p.getProperty(n + ".license", ""),
                            BitSet.valueOf(Files.readAllBytes(askedFile))));
                }
            } catch (IOException | RuntimeException e) {
                // an entry that cannot be read is left out
            }
        }
        return new BundledFonts(list);
    }

    /**
     * Whether {@code file} looks like a whole OpenType/TrueType font: its table directory lists a {@code cmap} and
     * every table lies within the file (a truncated or overwritten subset is left out, and the installed face used).
     */
    static boolean wholeFont(Path file) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            long size = ch.size();
            java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(12);
            if (size < 12 || ch.read(head, 0) != 12) {
                return false;
            }
            int version = head.getInt(0);
            int tables = head.getShort(4) & 0xFFFF;
            if ((version != 0x00010000 && version != 0x4F54544F /* OTTO */) || tables == 0 || tables > 200) {
                return false;
            }
            java.nio.ByteBuffer dir = java.nio.ByteBuffer.allocate(16 * tables);
            if (ch.read(dir, 12) != dir.capacity()) {
                return false;
            }
            boolean cmap = false;
            for (int i = 0; i < tables; i++) {
                int tag = dir.getInt(16 * i);
                long offset = dir.getInt(16 * i + 8) & 0xFFFFFFFFL;
                long length = dir.getInt(16 * i + 12) & 0xFFFFFFFFL;
                if (offset + length > size) {
                    return false;
                }
                cmap |= tag == 0x636D6170; // 'cmap'
            }
            return cmap;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public List<Subset> subsets() {
        return subsets;
    }

    /** The subsets' files, as one string: what tells two sets of subsets apart (a key of the fonts chosen). */
    String key() {
        StringBuilder sb = new StringBuilder();
        for (Subset s : subsets) {
            sb.append(s.file()).append('|');
        }
        return sb.toString();
    }

    /**
     * The subset that stands in for {@code installed}: one cut from a file of the same name and size, keeping the
     * same family. Null when there is none.
     */
    public StandIn standInFor(FontFace installed) {
        if (installed == null || subsets.isEmpty()) {
            return null;
        }
        String name = installed.file().getFileName().toString();
        for (Subset s : subsets) {
            if (s.family().equals(installed.name()) && s.source().toLowerCase(Locale.ROOT)
                    .equals(name.toLowerCase(Locale.ROOT)) && sizeOf(installed.file()) == s.sourceSize()) {
                return new StandIn(new FontFace(s.file(), -1, installed.name()), installed, s.asked());
            }
        }
        return null;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -2;
        }
    }
}
