package cn.shenbao.forms.print.fonts;

import cn.shenbao.forms.print.PrintMessages;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds real CJK fonts on this machine: a preference list per role (Windows, macOS, Linux) searched in the
 * usual font folders, overridable by a file given by the caller.
 */
public final class FontLocator {

    /** A wanted font: a file name (lower case) and, for collections, the family to pick. */
    record Candidate(String fileName, String family) {
    }

    static final List<Candidate> BODY = List.of(
            new Candidate("simsun.ttc", "SimSun"),
            new Candidate("simsun.ttf", "SimSun"),
            new Candidate("songti.ttc", "Songti SC"),
            new Candidate("stsong.ttf", "STSong"),
            // Linux: Noto Serif CJK SC, the only 宋体-like face Debian offers that has every character of the
            // 通用规范汉字表 (AR PL SungtiL GB lacks 1,467 of the 8,105, AR PL UMing 283): one face for a whole name
            new Candidate("notoserifcjk-regular.ttc", "Noto Serif CJK SC"),
            new Candidate("notoserifcjksc-regular.otf", "Noto Serif CJK SC"),
            new Candidate("notoserifsc-regular.otf", "Noto Serif SC"),
            new Candidate("sourcehanserif-regular.ttc", "Source Han Serif SC"),
            new Candidate("sourcehanserifsc-regular.otf", "Source Han Serif SC"),
            new Candidate("uming.ttc", "AR PL UMing CN"),
            new Candidate("gbsn00lp.ttf", "AR PL SungtiL GB"),
            new Candidate("notosanscjk-regular.ttc", "Noto Sans CJK SC"),
            new Candidate("wqy-microhei.ttc", "WenQuanYi Micro Hei"),
            new Candidate("wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
            new Candidate("msyh.ttc", "Microsoft YaHei"),
            new Candidate("pingfang.ttc", "PingFang SC"));

    /**
     * Serif, proportional faces for Latin letters, digits and ASCII punctuation of body text (the DOCX names
     * Times New Roman for them): Windows and macOS Times New Roman, else its metric twin Liberation Serif
     * (Debian fonts-liberation2) or Tinos. None found: the body face prints them.
     */
    static final List<Candidate> LATIN = List.of(
            new Candidate("times.ttf", "Times New Roman"),
            new Candidate("times new roman.ttf", "Times New Roman"),
            new Candidate("liberationserif-regular.ttf", "Liberation Serif"),
            new Candidate("tinos-regular.ttf", "Tinos"));

    static final List<Candidate> HEADING = List.of(
            new Candidate("simhei.ttf", "SimHei"),
            new Candidate("stheiti medium.ttc", "Heiti SC"),
            new Candidate("stheiti light.ttc", "Heiti SC"),
            new Candidate("pingfang.ttc", "PingFang SC"),
            // TrueType before CFF: iText's CFF subsets keep every subroutine slot (about 200 KB per font),
            // TrueType subsets grow with the glyphs used only; headings use few glyphs
            new Candidate("wqy-microhei.ttc", "WenQuanYi Micro Hei"),
            new Candidate("wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
            new Candidate("notosanscjk-regular.ttc", "Noto Sans CJK SC"),
            new Candidate("notosanscjksc-regular.otf", "Noto Sans CJK SC"),
            new Candidate("notosanssc-regular.otf", "Noto Sans SC"),
            new Candidate("sourcehansans-regular.ttc", "Source Han Sans SC"),
            new Candidate("notoserifcjk-bold.ttc", "Noto Serif CJK SC"),
            new Candidate("msyh.ttc", "Microsoft YaHei"));

    /** Fonts for symbols (☑) and rare characters, tried after the role fonts. */
    static final List<Candidate> FALLBACK = List.of(
            new Candidate("dejavusans.ttf", "DejaVu Sans"),
            new Candidate("seguisym.ttf", "Segoe UI Symbol"),
            new Candidate("apple symbols.ttf", "Apple Symbols"),
            new Candidate("arialuni.ttf", "Arial Unicode MS"),
            new Candidate("notosanssymbols2-regular.ttf", "Noto Sans Symbols 2"),
            new Candidate("simsunb.ttf", "SimSun-ExtB"),
            new Candidate("notoserifcjk-regular.ttc", "Noto Serif CJK SC"),
            new Candidate("notosanscjk-regular.ttc", "Noto Sans CJK SC"),
            new Candidate("wqy-microhei.ttc", "WenQuanYi Micro Hei"),
            new Candidate("hanaminb.ttf", "HanaMinB"));

    private static final Map<String, FontSetup> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Integer> TTC_INDEX = new ConcurrentHashMap<>();

    private final List<Path> dirs;
    private Map<String, Path> index;

    public FontLocator(List<Path> dirs) {
        this.dirs = List.copyOf(dirs);
    }

    /** A locator over the usual font folders of Windows, macOS and Linux. */
    public static FontLocator system() {
        return new FontLocator(defaultDirs());
    }

    /** The usual font folders, existing or not. */
    public static List<Path> defaultDirs() {
        List<Path> list = new ArrayList<>();
        String windir = System.getenv("WINDIR");
        list.add(Path.of(windir != null ? windir : "C:\\Windows", "Fonts"));
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            list.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        String home = System.getProperty("user.home", "");
        list.add(Path.of("/System/Library/Fonts"));
        list.add(Path.of("/Library/Fonts"));
        list.add(Path.of(home, "Library", "Fonts"));
        list.add(Path.of("/usr/share/fonts"));
        list.add(Path.of("/usr/local/share/fonts"));
        list.add(Path.of(home, ".fonts"));
        list.add(Path.of(home, ".local", "share", "fonts"));
        return list;
    }

    /**
     * Chooses the fonts, with optional caller overrides (null = automatic). Results without overrides are
     * cached per folder list.
     *
     * @throws NoCjkFontException when no CJK font exists or an override is unusable
     */
    public FontSetup resolve(Path bodyOverride, Path headingOverride, Locale locale) {
        if (bodyOverride == null && headingOverride == null) {
            return CACHE.computeIfAbsent(dirs.toString(), k -> resolveUncached(null, null, locale));
        }
        return resolveUncached(bodyOverride, headingOverride, locale);
    }

    private FontSetup resolveUncached(Path bodyOverride, Path headingOverride, Locale locale) {
        FontFace body = bodyOverride != null ? override(bodyOverride, locale) : first(BODY);
        FontFace heading = headingOverride != null ? override(headingOverride, locale) : first(HEADING);
        if (body == null && heading == null) {
            String searched = dirs.stream().map(Path::toString).collect(Collectors.joining("; "));
            throw new NoCjkFontException(PrintMessages.get(locale, "font.noCjk", searched));
        }
        if (body == null) {
            body = heading;
        }
        if (heading == null) {
            heading = body;
        }
        List<FontFace> fallbacks = new ArrayList<>();
        for (Candidate c : FALLBACK) {
            FontFace f = find(c);
            if (f != null && !f.equals(body) && !f.equals(heading) && !fallbacks.contains(f)) {
                fallbacks.add(f);
            }
        }
        FontFace latin = null;
        if (bodyOverride == null) {
            for (Candidate c : LATIN) {
                FontFace f = find(c);
                if (f != null && f.hasGlyph('A') && f.hasGlyph('0')) {
                    latin = f;
                    break;
                }
            }
        }
        return new FontSetup(body, heading, latin, fallbacks);
    }

    private FontFace first(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            FontFace f = find(c);
            if (f != null && isCjk(f)) {
                return f;
            }
        }
        return null;
    }

    /** Font files given by the user larger than this are refused (the largest CJK collections are about 120 MiB). */
    static final long MAX_FONT_BYTES = 256L * 1024 * 1024;

    private FontFace override(Path file, Locale locale) {
        if (!Files.isReadable(file)) {
            throw new NoCjkFontException(PrintMessages.get(locale, "font.override.unreadable", file,
                    PrintMessages.get(locale, "font.override.notReadable")));
        }
        try {
            // a FIFO would block the export forever and a device never ends: regular files only, of a sane size
            cn.shenbao.forms.io.BoundedRead.requireRegular(file);
            if (Files.size(file) > MAX_FONT_BYTES) {
                throw new NoCjkFontException(PrintMessages.get(locale, "font.override.unreadable", file,
                        PrintMessages.get(locale, "font.override.tooLarge", MAX_FONT_BYTES / 1024 / 1024)));
            }
        } catch (IOException e) {
            throw new NoCjkFontException(PrintMessages.get(locale, "font.override.unreadable", file,
                    PrintMessages.get(locale, "font.override.notRegular")), e);
        }
        FontFace face;
        try {
            face = faceOf(file, null);
            // a file given by the user is parsed here so that a broken one is reported as unreadable
            face.program();
        } catch (IOException | RuntimeException e) {
            throw new NoCjkFontException(PrintMessages.get(locale, "font.override.unreadable", file, e.getMessage()),
                    e);
        }
        if (face == null || !isCjk(face)) {
            throw new NoCjkFontException(PrintMessages.get(locale, "font.override.notCjk", file));
        }
        return face;
    }

    private FontFace find(Candidate c) {
        Path p = index().get(c.fileName());
        if (p == null) {
            return null;
        }
        try {
            return faceOf(p, c.family());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The face in {@code file}; for a collection the one whose family is {@code family} (or a Chinese one). Only
     * the name tables are read ({@link FaceNames}); the font itself is parsed when first used.
     */
    static FontFace faceOf(Path file, String family) throws IOException {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ttc") || lower.endsWith(".otc")) {
            String key = file + "|" + family;
            Integer idx = TTC_INDEX.get(key);
            if (idx == null) {
                idx = findIndex(file, family);
                TTC_INDEX.put(key, idx);
            }
            return new FontFace(file, idx, familyName(FaceNames.familyNames(file, idx), file));
        }
        return new FontFace(file, -1, familyName(FaceNames.familyNames(file, -1), file));
    }

    private static int findIndex(Path file, String family) throws IOException {
        int size = FaceNames.faceCount(file);
        int chinese = -1;
        for (int i = 0; i < size; i++) {
            String[][] names = FaceNames.familyNames(file, i);
            String name = familyName(names, file);
            if (family != null && allFamilyNames(names).stream().anyMatch(n -> n.equalsIgnoreCase(family))) {
                return i;
            }
            if (chinese < 0 && (name.endsWith(" SC") || name.contains("GB") || name.endsWith(" CN"))) {
                chinese = i;
            }
        }
        return chinese >= 0 ? chinese : 0;
    }

    private static List<String> allFamilyNames(String[][] fam) {
        List<String> names = new ArrayList<>();
        for (String[] n : fam) {
            names.add(n[n.length - 1]);
        }
        return names;
    }

    /** The family name, or the file's name without extension when the font has no family name. */
    private static String familyName(String[][] fam, Path file) {
        String name = familyName(fam);
        if (name != null) {
            return name;
        }
        String f = file.getFileName().toString();
        return f.contains(".") ? f.substring(0, f.lastIndexOf('.')) : f;
    }

    private static String familyName(String[][] fam) {
        if (fam != null) {
            for (String[] n : fam) {
                // prefer the English (Microsoft platform, language 0x409) name
                if (n.length >= 4 && "1033".equals(n[2])) {
                    return n[3];
                }
            }
            if (fam.length > 0) {
                return fam[0][fam[0].length - 1];
            }
        }
        return null;
    }

    static boolean isCjk(FontFace f) {
        try {
            return f.hasGlyph('中') && f.hasGlyph('国') && f.hasGlyph('申');
        } catch (RuntimeException e) {
            return false;
        }
    }

    private synchronized Map<String, Path> index() {
        if (index == null) {
            Map<String, Path> map = new LinkedHashMap<>();
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> s = Files.walk(dir, 6, EnumSet.of(FileVisitOption.FOLLOW_LINKS).toArray(
                        new FileVisitOption[0]))) {
                    s.filter(Files::isRegularFile).forEach(p -> map.putIfAbsent(
                            p.getFileName().toString().toLowerCase(Locale.ROOT), p));
                } catch (IOException | RuntimeException e) {
                    // an unreadable folder is skipped: the other folders may still hold a font
                }
            }
            index = map;
        }
        return index;
    }
}
