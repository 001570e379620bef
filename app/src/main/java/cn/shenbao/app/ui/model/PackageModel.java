package cn.shenbao.app.ui.model;

import cn.shenbao.forms.paper.PackageSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The 装订材料 dialog's state without Nodes: the ordered parts of a paper package (drafts, the user's PDF and
 * image files, the 目录), each with the title shown in the 目录, moved up and down, renamed, removed; the options
 * (binding margin, right-hand starts, sets); and the {@link PackageSpec} they make.
 */
public final class PackageModel {
    /** One part as listed: its title, kind and files. */
    public record Part(String title, PackageSpec.Kind kind, List<Path> files, boolean numbered) {
        public Part {
            files = List.copyOf(files);
        }

        public Part withTitle(String t) {
            return new Part(t, kind, files, numbered);
        }
    }

    private final List<Part> parts = new ArrayList<>();
    private double bindingMarginMm = 10;
    private boolean duplexRightStart = true;
    private int sets = 1;
    private String title;

    public List<Part> parts() {
        return List.copyOf(parts);
    }

    /** Adds the 目录 (once): at the top, after a leading unnumbered part such as a cover. */
    public void addToc(String tocTitle) {
        if (parts.stream().anyMatch(p -> p.kind() == PackageSpec.Kind.TOC)) {
            return;
        }
        int at = !parts.isEmpty() && !parts.get(0).numbered() ? 1 : 0;
        parts.add(at, new Part(tocTitle, PackageSpec.Kind.TOC, List.of(), false));
    }

    /** Adds a draft of this program, titled by its file name. */
    public void addDraft(Path draft) {
        parts.add(new Part(stem(draft), PackageSpec.Kind.DRAFT, List.of(draft), true));
    }

    /** Adds the user's PDF or image files, one part each, titled by the file name. */
    public void addFiles(List<Path> files) {
        for (Path f : files) {
            parts.add(new Part(stem(f), PackageSpec.Kind.FILES, List.of(f), true));
        }
    }

    private static String stem(Path f) {
        return f.getFileName().toString().replaceFirst("\\.[A-Za-z]{2,8}$", "");
    }

    /** Moves a part one place up (−1) or down (+1); returns its new index. */
    public int move(int index, int direction) {
        int to = index + direction;
        if (index < 0 || index >= parts.size() || to < 0 || to >= parts.size()) {
            return index;
        }
        parts.add(to, parts.remove(index));
        return to;
    }

    public void remove(int index) {
        if (index >= 0 && index < parts.size()) {
            parts.remove(index);
        }
    }

    public void rename(int index, String newTitle) {
        if (index >= 0 && index < parts.size() && newTitle != null && !newTitle.isBlank()) {
            parts.set(index, parts.get(index).withTitle(newTitle.strip()));
        }
    }

    /** Whether a part's pages are numbered (a cover is not). */
    public void setNumbered(int index, boolean numbered) {
        if (index >= 0 && index < parts.size()) {
            Part p = parts.get(index);
            parts.set(index, new Part(p.title(), p.kind(), p.files(), numbered));
        }
    }

    public void setBindingMarginMm(double mm) {
        bindingMarginMm = Math.max(0, Math.min(30, mm));
    }

    public void setDuplexRightStart(boolean d) {
        duplexRightStart = d;
    }

    public void setSets(int n) {
        sets = Math.max(1, Math.min(100, n));
    }

    public void setTitle(String t) {
        title = t == null || t.isBlank() ? null : t.strip();
    }

    public double bindingMarginMm() {
        return bindingMarginMm;
    }

    public boolean duplexRightStart() {
        return duplexRightStart;
    }

    public int sets() {
        return sets;
    }

    public String title() {
        return title;
    }

    /**
     * 打开清单…: replaces the parts and options with those of a spec file ({@link PackageSpec#read}, the one reader
     * of the package builder). A file that cannot be read changes nothing; the message says which file and why.
     *
     * @return null when opened, else the message for the user
     */
    public String open(Path file, Locale locale) {
        PackageSpec spec;
        try {
            spec = PackageSpec.read(file);
        } catch (cn.shenbao.forms.paper.PackageException e) {
            return e.message(locale);
        }
        parts.clear();
        for (PackageSpec.Part p : spec.parts()) {
            parts.add(new Part(p.title(), p.kind(), p.files(), p.numbered()));
        }
        setBindingMarginMm(spec.bindingMarginMm());
        setDuplexRightStart(spec.duplexRightStart());
        setSets(spec.sets());
        setTitle(spec.title());
        return null;
    }

    /**
     * 保存清单…: writes the parts and options as a spec file ({@link PackageSpec#write}, through the one atomic
     * writer), for {@code shenbao package} or for opening again.
     *
     * @return null when saved, else the message for the user (the file is then as it was)
     */
    public String save(Path file, Locale locale) {
        if (parts.isEmpty()) {
            return new cn.shenbao.forms.paper.PackageException("package.spec.noParts", null, file).message(locale);
        }
        try {
            spec().write(file, locale);
            return null;
        } catch (cn.shenbao.forms.paper.PackageException e) {
            return e.message(locale);
        }
    }

    public boolean canBuild() {
        return parts.stream().anyMatch(p -> p.kind() != PackageSpec.Kind.TOC);
    }

    /** The spec of the listed parts (files by absolute path). */
    public PackageSpec spec() {
        List<PackageSpec.Part> ps = new ArrayList<>();
        for (Part p : parts) {
            ps.add(new PackageSpec.Part(p.title(), p.kind(), p.files(), p.numbered()));
        }
        return new PackageSpec(Path.of("").toAbsolutePath(), title, sets, bindingMarginMm, duplexRightStart, ps);
    }

    /** A line describing a part in the list: title and files. */
    public static String describe(Part p, Locale locale) {
        if (p.files().isEmpty()) {
            return p.title();
        }
        return p.title() + "  ←  " + String.join("、", p.files().stream().map(f -> f.getFileName().toString()).toList());
    }
}
