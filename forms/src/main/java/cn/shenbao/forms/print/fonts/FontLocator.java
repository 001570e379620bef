package cn.shenbao.forms.print.fonts;

import cn.shenbao.forms.print.PrintMessages;
import cn.shenbao.forms.print.model.CheckBox;
import cn.shenbao.forms.print.model.FontRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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

    /** Every file name the lists above look for. */
    private static final java.util.Set<String> WANTED = java.util.stream.Stream.of(BODY, LATIN, HEADING, FALLBACK)
            .flatMap(List::stream).map(Candidate::fileName).collect(Collectors.toUnmodifiableSet());

    private static final Map<String, FontSetup> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Integer> TTC_INDEX = new ConcurrentHashMap<>();
    /** The font choices whose faces {@link #prepare} has started parsing in this JVM. */
    private static final java.util.Set<String> PREPARED = ConcurrentHashMap.newKeySet();

    private final List<Path> dirs;
    private final FontCatalog catalog;
    private final BundledFonts bundled;
    /** The family each collection face found was asked for (its key in the catalog). */
    private final Map<FontFace, String> askedFamily = new ConcurrentHashMap<>();
    private Map<String, Path> index;

    /** A locator over {@code dirs} that keeps what it learns in memory only. */
    public FontLocator(List<Path> dirs) {
        this(dirs, null);
    }

    /**
     * A locator over {@code dirs} that keeps what it learns of the font files in {@code cacheFile} between runs
     * (null: in memory only); see {@link FontCatalog}.
     */
    public FontLocator(List<Path> dirs, Path cacheFile) {
        this(dirs, cacheFile, BundledFonts.system());
    }

    /** A locator as above whose chosen faces are stood in for by {@code bundled}'s subsets where they match. */
    FontLocator(List<Path> dirs, Path cacheFile, BundledFonts bundled) {
        this.dirs = List.copyOf(dirs);
        this.catalog = new FontCatalog(cacheFile);
        this.bundled = bundled;
    }

    /**
     * A locator over the usual font folders of Windows, macOS and Linux, with the font cache of the user's Shenbao
     * folder ({@code shenbao.home}, else {@code ~/.shenbao}).
     */
    public static FontLocator system() {
        return new FontLocator(defaultDirs(), FontCatalog.defaultFile());
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
            return CACHE.computeIfAbsent(cacheKey(), k -> resolveUncached(null, null, locale));
        }
        return resolveUncached(bodyOverride, headingOverride, locale);
    }

    /**
     * Chooses the fonts (as {@link #resolve} without overrides) and parses every face a PDF export of a form will
     * use, in the order it asks for them: the body face (the font check reads it first), the Latin face, the heading
     * face and the faces that print the check boxes □ ☑ (a fallback such as DejaVu Sans where the body face lacks
     * ☑). A cold export calls this on a background thread while the draft is read and checked (issue 15); an export
     * that asks for a face still being parsed here waits for it instead of parsing it again.
     */
    public FontSetup prepare(Locale locale) {
        FontSetup setup = resolve(null, null, locale);
        if (!PREPARED.add(cacheKey())) {
            // prepared already (the command line starts this before parsing its arguments, the export again after):
            // the faces are parsed or being parsed, and whoever needs one waits for it
            return setup;
        }
        // the large CJK body face on this thread, the others on a second one: both cores while the draft is read
        Thread others = new Thread(() -> {
            try {
                if (setup.latin() != null) {
                    setup.latin().program();
                }
                setup.heading().program();
                setup.faceFor(FontRole.BODY, CheckBox.UNCHECKED.codePointAt(0));
                setup.faceFor(FontRole.BODY, CheckBox.CHECKED.codePointAt(0));
            } catch (RuntimeException e) {
                // a face that cannot be parsed is reported by the export that uses it
            }
        }, "shenbao-fonts-2");
        others.setDaemon(true);
        others.start();
        setup.body().parses();
        return setup;
    }

    /** What tells one choice of fonts from another in this JVM: the folders and the shipped subsets. */
    private String cacheKey() {
        return dirs + "|" + bundled.key();
    }

    /** Chooses the fonts afresh (no JVM-wide reuse of an earlier choice): for tests of the font cache. */
    FontSetup resolveFresh(Locale locale) {
        return resolveUncached(null, null, locale);
    }

    private FontSetup resolveUncached(Path bodyOverride, Path headingOverride, Locale locale) {
        try {
            return choose(bodyOverride, headingOverride, locale);
        } finally {
            catalog.save();
        }
    }

    private FontSetup choose(Path bodyOverride, Path headingOverride, Locale locale) {
        index();
        cn.shenbao.forms.trace.StartupTrace.mark("font files listed");
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
                if (f != null && hasLatin(f)) {
                    latin = f;
                    break;
                }
            }
        }
        // a subset shipped with the program stands in for the installed face it was cut from (BundledFonts): the
        // characters it lacks are printed with that face; a face given by the user is used as it is
        Map<FontFace, BundledFonts.StandIn> standIns = new java.util.HashMap<>();
        if (bodyOverride == null) {
            body = standIn(body, standIns);
            latin = latin == null ? null : standIn(latin, standIns);
        }
        if (headingOverride == null) {
            heading = standIn(heading, standIns);
        }
        fallbacks.replaceAll(f -> standIn(f, standIns));
        cn.shenbao.forms.trace.StartupTrace.mark("fonts chosen: " + body.name() + ", " + heading.name()
                + (latin != null ? ", " + latin.name() : "") + (standIns.isEmpty() ? ""
                : " (" + standIns.size() + " shipped subset" + (standIns.size() > 1 ? "s" : "") + ")"));
        return new FontSetup(body, heading, latin, fallbacks, standIns);
    }

    /** The shipped subset standing in for {@code face} (recorded in {@code standIns}), or {@code face} itself. */
    private FontFace standIn(FontFace face, Map<FontFace, BundledFonts.StandIn> standIns) {
        BundledFonts.StandIn s = bundled.standInFor(face);
        if (s == null) {
            return face;
        }
        standIns.put(s.subset(), s);
        return s.subset();
    }

    private FontFace first(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            FontFace f = find(c);
            if (f != null && coverage(f, true)) {
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
        String family = isCollection(p) ? c.family() : null;
        FontCatalog.Face known = catalog.face(p, family);
        if (known != null) {
            if (known.index == FontCatalog.UNREADABLE) {
                return null;
            }
            FontFace f = new FontFace(p, known.index, known.name);
            if (family != null) {
                askedFamily.put(f, family);
            }
            return f;
        }
        try {
            FontFace f = faceOf(p, c.family());
            catalog.put(p, family, f.index(), f.name());
            if (family != null) {
                askedFamily.put(f, family);
            }
            return f;
        } catch (IOException | RuntimeException e) {
            catalog.put(p, family, FontCatalog.UNREADABLE, "");
            return null;
        }
    }

    private boolean hasLatin(FontFace f) {
        return coverage(f, false);
    }

    /**
     * Whether the face has the characters of its role: Chinese ({@link #isCjk}) or Latin letters and digits; known
     * from the cache when the file is unchanged, else learned by parsing the face (and kept).
     */
    private boolean coverage(FontFace f, boolean cjk) {
        FontCatalog.Face known = catalog.face(f.file(), familyKey(f));
        char flag = known == null ? '?' : cjk ? known.cjk : known.latin;
        if (flag != '?') {
            return flag == 'y';
        }
        // a shipped subset of this very file answers for it (it was made for these characters and has a glyph for
        // them exactly when the installed face has): a first start does not parse a 23 MB face to learn this
        FontFace probe = f;
        BundledFonts.StandIn s = bundled.standInFor(f);
        String probed = cjk ? "中国申" : "A0";
        if (s != null && probed.chars().noneMatch(s::installedMayHave) && s.subset().parses()) {
            probe = s.subset();
        }
        boolean has = cjk ? isCjk(probe) : probe.hasGlyph('A') && probe.hasGlyph('0');
        if (known != null) {
            catalog.flag(known, cjk, has);
        }
        return has;
    }

    /** The family a collection's face was asked for (the cache's key), null for a single font. */
    private String familyKey(FontFace f) {
        return askedFamily.get(f);
    }

    private static boolean isCollection(Path p) {
        String lower = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".ttc") || lower.endsWith(".otc");
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

    /** Font file name (lower case) → the first such file in the folders ({@link FontCatalog#index}). */
    private synchronized Map<String, Path> index() {
        if (index == null) {
            index = catalog.index(dirs, WANTED);
        }
        return index;
    }
}
