package cn.shenbao.forms.print.docx;

import cn.shenbao.forms.print.PageGeometry;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.print.PrintTexts;
import cn.shenbao.forms.print.model.Align;
import cn.shenbao.forms.print.model.Block;
import cn.shenbao.forms.print.model.BlockVisitor;
import cn.shenbao.forms.print.model.Cell;
import cn.shenbao.forms.print.model.CheckBox;
import cn.shenbao.forms.print.model.CoverMetrics;
import cn.shenbao.forms.print.model.CoverPage;
import cn.shenbao.forms.print.model.FontRole;
import cn.shenbao.forms.print.model.Inline;
import cn.shenbao.forms.print.model.PageBreak;
import cn.shenbao.forms.print.model.PageSection;
import cn.shenbao.forms.print.model.Paragraph;
import cn.shenbao.forms.print.model.PrintDocument;
import cn.shenbao.forms.print.model.Row;
import cn.shenbao.forms.print.model.SignatureBlock;
import cn.shenbao.forms.print.model.SignatureSection;
import cn.shenbao.forms.print.model.Spacer;
import cn.shenbao.forms.print.model.Table;
import cn.shenbao.forms.print.model.TextMeasure;
import cn.shenbao.forms.print.model.TextRun;
import cn.shenbao.forms.print.model.VAlign;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link PrintDocument} to DOCX (WordprocessingML written directly, see {@link Wml}): 宋体/黑体 with
 * eastAsia attributes, A4 page setup, binding (gutter) and mirrored margins, repeating header rows, rows that cannot
 * split, PAGE/NUMPAGES fields and the fingerprint in the footer, a 草稿 watermark in the header when asked, content
 * controls around every value and the draft as a custom XML part (issue 14).
 */
public final class DocxRenderer {
    /** Font names written into the DOCX per role (see docs/printing.md, "Fonts"). */
    public static final String BODY_FONT = "宋体";
    public static final String HEADING_FONT = "黑体";
    /**
     * The Latin face beside 宋体 (w:rFonts ascii/hAnsi of body runs): the PDF prints Latin letters, digits and
     * ASCII signs in Times New Roman or its metric twin Liberation Serif.
     */
    public static final String LATIN_FONT = "Times New Roman";
    /** Font for ☑, which 宋体 lacks; Word and LibreOffice fall back to a font that has it. */
    public static final String SYMBOL_FONT = "Segoe UI Symbol";

    static final String CELL_BORDER_SZ = "4";

    private final PrintOptions options;
    /** The body: paragraphs and tables. */
    private List<Wml.Node> body;
    private boolean lastWasTable;
    private boolean pendingBreak;
    /** The table just written must stay with what follows (its paragraphs and the separator get keepNext). */
    private boolean keepNextPending;
    /** The page setup of the section being written. */
    private PageSection currentSection = PageSection.a4();
    /** The sections ended so far (they get the footer and header too). */
    private final List<Wml.Section> sectionEnds = new ArrayList<>();
    /** The content controls recorded while writing (see {@link DocxControls}). */
    private DocxControls controls = new DocxControls();
    private DraftPart draftPart;

    public DocxRenderer(PrintOptions options) {
        this.options = options;
    }

    /** Also carries the draft (custom XML part) so that the DOCX can be read back; with content controls only. */
    public DocxRenderer withDraft(DraftPart part) {
        this.draftPart = part;
        return this;
    }

    /** Writes the document to {@code out} (the stream is not closed). */
    public void render(PrintDocument document, OutputStream out) throws IOException {
        body = new ArrayList<>();
        lastWasTable = false;
        pendingBreak = false;
        keepNextPending = false;
        currentSection = PageSection.a4();
        sectionEnds.clear();
        controls = new DocxControls();
        DocxParts pkg = new DocxParts();
        Blocks visitor = new Blocks();
        for (Block b : document.blocks()) {
            b.accept(visitor);
        }
        Wml.Section last = sectionProps(currentSection);
        pkg.relate("styles", "styles.xml");
        pkg.part("word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
                DocxParts.styles(BODY_FONT, LATIN_FONT, HEADING_FONT));
        boolean protect = options.contentControls() && !options.editable().isEmpty();
        pkg.relate("settings", "settings.xml");
        // hand-off of some parts: only the controls can be edited (Word: 限制编辑 › 填写窗体), and of them only those
        // not locked
        pkg.part("word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
                DocxParts.settings(options.duplex(), protect));
        headerFooter(document, pkg, last);
        // every section shows the same footer (page numbers) and watermark as the last one
        for (Wml.Section s : sectionEnds) {
            s.footerRel = last.footerRel;
            s.headerRel = last.headerRel;
        }
        if (options.contentControls()) {
            controls.apply(options.editable());
            if (draftPart != null) {
                draftPart.write(pkg, controls.written());
            }
        }
        pkg.part("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                DocxParts.core(document.title()));
        pkg.part("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\""
                        + "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>"
                        + "Shenbao</Application></Properties>");
        // how a later export recognises a file it may replace (ExportTargets)
        pkg.part("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                DocxParts.custom(cn.shenbao.forms.print.ExportTargets.MARKER,
                        cn.shenbao.forms.print.ExportTargets.markerValue(options.fingerprint())));
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"")
                .append(Wml.W).append("\" xmlns:r=\"").append(Wml.R).append('"');
        if (options.contentControls() && controls.any()) {
            sb.append(" xmlns:w14=\"").append(Wml.W14).append("\" xmlns:mc=\"").append(Wml.MC)
                    .append("\" mc:Ignorable=\"w14\"");
        }
        sb.append("><w:body>");
        for (Wml.Node n : body) {
            n.write(sb);
        }
        last.write(sb);
        sb.append("</w:body></w:document>");
        pkg.write(out, sb.toString());
    }

    /** The exhaustive dispatch over the page model: one method per block type. */
    private final class Blocks implements BlockVisitor<Void> {
        @Override
        public Void paragraph(Paragraph p) {
            DocxRenderer.this.paragraph(newParagraph(), p);
            lastWasTable = false;
            return null;
        }

        @Override
        public Void pageBreak(PageBreak b) {
            DocxRenderer.this.pageBreak();
            return null;
        }

        @Override
        public Void section(PageSection s) {
            DocxRenderer.this.section(s);
            return null;
        }

        @Override
        public Void spacer(Spacer s) {
            DocxRenderer.this.spacer(s.heightPt());
            return null;
        }

        @Override
        public Void table(Table t) {
            DocxRenderer.this.table(t);
            return null;
        }

        @Override
        public Void signature(SignatureBlock s) {
            DocxRenderer.this.signature(s);
            return null;
        }

        @Override
        public Void signatureSection(SignatureSection s) {
            DocxRenderer.this.signatureSection(s);
            return null;
        }

        @Override
        public Void cover(CoverPage c) {
            DocxRenderer.this.cover(c);
            return null;
        }
    }

    // ---------------------------------------------------------------- page setup, header, footer

    /** Size, orientation and margins of one section of pages. */
    private Wml.Section sectionProps(PageSection page) {
        Wml.Section s = new Wml.Section();
        s.width = PageGeometry.twips(page.widthPt());
        s.height = PageGeometry.twips(page.heightPt());
        s.landscape = page.landscape();
        s.top = PageGeometry.twips(PageGeometry.MARGIN_TOP);
        s.bottom = PageGeometry.twips(PageGeometry.MARGIN_BOTTOM);
        s.left = PageGeometry.twips(PageGeometry.MARGIN_INNER);
        s.right = PageGeometry.twips(PageGeometry.MARGIN_OUTER);
        s.gutter = PageGeometry.twips(PageGeometry.gutter(options));
        s.header = PageGeometry.twips(PageGeometry.HEADER_FROM_EDGE);
        s.footer = PageGeometry.twips(PageGeometry.FOOTER_FROM_EDGE);
        return s;
    }

    /**
     * Ends the pages so far as a section (a paragraph carrying their page setup, as OOXML wants it) and starts the
     * next section on a new page with the given size and orientation.
     */
    private void section(PageSection next) {
        if (body.isEmpty()) {
            currentSection = next;
            return;
        }
        Wml.Para end = new Wml.Para();
        body.add(end);
        tinyParagraph(end);
        Wml.Section sect = sectionProps(currentSection);
        sect.nextPage = true;
        end.section = sect;
        sectionEnds.add(sect);
        currentSection = next;
        lastWasTable = false;
        pendingBreak = false;
    }

    private void headerFooter(PrintDocument document, DocxParts pkg, Wml.Section last) {
        if (options.pageNumbers() || options.fingerprint() != null) {
            Wml.Para p = new Wml.Para();
            p.jc = "center";
            float size = 9f;
            if (options.pageNumbers()) {
                String[] parts = PrintTexts.pageOfParts();
                run(p, TextRun.body(parts[0], size));
                field(p, "PAGE", "1", size);
                run(p, TextRun.body(parts[1], size));
                field(p, "NUMPAGES", "1", size);
                run(p, TextRun.body(parts[2], size));
            }
            if (options.fingerprint() != null) {
                run(p, TextRun.body((options.pageNumbers() ? "    " : "")
                        + PrintTexts.fingerprint(options.fingerprint()), size));
            }
            last.footerRel = pkg.headerFooter("ftr", "footer1.xml", List.of(p));
        }
        if (options.draftWatermark()) {
            Wml.Para p = new Wml.Para();
            p.content.add(DocxParts.watermark(document.watermarkText(), HEADING_FONT));
            last.headerRel = pkg.headerFooter("hdr", "header1.xml", List.of(p));
        }
    }

    private static void field(Wml.Para p, String instr, String placeholder, float size) {
        Wml.Run r = new Wml.Run();
        r.pr.font = BODY_FONT;
        r.pr.halfPoints = halfPoints(size);
        r.text(placeholder);
        p.content.add(new Wml.SimpleField(" " + instr + " ", r));
    }

    // ---------------------------------------------------------------- blocks

    /**
     * A page break is not a paragraph of its own (which could itself spill onto an otherwise empty
     * page when the page before is full, as after the cover): it marks the next paragraph
     * "page break before".
     */
    private void pageBreak() {
        pendingBreak = true;
    }

    /** A new body paragraph, starting a new page when a page break is pending. */
    private Wml.Para newParagraph() {
        Wml.Para p = new Wml.Para();
        body.add(p);
        if (pendingBreak) {
            p.pageBreakBefore = true;
            pendingBreak = false;
        }
        return p;
    }

    private void spacer(float heightPt) {
        Wml.Para p = newParagraph();
        p.line = Math.max(20, PageGeometry.twips(heightPt));
        p.lineExact = true;
        lastWasTable = false;
    }

    /** A paragraph one point high: separates adjacent tables (Word would merge them) without visible space. */
    private static void tinyParagraph(Wml.Para p) {
        // as thin as Word and LibreOffice allow (a twentieth of a point, in a 1 pt font), so the lines of two
        // stacked tables print as one line, as in the PDF where the tables touch
        p.line = 1;
        p.lineExact = true;
        p.before = 0;
        p.after = 0;
        p.markHalfPoints = 2;
    }

    private void paragraph(Wml.Para p, Paragraph m) {
        p.jc = switch (m.align()) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
            case JUSTIFY -> "both";
        };
        p.before = PageGeometry.twips(m.spaceBeforePt());
        p.after = PageGeometry.twips(m.spaceAfterPt());
        // one line pitch for both back ends: the font size times the line spacing, exactly (PDF: fixed leading)
        p.line = PageGeometry.twips(m.maxSize(10.5f) * m.lineSpacing());
        p.lineExact = true;
        p.widowControl = true;
        if (m.firstLineIndentPt() > 0) {
            p.firstLine = PageGeometry.twips(m.firstLineIndentPt());
        }
        if (isHeading(m)) {
            p.style = DocxParts.HEADING_1;
        }
        List<Wml.Run> all = new ArrayList<>();
        for (Inline in : m.inlines()) {
            if (in instanceof TextRun t) {
                List<Wml.Run> runs = run(p, t);
                all.addAll(runs);
                if (m.field() == null) {
                    controls.inline(p, runs, t.field(), false, null, null);
                }
            } else if (in instanceof CheckBox c) {
                Wml.Run r = p.addRun().text(c.glyph());
                r.pr.halfPoints = halfPoints(c.sizePt());
                r.pr.font = c.checked() ? SYMBOL_FONT : BODY_FONT;
                all.add(r);
                if (m.field() == null) {
                    controls.inline(p, List.of(r), c.field(), c.checked(), SYMBOL_FONT, BODY_FONT);
                }
            } else {
                all.add(p.addRun().br());
            }
        }
        if (m.field() != null) {
            // a line of a value: one control around the paragraph's runs (LibreOffice 7.4 prints the text of a
            // block-level control around paragraphs in the default size, so each line has its own control with the
            // same tag, and reading back joins the lines of one cell); an empty line gets an empty run to hold it
            if (all.isEmpty()) {
                Wml.Run r = p.addRun().text("");
                r.pr.halfPoints = halfPoints(m.maxSize(10.5f));
                all.add(r);
            }
            controls.inline(p, all, m.field(), false, null, null);
        }
    }

    /** A paragraph of heading text only (section headings, 填报说明): style 标题 1. */
    private static boolean isHeading(Paragraph m) {
        boolean any = false;
        for (Inline in : m.inlines()) {
            if (!(in instanceof TextRun t) || t.role() != FontRole.HEADING) {
                return false;
            }
            any |= !t.text().isBlank();
        }
        return any;
    }

    private static List<Wml.Run> run(Wml.Para p, TextRun t) {
        String[] lines = t.text().split("\r\n|\r|\n", -1);
        List<Wml.Run> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Wml.Run r = p.addRun();
            out.add(r);
            if (i > 0) {
                r.br();
            }
            r.text(lines[i]);
            r.pr.halfPoints = halfPoints(t.sizePt());
            r.pr.bold = t.bold();
            if (t.grey()) {
                r.pr.color = "7F7F7F";
            }
            r.pr.underline = t.underline();
            r.pr.font = t.role() == FontRole.HEADING ? HEADING_FONT : BODY_FONT;
        }
        return out;
    }

    /** A font size in points as Word's half points (rounded half up, as POI did). */
    private static int halfPoints(float sizePt) {
        return (int) Math.round(sizePt * 2.0);
    }

    // ---------------------------------------------------------------- tables

    private Wml.Table newTable(double[] widthsPt, boolean borders) {
        if (lastWasTable || pendingBreak) {
            Wml.Para sep = newParagraph();
            tinyParagraph(sep);
            if (keepNextPending) {
                sep.keepNext = true;
            }
        }
        keepNextPending = false;
        Wml.Table t = new Wml.Table();
        body.add(t);
        double total = 0;
        for (double w : widthsPt) {
            total += w;
        }
        t.width = PageGeometry.twips((float) total);
        t.outerBorders = borders;
        t.insideH = borders;
        t.insideV = borders;
        // cell padding as in the PDF
        t.padLeft = PageGeometry.twips(PageGeometry.CELL_PAD_H);
        t.padRight = PageGeometry.twips(PageGeometry.CELL_PAD_H);
        t.padTop = PageGeometry.twips(PageGeometry.CELL_PAD_V);
        t.padBottom = PageGeometry.twips(PageGeometry.CELL_PAD_V);
        t.grid = new int[widthsPt.length];
        for (int i = 0; i < widthsPt.length; i++) {
            t.grid[i] = PageGeometry.twips((float) widthsPt[i]);
        }
        lastWasTable = true;
        return t;
    }

    private void table(Table m) {
        double[] fr = m.fractions();
        float width = PageGeometry.textWidth(options, currentSection);
        double[] widths = new double[fr.length];
        for (int i = 0; i < fr.length; i++) {
            widths[i] = fr[i] * width;
        }
        Wml.Table t = newTable(widths, true);
        int cols = widths.length;
        int[] pendingSpan = new int[cols]; // rows still covered by a vertical merge
        int[] pendingColSpan = new int[cols];
        VAlign[] pendingAlign = new VAlign[cols];
        for (int ri = 0; ri < m.rows().size(); ri++) {
            Row row = m.rows().get(ri);
            Wml.TableRow tr = new Wml.TableRow();
            t.rows.add(tr);
            tr.repeatHeader = ri < m.headerRows();
            tr.cantSplit = row.keepTogether();
            if (row.minHeightPt() > 0) {
                tr.minHeight = PageGeometry.twips(row.minHeightPt());
            }
            int col = 0;
            int ci = 0;
            List<Cell> cells = row.cells();
            while (col < cols) {
                if (pendingSpan[col] > 0) {
                    int span = pendingColSpan[col];
                    Wml.TableCell c = newCell(tr, widths, col, span, pendingAlign[col]);
                    c.vMerge = "continue";
                    pendingSpan[col]--;
                    col += span;
                    continue;
                }
                if (ci >= cells.size()) {
                    // fewer cells than columns: pad with an empty cell so the grid stays rectangular
                    newCell(tr, widths, col, 1, VAlign.CENTER);
                    col++;
                    continue;
                }
                Cell cell = cells.get(ci++);
                int span = Math.min(cell.colSpan(), cols - col);
                Wml.TableCell c = newCell(tr, widths, col, span, cell.valign());
                if (cell.rowSpan() > 1) {
                    c.vMerge = "restart";
                    pendingSpan[col] = cell.rowSpan() - 1;
                    pendingColSpan[col] = span;
                    pendingAlign[col] = cell.valign();
                }
                fillCell(c, cell.paragraphs());
                col += span;
            }
        }
        // rows that must share a page (a merged label and its rows): none splits, each is kept with the next
        for (int[] g : m.groups()) {
            if (g[1] - g[0] < 2) {
                continue;
            }
            for (int ri = g[0]; ri < g[1]; ri++) {
                Wml.TableRow tr = t.rows.get(ri);
                tr.cantSplit = true;
                if (ri < g[1] - 1) {
                    keepNext(tr);
                }
            }
        }
        if (m.keepWithNext()) {
            t.rows.forEach(DocxRenderer::keepNext);
            keepNextPending = true;
        }
    }

    /** Every paragraph of the row is kept with the next. */
    private static void keepNext(Wml.TableRow tr) {
        for (Wml.TableCell c : tr.cells) {
            for (Wml.Para p : c.paragraphs) {
                p.keepNext = true;
            }
        }
    }

    /** A new cell of the row spanning {@code span} columns from {@code col}, with one empty paragraph. */
    private static Wml.TableCell newCell(Wml.TableRow tr, double[] widths, int col, int span, VAlign valign) {
        Wml.TableCell c = new Wml.TableCell();
        tr.cells.add(c);
        double w = 0;
        for (int i = col; i < col + span && i < widths.length; i++) {
            w += widths[i];
        }
        c.width = PageGeometry.twips((float) w);
        c.gridSpan = span;
        c.vAlign = switch (valign) {
            case TOP -> "top";
            case CENTER -> "center";
            case BOTTOM -> "bottom";
        };
        c.paragraphs.add(new Wml.Para());
        return c;
    }

    private void fillCell(Wml.TableCell c, List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        paragraph(c.paragraphs.get(0), paragraphs.get(0));
        for (int i = 1; i < paragraphs.size(); i++) {
            Wml.Para p = new Wml.Para();
            c.paragraphs.add(p);
            paragraph(p, paragraphs.get(i));
        }
    }

    // ---------------------------------------------------------------- signature block and cover

    private void signature(SignatureBlock s) {
        float width = PageGeometry.textWidth(options);
        double[] widths = signatureWidths(width, s.sealMm());
        Wml.Table t = newTable(widths, true);
        t.insideV = false;
        signatureRow(t, widths, s);
    }

    /**
     * The heading and its signature blocks as ONE table: every row unsplittable and every paragraph but
     * those of the last row kept with the next, so neither Word nor LibreOffice (which ignores keep-with-next
     * from one table to the next) leaves the heading alone at the bottom of a page.
     */
    private void signatureSection(SignatureSection s) {
        float width = PageGeometry.textWidth(options);
        float sealMm = 0;
        for (SignatureBlock b : s.signatures()) {
            sealMm = Math.max(sealMm, b.sealMm());
        }
        double[] widths = signatureWidths(width, sealMm);
        Wml.Table t = newTable(widths, true);
        t.insideV = false;
        if (s.heading() != null) {
            Wml.TableRow tr = new Wml.TableRow();
            t.rows.add(tr);
            tr.cantSplit = true;
            Wml.TableCell c = newCell(tr, widths, 0, 2, s.heading().valign());
            fillCell(c, s.heading().paragraphs());
        }
        for (SignatureBlock b : s.signatures()) {
            signatureRow(t, widths, b);
        }
        for (int i = 0; i < t.rows.size() - 1; i++) {
            keepNext(t.rows.get(i));
        }
    }

    private static double[] signatureWidths(float width, float sealMm) {
        float sealWidth = sealMm * PageGeometry.MM + 24f;
        return new double[] {width - sealWidth, sealWidth};
    }

    private void signatureRow(Wml.Table t, double[] widths, SignatureBlock s) {
        Wml.TableRow tr = new Wml.TableRow();
        t.rows.add(tr);
        tr.cantSplit = true;
        float lineHeight = s.sizePt() * 1.6f;
        float height = s.sealMm() * PageGeometry.MM + 3 * lineHeight + 12f;
        tr.minHeight = PageGeometry.twips(height);
        Wml.TableCell left = newCell(tr, widths, 0, 1, VAlign.TOP);
        fillCell(left, List.of(Paragraph.of(Align.LEFT, TextRun.body(s.label(), s.sizePt()))
                .withSpacing(6, 0)));
        Wml.TableCell right = newCell(tr, widths, 1, 1, VAlign.TOP);
        List<Paragraph> ps = new ArrayList<>();
        float sealPt = s.sealMm() * PageGeometry.MM;
        // the seal label sits in the middle of a reserved square of sealMm × sealMm
        ps.add(Paragraph.of(Align.CENTER, TextRun.body(s.sealLabel(), s.sizePt()))
                .withSpacing(lineHeight + sealPt / 2 - s.sizePt(), sealPt / 2 - s.sizePt()));
        ps.add(Paragraph.of(Align.RIGHT, TextRun.body(s.date(), s.sizePt())).withSpacing(0, 6));
        fillCell(right, ps);
    }

    private void cover(CoverPage c) {
        CoverMetrics m = c.metrics();
        float width = currentSection.widthPt() - PageGeometry.MARGIN_INNER - PageGeometry.MARGIN_OUTER
                - PageGeometry.gutter(options);
        if (!c.mark().isEmpty()) {
            Wml.Para p = newParagraph();
            p.line = PageGeometry.twips(m.markSize() * 1.5f);
            p.lineExact = true;
            run(p, TextRun.heading(c.mark(), m.markSize()));
        }
        if (!c.numberLabel().isEmpty()) {
            // the boxed number at the top right
            double[] bw = {m.numberBoxWidth() * 0.42, m.numberBoxWidth() * 0.58};
            Wml.Table box = newTable(bw, true);
            box.jc = "right";
            Wml.TableRow br = new Wml.TableRow();
            box.rows.add(br);
            br.minHeight = PageGeometry.twips(m.numberSize() * 2);
            Wml.TableCell l = newCell(br, bw, 0, 1, VAlign.CENTER);
            fillCell(l, List.of(Paragraph.of(Align.CENTER, TextRun.body(c.numberLabel(), m.numberSize()))));
            Wml.TableCell v = newCell(br, bw, 1, 1, VAlign.CENTER);
            fillCell(v, List.of(Paragraph.of(Align.CENTER, TextRun.body(c.numberValue(), m.numberSize())
                    .withField(c.numberField()))));
            lastWasTable = false;
        }
        spacer(m.spaceBeforeTitle());
        for (String line : c.titleLines()) {
            Wml.Para p = newParagraph();
            p.style = DocxParts.TITLE;
            p.jc = "center";
            p.line = PageGeometry.twips(m.titleLine());
            p.lineExact = true;
            run(p, TextRun.heading(line, m.titleSize()));
        }
        spacer(m.spaceBeforeLines());
        // label and value columns inside the text block, whatever the binding margin
        float valueWidth = m.valueWidth(width);
        double[] lw = {m.labelWidth(), valueWidth};
        Wml.Table lines = newTable(lw, false);
        lines.jc = "center";
        lines.padLeft = 0;
        lines.padRight = 0;
        lines.padTop = 0;
        lines.padBottom = 40;
        for (CoverPage.Line line : c.lines()) {
            Wml.TableRow tr = new Wml.TableRow();
            lines.rows.add(tr);
            tr.minHeight = PageGeometry.twips(m.lineHeight());
            tr.cantSplit = true;
            Wml.TableCell lc = newCell(tr, lw, 0, 1, VAlign.BOTTOM);
            fillCell(lc, List.of(Paragraph.of(Align.LEFT, TextRun.body(line.label(), m.lineSize()))
                    .withLineSpacing(1.25f)));
            Wml.TableCell vc = newCell(tr, lw, 1, 1, VAlign.BOTTOM);
            vc.bottomBorder = true;
            TextRun value = TextRun.body(line.value(), m.valueSize(line.value(), valueWidth)).withField(line.field());
            fillCell(vc, List.of(Paragraph.of(Align.CENTER, line.placeholder() ? value.withGrey() : value)
                    .withLineSpacing(1.25f)));
        }
        lastWasTable = false;
        // push the issuer to the foot of the page: the space left by what is above (long values take the lines
        // CoverMetrics.valueSize leaves them), with some slack so the cover never grows a second page
        float used = (c.mark().isEmpty() ? 0 : m.markSize() * 1.5f)
                + (c.numberLabel().isEmpty() ? 0 : m.numberSize() * 2 + 2) + m.spaceBeforeTitle()
                + c.titleLines().size() * m.titleLine() + m.spaceBeforeLines();
        for (CoverPage.Line line : c.lines()) {
            float size = m.valueSize(line.value(), valueWidth);
            int n = Math.max(1, (int) Math.ceil(TextMeasure.ems(line.value()) * size / valueWidth));
            used += Math.max(m.lineHeight(), n * size * 1.25f + 2) + 1;
        }
        float textHeight = currentSection.heightPt() - PageGeometry.MARGIN_TOP - PageGeometry.MARGIN_BOTTOM;
        float rest = textHeight - used - m.issuerSize() * 1.5f - CoverMetrics.ISSUER_ABOVE_BOTTOM - 24f;
        if (rest > 1) {
            spacer(rest);
        }
        Wml.Para issuer = newParagraph();
        issuer.jc = "center";
        issuer.line = PageGeometry.twips(m.issuerSize() * 1.5f);
        issuer.lineExact = true;
        run(issuer, TextRun.body(c.issuer(), m.issuerSize()));
        issuer.pageBreakBefore = false;
    }
}
