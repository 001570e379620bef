package cn.shenbao.forms.print;

import cn.shenbao.forms.print.text.LineBreaking;
import com.itextpdf.kernel.geom.IShape;
import com.itextpdf.kernel.geom.Matrix;
import com.itextpdf.kernel.geom.Point;
import com.itextpdf.kernel.geom.Subpath;
import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.PathRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The printed lines of a PDF, per table cell: glyphs (iText text extraction with positions) on one baseline,
 * cut where a drawn vertical rule (a cell border) or a gap wider than a character lies between two of them.
 * Rotated text (the 草稿 watermark) is left out. {@link #kinsokuViolations} checks Chinese line breaking on any PDF of ours (e.g. in the stress
 * property tests): it tells a wrapped line from a paragraph's first line by the geometry of the line above.
 */
public final class PdfLines {
    private PdfLines() {
    }

    /**
     * One printed line of one cell.
     *
     * @param page 1-based page
     * @param y    baseline (points from the bottom)
     * @param x0   left end of the first glyph
     * @param x1   right end of the last glyph
     * @param size height of the tallest glyph box (ascent to descent), about the font size
     * @param text the characters, with the spaces extraction reports
     */
    public record Line(int page, float y, float x0, float x1, float size, String text) {
        /** The text without leading and trailing white space. */
        public String trimmed() {
            return text.strip().replaceAll("^[\\s\u3000]+|[\\s\u3000]+$", "");
        }

        @Override
        public String toString() {
            return "page " + page + " y " + Math.round(y) + " x " + Math.round(x0) + ": " + text;
        }
    }

    private record Glyph(float x0, float x1, float y, float size, String text) {
    }

    /** A drawn vertical (x, y0..y1) or horizontal (y = x, from y0 to y1 along x) rule. */
    private record Rule(boolean vertical, float x, float y0, float y1) {
    }

    /** The lines of one page with the rules drawn on it. */
    private record Page(List<Line> lines, List<Rule> rules) {
    }

    /** All lines of all pages, page by page, top to bottom, left to right. */
    public static List<Line> read(Path pdf) throws IOException {
        List<Line> out = new ArrayList<>();
        for (Page p : pages(pdf)) {
            out.addAll(p.lines);
        }
        return out;
    }

    /** A horizontal rule drawn on a page: at height {@code y}, from {@code x0} to {@code x1} (points). */
    public record HRule(int page, float y, float x0, float x1) {
        /** Whether the rule crosses the vertical line at {@code x}. */
        public boolean crosses(float x) {
            return x0 <= x && x1 >= x;
        }
    }

    /** The horizontal rules of every page (cell borders): where a cell box starts or ends. */
    public static List<HRule> horizontalRules(Path pdf) throws IOException {
        List<HRule> out = new ArrayList<>();
        List<Page> pages = pages(pdf);
        for (int i = 0; i < pages.size(); i++) {
            for (Rule r : pages.get(i).rules) {
                if (!r.vertical) {
                    out.add(new HRule(i + 1, r.x, r.y0, r.y1));
                }
            }
        }
        return out;
    }

    private static List<Page> pages(Path pdf) throws IOException {
        List<Page> out = new ArrayList<>();
        try (PdfDocument d = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                Collector c = new Collector();
                new PdfCanvasProcessor(c).processPageContent(d.getPage(p));
                out.add(new Page(lines(p, c.glyphs, c.rules), c.rules));
            }
        }
        return out;
    }

    /**
     * Lines of {@code pdf} that break the 禁则 of {@link LineBreaking}: a line that continues a paragraph (the line
     * above it in the same cell is full: it ends within four characters of the cell's right edge) starting with a
     * character of {@code NO_START}, or a full line followed by such a continuation ending with one of
     * {@code NO_END}. The first line of a cell or paragraph may start with anything (a value may begin with 》).
     */
    public static List<String> kinsokuViolations(Path pdf) throws IOException {
        List<String> bad = new ArrayList<>();
        for (Page p : pages(pdf)) {
            float pageRight = 0;
            for (Line l : p.lines) {
                pageRight = Math.max(pageRight, l.x1);
            }
            for (Line l : p.lines) {
                String t = l.trimmed();
                if (t.isEmpty()) {
                    continue;
                }
                Line above = above(l, p);
                if (above != null && full(above, p, pageRight) && LineBreaking.isNoStart(t.codePointAt(0))) {
                    bad.add("starts with " + new String(Character.toChars(t.codePointAt(0))) + " — " + l
                            + "  (after: " + above.text + ")");
                }
                int last = t.codePointBefore(t.length());
                if (LineBreaking.isNoEnd(last) && full(l, p, pageRight)
                        && p.lines.stream().anyMatch(n -> above(n, p) == l)) {
                    bad.add("ends with " + new String(Character.toChars(last)) + " — " + l);
                }
            }
        }
        return bad;
    }

    /** The line directly above {@code l} in the same cell, or null. */
    private static Line above(Line l, Page p) {
        Line best = null;
        for (Line o : p.lines) {
            if (o == l || o.y <= l.y + 0.5f || o.y - l.y > 2.5f * Math.max(l.size, o.size)) {
                continue;
            }
            if (Math.abs(o.x0 - l.x0) > 3 * Math.max(l.size, o.size) || o.x1 < l.x0 || l.x1 < o.x0) {
                continue;
            }
            if (horizontalRuleBetween(o, l, p.rules) || verticalRuleBetween(o, l, p.rules)) {
                continue;
            }
            if (best == null || o.y < best.y) {
                best = o;
            }
        }
        return best;
    }

    private static boolean horizontalRuleBetween(Line upper, Line lower, List<Rule> rules) {
        for (Rule r : rules) {
            if (!r.vertical && r.x < upper.y && r.x > lower.y && r.y0 <= lower.x0 + 1 && r.y1 >= lower.x0 + 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean verticalRuleBetween(Line a, Line b, List<Rule> rules) {
        float from = Math.min(a.x0, b.x0) + 0.5f;
        float to = Math.max(a.x0, b.x0) - 0.5f;
        for (Rule r : rules) {
            if (r.vertical && r.x > from && r.x < to && r.y0 <= a.y && r.y1 >= b.y) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line ends within four characters of the right edge of its cell (a rule) or of the text block. */
    private static boolean full(Line l, Page p, float pageRight) {
        float right = Float.MAX_VALUE;
        for (Rule r : p.rules) {
            if (r.vertical && r.x >= l.x1 - 0.5f && r.y0 <= l.y + 1 && r.y1 >= l.y - 1) {
                right = Math.min(right, r.x);
            }
        }
        if (right == Float.MAX_VALUE) {
            right = pageRight;
        }
        return right - l.x1 < 4 * l.size + 6;
    }

    private static List<Line> lines(int page, List<Glyph> glyphs, List<Rule> rules) {
        glyphs.sort(Comparator.comparing((Glyph g) -> -Math.round(g.y * 2)).thenComparing(g -> g.x0));
        List<Line> out = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!row.isEmpty() && Math.abs(row.get(0).y - g.y) > 1f) {
                cut(page, row, rules, out);
                row.clear();
            }
            row.add(g);
        }
        cut(page, row, rules, out);
        return out;
    }

    private static void cut(int page, List<Glyph> row, List<Rule> rules, List<Line> out) {
        if (row.isEmpty()) {
            return;
        }
        row.sort(Comparator.comparing(Glyph::x0));
        StringBuilder sb = new StringBuilder();
        Glyph start = row.get(0);
        Glyph prev = null;
        float size = 0;
        for (Glyph g : row) {
            // a drawn rule between two glyphs, or a gap wider than a character (borderless tables: the cover)
            if (prev != null && (ruleBetween(prev, g, rules) || g.x0 - prev.x1 > Math.max(8f, Math.max(g.size,
                    prev.size)))) {
                out.add(new Line(page, start.y, start.x0, prev.x1, size, sb.toString()));
                sb.setLength(0);
                size = 0;
                start = g;
            }
            sb.append(g.text);
            size = Math.max(size, g.size);
            prev = g;
        }
        out.add(new Line(page, start.y, start.x0, prev.x1, size, sb.toString()));
    }

    private static boolean ruleBetween(Glyph a, Glyph b, List<Rule> rules) {
        float from = Math.min(a.x1, b.x0) - 0.5f;
        float to = Math.max(a.x1, b.x0) + 0.5f;
        for (Rule r : rules) {
            if (r.vertical && r.x >= from && r.x <= to && r.y0 <= a.y + 1 && r.y1 >= a.y - 1) {
                return true;
            }
        }
        return false;
    }

    private static final class Collector implements IEventListener {
        final List<Glyph> glyphs = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();

        @Override
        public void eventOccurred(IEventData data, EventType type) {
            if (data instanceof TextRenderInfo t) {
                for (TextRenderInfo c : t.getCharacterRenderInfos()) {
                    Vector s = c.getBaseline().getStartPoint();
                    Vector e = c.getBaseline().getEndPoint();
                    if (Math.abs(s.get(1) - e.get(1)) > 0.5f || c.getText().isEmpty()) {
                        continue; // rotated (watermark) or nothing
                    }
                    float size = c.getAscentLine().getStartPoint().get(1) - c.getDescentLine().getStartPoint().get(1);
                    glyphs.add(new Glyph(Math.min(s.get(0), e.get(0)), Math.max(s.get(0), e.get(0)), s.get(1),
                            size, c.getText()));
                }
            } else if (data instanceof PathRenderInfo p && p.getOperation() != PathRenderInfo.NO_OP) {
                Matrix m = p.getCtm();
                for (Subpath sp : p.getPath().getSubpaths()) {
                    List<Point> pts = new ArrayList<>();
                    for (IShape shape : sp.getSegments()) {
                        pts.addAll(shape.getBasePoints());
                    }
                    if (sp.isClosed() && !pts.isEmpty()) {
                        pts.add(pts.get(0));
                    }
                    for (int i = 1; i < pts.size(); i++) {
                        Vector a = new Vector((float) pts.get(i - 1).getX(), (float) pts.get(i - 1).getY(), 1)
                                .cross(m);
                        Vector b = new Vector((float) pts.get(i).getX(), (float) pts.get(i).getY(), 1).cross(m);
                        if (Math.abs(a.get(0) - b.get(0)) < 0.5f && Math.abs(a.get(1) - b.get(1)) > 2f) {
                            rules.add(new Rule(true, a.get(0), Math.min(a.get(1), b.get(1)),
                                    Math.max(a.get(1), b.get(1))));
                        } else if (Math.abs(a.get(1) - b.get(1)) < 0.5f && Math.abs(a.get(0) - b.get(0)) > 2f) {
                            rules.add(new Rule(false, a.get(1), Math.min(a.get(0), b.get(0)),
                                    Math.max(a.get(0), b.get(0))));
                        }
                    }
                }
            }
        }

        @Override
        public Set<EventType> getSupportedEvents() {
            return Set.of(EventType.RENDER_TEXT, EventType.RENDER_PATH);
        }
    }

}
