package cn.shenbao.forms.print.pdf;

import cn.shenbao.forms.print.PageGeometry;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.print.PrintTexts;
import cn.shenbao.forms.print.fonts.FontFace;
import cn.shenbao.forms.print.fonts.FontRuns;
import cn.shenbao.forms.print.fonts.FontSetup;
import cn.shenbao.forms.print.model.Block;
import cn.shenbao.forms.print.model.BlockVisitor;
import cn.shenbao.forms.print.model.CheckBox;
import cn.shenbao.forms.print.model.CoverMetrics;
import cn.shenbao.forms.print.model.CoverPage;
import cn.shenbao.forms.print.model.FontRole;
import cn.shenbao.forms.print.model.Inline;
import cn.shenbao.forms.print.model.PageBreak;
import cn.shenbao.forms.print.model.PageSection;
import cn.shenbao.forms.print.model.PrintDocument;
import cn.shenbao.forms.print.model.Row;
import cn.shenbao.forms.print.model.SignatureBlock;
import cn.shenbao.forms.print.model.SignatureSection;
import cn.shenbao.forms.print.model.Spacer;
import cn.shenbao.forms.print.model.TextRun;
import cn.shenbao.forms.print.text.LineBreaking;
import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.extgstate.PdfExtGState;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.ILeafElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.ParagraphOrphansControl;
import com.itextpdf.layout.properties.ParagraphWidowsControl;
import com.itextpdf.layout.properties.LineHeight;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.RenderingMode;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.renderer.CellRenderer;
import com.itextpdf.layout.renderer.DivRenderer;
import com.itextpdf.layout.renderer.DocumentRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link PrintDocument} to PDF with iText 9: A4, CJK fonts embedded as subsets with per-character
 * fallback, repeating header rows, rows kept together, page numbers, binding and mirrored margins, a
 * diagonal 草稿 watermark when asked, the fingerprint in every footer and empty signature fields over each
 * signature and seal area.
 */
public final class PdfRenderer {
    private static final float BORDER = 0.5f;
    private static final float CELL_PAD_H = PageGeometry.CELL_PAD_H;
    private static final float CELL_PAD_V = PageGeometry.CELL_PAD_V;
    /** Height of a text's line box in em, before the paragraph's line pitch (see splitCharacters). */
    private static final float TEXT_LINE = 1.2f;
    private static final Color GREY = new DeviceGray(0.45f);
    /** Suffix of the keys under which the labels of signature and seal areas are recorded. */
    private static final String LABEL = "#label";

    private final PrintOptions options;
    private final FontSetup fonts;

    private PdfDocument pdf;
    private Document document;
    private Map<FontFace, PdfFont> pdfFonts;
    private Map<String, Rectangle[]> sigRects;
    private Map<String, Integer> sigPages;
    /** Width in points available to the paragraph being built (for keeping e-mail addresses whole). */
    private float availableWidth;

    public PdfRenderer(PrintOptions options, FontSetup fonts) {
        this.options = options;
        this.fonts = fonts;
    }

    /**
     * Writes the document to {@code out} (the stream is closed by iText when the PDF is complete).
     *
     * @return where the signature fields were placed
     */
    public List<SignatureArea> render(PrintDocument model, OutputStream out) throws IOException {
        currentSection = PageSection.a4();
        pdfFonts = new HashMap<>();
        sigRects = new LinkedHashMap<>();
        sigPages = new HashMap<>();
        // BEST_SPEED: deflating the two CJK font subsets (about 830 KB before compression) at zlib's default
        // level 6 took about 20 ms of a 50 ms export; level 1 takes about 7 ms and the complete draft's PDF
        // grows from 288 KB to 317 KB (budget 400 KB). What is drawn and embedded is unchanged.
        PdfWriter writer = new CompactingPdfWriter(out, new WriterProperties().setFullCompressionMode(true)
                .setCompressionLevel(CompressionConstants.BEST_SPEED), () -> pdfFonts.values());
        pdf = new PdfDocument(writer);
        pdf.getDocumentInfo().setTitle(model.title());
        // how a later export recognises a file it may replace (ExportTargets)
        pdf.getDocumentInfo().setMoreInfo(cn.shenbao.forms.print.ExportTargets.MARKER,
                cn.shenbao.forms.print.ExportTargets.markerValue(options.fingerprint()));
        pdf.getCatalog().setLang(new PdfString("zh-CN"));
        document = new Document(pdf, PageSize.A4, false);
        document.setMargins(PageGeometry.MARGIN_TOP, PageGeometry.right(options, 1), PageGeometry.MARGIN_BOTTOM,
                PageGeometry.left(options, 1));
        document.setRenderer(new MarginRenderer(document, options));
        document.setFont(font(fonts.usable(fonts.body())));
        document.setFontSize(10.5f);
        availableWidth = PageGeometry.textWidth(options);

        Blocks visitor = new Blocks();
        for (Block b : model.blocks()) {
            b.accept(visitor);
            visitor.previous = b;
        }
        document.flush();
        cn.shenbao.forms.trace.StartupTrace.mark("PDF pages laid out (iText)");
        int total = pdf.getNumberOfPages();
        PdfFont body = font(fonts.usable(fonts.body()));
        PdfFont heading = font(fonts.usable(fonts.heading()));
        for (int i = 1; i <= total; i++) {
            PdfPage page = pdf.getPage(i);
            if (options.draftWatermark()) {
                watermark(page, heading, model.watermarkText());
            }
            footer(page, i, total, body);
        }
        List<SignatureArea> areas = signatureFields(model);
        cn.shenbao.forms.trace.StartupTrace.mark("PDF footers and signature fields");
        document.close();
        cn.shenbao.forms.trace.StartupTrace.mark("PDF closed (font subsets written)");
        return areas;
    }

    /** The exhaustive dispatch over the page model: one method per block type. */
    private final class Blocks implements BlockVisitor<Void> {
        private Block previous;

        @Override
        public Void paragraph(cn.shenbao.forms.print.model.Paragraph p) {
            document.add(PdfRenderer.this.paragraph(p));
            return null;
        }

        @Override
        public Void pageBreak(PageBreak b) {
            // the cover ends its own page
            if (!(previous instanceof CoverPage) && previous != null) {
                document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            }
            return null;
        }

        @Override
        public Void section(PageSection s) {
            currentSection = s;
            PageSize size = new PageSize(s.widthPt(), s.heightPt());
            if (previous == null) {
                pdf.setDefaultPageSize(size);
            } else {
                pdf.setDefaultPageSize(size);
                document.add(new AreaBreak(size));
            }
            return null;
        }

        @Override
        public Void spacer(Spacer s) {
            document.add(new Div().setHeight(s.heightPt()));
            return null;
        }

        @Override
        public Void table(cn.shenbao.forms.print.model.Table t) {
            document.add(PdfRenderer.this.table(t));
            return null;
        }

        @Override
        public Void signature(SignatureBlock s) {
            document.add(PdfRenderer.this.signature(s));
            return null;
        }

        @Override
        public Void signatureSection(SignatureSection s) {
            // the heading and every block in one unbreakable box: the section never splits over two pages
            Div all = new Div().setKeepTogether(true);
            if (s.heading() != null) {
                all.add(PdfRenderer.this.table(new cn.shenbao.forms.print.model.Table(List.of(1.0),
                        List.of(Row.of(s.heading())), 0, false)));
            }
            for (SignatureBlock sb : s.signatures()) {
                all.add(PdfRenderer.this.signature(sb));
            }
            document.add(all);
            return null;
        }

        @Override
        public Void cover(CoverPage c) {
            PdfRenderer.this.cover(c);
            return null;
        }
    }

    // ---------------------------------------------------------------- fonts and runs

    private PdfFont font(FontFace face) {
        return pdfFonts.computeIfAbsent(face, f -> PdfFontFactory.createFont(f.program(), PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED));
    }

    /**
     * Splits the run into leaf elements, each Text in one face ({@link FontRuns}); e-mail addresses and URLs
     * become Texts of their own so that {@link LineBreaking} can keep them whole. A character no font on this
     * machine has prints as a box (FontPreflight has warned about it, naming the field).
     */
    private List<ILeafElement> texts(TextRun run) {
        List<ILeafElement> out = new ArrayList<>();
        String s = run.text().replace("\r\n", "\n").replace('\r', '\n');
        int at = 0;
        for (LineBreaking.Span token : LineBreaking.tokens(s)) {
            addTexts(out, run, s.substring(at, token.start()), LineBreaking.Token.NONE);
            String t = s.substring(token.start(), token.end());
            addTexts(out, run, t, LineBreaking.tokenMode(t, piece -> width(piece, run) <= availableWidth));
            at = token.end();
        }
        addTexts(out, run, s.substring(at), LineBreaking.Token.NONE);
        return out;
    }

    private void addTexts(List<ILeafElement> out, TextRun run, String s, LineBreaking.Token token) {
        if (s.isEmpty()) {
            return;
        }
        for (FontRuns.Run r : FontRuns.split(fonts, run.role(), s)) {
            if (r.face() == null) {
                r.text().codePoints().forEach(cp -> out.add(missingGlyph(run.sizePt())));
                continue;
            }
            Text t = styled(new Text(r.text()), run, r.face());
            // the token mode is read back when the paragraph is complete (splitCharacters)
            t.setProperty(Property.SPLIT_CHARACTERS, new KinsokuSplitCharacters(-1, token));
            out.add(t);
        }
    }

    /** Width in points of {@code s} printed as in {@code run}. */
    private float width(String s, TextRun run) {
        float w = 0;
        for (FontRuns.Run r : FontRuns.split(fonts, run.role(), s)) {
            w += r.face() == null ? run.sizePt() * r.text().codePointCount(0, r.text().length())
                    : font(r.face()).getWidth(r.text(), run.sizePt());
        }
        return w;
    }

    /**
     * Gives each Text of a paragraph its line-breaking rules, knowing the character that follows it, and turns on
     * iText's HTML rendering mode for it, in which a line breaks between two Texts only after a split character.
     */
    private static void splitCharacters(List<ILeafElement> leaves) {
        for (int i = 0; i < leaves.size(); i++) {
            if (!(leaves.get(i) instanceof Text t)) {
                continue;
            }
            int next = -1;
            if (i + 1 < leaves.size()) {
                next = leaves.get(i + 1) instanceof Text n && !n.getText().isEmpty() ? n.getText().codePointAt(0)
                        : '\u25A1'; // a drawn box stands like a CJK character
            }
            KinsokuSplitCharacters before = t.getProperty(Property.SPLIT_CHARACTERS);
            t.setProperty(Property.SPLIT_CHARACTERS, new KinsokuSplitCharacters(next,
                    before == null ? LineBreaking.Token.NONE : before.token()));
            t.setProperty(Property.RENDERING_MODE, RenderingMode.HTML_MODE);
            // a line box of TEXT_LINE em whatever the face's ascent and descent (Noto CJK's are 1.44 em, a
            // TrueType 宋体's 1.2 em): the faces chosen on a machine do not change the pagination
            t.setProperty(Property.LINE_HEIGHT, LineHeight.createMultipliedValue(TEXT_LINE));
        }
    }

    /** A visible box for a character no font on this machine has (an empty box with a cross). */
    private ILeafElement missingGlyph(float size) {
        float w = size * 0.9f;
        PdfFormXObject x = new PdfFormXObject(new Rectangle(size, size));
        PdfCanvas cv = new PdfCanvas(x, pdf);
        float m = (size - w) / 2;
        cv.setLineWidth(size * 0.05f).rectangle(m, m - size * 0.08f, w, w).stroke();
        cv.setLineWidth(size * 0.03f).moveTo(m, m - size * 0.08f).lineTo(m + w, m + w - size * 0.08f)
                .moveTo(m, m + w - size * 0.08f).lineTo(m + w, m - size * 0.08f).stroke();
        cv.release();
        return new Image(x);
    }

    private Text styled(Text t, TextRun run, FontFace face) {
        t.setFont(font(face)).setFontSize(run.sizePt());
        if (run.bold()) {
            t.simulateBold();
        }
        if (run.grey()) {
            t.setFontColor(GREY);
        }
        if (run.underline()) {
            t.setUnderline(0.6f, -2.5f);
        }
        return t;
    }

    private ILeafElement checkBox(CheckBox c) {
        String glyph = c.glyph();
        FontFace f = fonts.faceFor(FontRole.BODY, glyph.codePointAt(0));
        if (f != null) {
            return new Text(glyph).setFont(font(f)).setFontSize(c.sizePt());
        }
        // no font on this machine has the glyph: draw the box (and the tick) as vectors
        float s = c.sizePt();
        PdfFormXObject x = new PdfFormXObject(new Rectangle(s, s));
        PdfCanvas cv = new PdfCanvas(x, pdf);
        float m = s * 0.1f;
        cv.setLineWidth(s * 0.06f).rectangle(m, m, s - 2 * m, s - 2 * m).stroke();
        if (c.checked()) {
            cv.setLineWidth(s * 0.09f).moveTo(s * 0.22f, s * 0.52f).lineTo(s * 0.42f, s * 0.28f)
                    .lineTo(s * 0.8f, s * 0.78f).stroke();
        }
        cv.release();
        return new Image(x);
    }

    private Paragraph paragraph(cn.shenbao.forms.print.model.Paragraph m) {
        Paragraph p = new Paragraph();
        p.setMargin(0);
        p.setMarginTop(m.spaceBeforePt());
        p.setMarginBottom(m.spaceAfterPt());
        p.setFirstLineIndent(m.firstLineIndentPt());
        // one line pitch for both back ends: the font size times the paragraph's line spacing (DOCX: exact)
        float size = m.maxSize(10.5f);
        p.setFixedLeading(size * m.lineSpacing());
        // texts in iText's HTML mode (see splitCharacters) take their line box from the line height instead
        p.setProperty(Property.LINE_HEIGHT, LineHeight.createFixedValue(size * m.lineSpacing()));
        // at least two lines of a paragraph on each side of a page break (DOCX: w:widowControl)
        p.setOrphansControl(new ParagraphOrphansControl(2));
        p.setWidowsControl(new ParagraphWidowsControl(2, 1, false));
        p.setTextAlignment(switch (m.align()) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
            case JUSTIFY -> TextAlignment.JUSTIFIED;
        });
        p.setFontSize(size);
        List<ILeafElement> leaves = new ArrayList<>();
        for (Inline in : m.inlines()) {
            if (in instanceof TextRun t) {
                leaves.addAll(texts(t));
            } else if (in instanceof CheckBox c) {
                leaves.add(checkBox(c));
            } else {
                leaves.add(new Text("\n"));
            }
        }
        splitCharacters(leaves);
        leaves.forEach(p::add);
        return p;
    }

    // ---------------------------------------------------------------- tables

    /** The size and orientation of the pages being filled (tables take their width). */
    private PageSection currentSection = PageSection.a4();

    private Table table(cn.shenbao.forms.print.model.Table m) {
        float[] pct = percents(m);
        float[][] widths = cellWidths(m);
        Table t = new Table(UnitValue.createPercentArray(pct)).useAllAvailableWidth();
        t.setFixedLayout();
        if (m.keepWithNext()) {
            t.setKeepWithNext(true);
        }
        for (int ri = 0; ri < m.headerRows(); ri++) {
            List<cn.shenbao.forms.print.model.Cell> cells = m.rows().get(ri).cells();
            for (int ci = 0; ci < cells.size(); ci++) {
                int rowSpan = Math.min(cells.get(ci).rowSpan(), m.headerRows() - ri);
                t.addHeaderCell(cell(cells.get(ci), m.rows().get(ri), rowSpan, widths[ri][ci]));
            }
        }
        for (int[] g : m.groups()) {
            if (g[1] - g[0] == 1) {
                Row row = m.rows().get(g[0]);
                for (int ci = 0; ci < row.cells().size(); ci++) {
                    cn.shenbao.forms.print.model.Cell mc = row.cells().get(ci);
                    t.addCell(cell(mc, row, mc.rowSpan(), widths[g[0]][ci]));
                }
            } else {
                t.addCell(group(m, pct, widths, g[0], g[1]));
            }
            t.startNewRow();
        }
        return t;
    }

    /** The width in points of every cell of the table ([row][cell]), row spans from above taken into account. */
    private float[][] cellWidths(cn.shenbao.forms.print.model.Table m) {
        double[] fr = m.fractions();
        float text = PageGeometry.textWidth(options, currentSection);
        int[] covered = new int[fr.length]; // rows of each grid column still taken by a cell from above
        float[][] out = new float[m.rows().size()][];
        for (int ri = 0; ri < m.rows().size(); ri++) {
            List<cn.shenbao.forms.print.model.Cell> cells = m.rows().get(ri).cells();
            out[ri] = new float[cells.size()];
            int col = 0;
            for (int ci = 0; ci < cells.size(); ci++) {
                cn.shenbao.forms.print.model.Cell mc = cells.get(ci);
                while (col < fr.length && covered[col] > 0) {
                    col++;
                }
                float w = 0;
                for (int k = col; k < col + mc.colSpan() && k < fr.length; k++) {
                    covered[k] = mc.rowSpan();
                    w += (float) fr[k] * text;
                }
                out[ri][ci] = w;
                col += mc.colSpan();
            }
            for (int k = 0; k < covered.length; k++) {
                covered[k] = Math.max(0, covered[k] - 1);
            }
        }
        return out;
    }

    private static float[] percents(cn.shenbao.forms.print.model.Table m) {
        double[] fr = m.fractions();
        float[] pct = new float[fr.length];
        for (int i = 0; i < fr.length; i++) {
            pct[i] = (float) (fr[i] * 100);
        }
        return pct;
    }

    /**
     * Rows {@code [from, to)} that must stay on one page (a merged label and its rows) as one row of the outer
     * table: a cell spanning every column, kept together, holding a table with the same columns. The outer cell
     * draws the lines above and below the group; the inner table draws the rest, so no line is drawn twice.
     */
    private Cell group(cn.shenbao.forms.print.model.Table m, float[] pct, float[][] widths, int from, int to) {
        Table inner = new Table(UnitValue.createPercentArray(pct)).useAllAvailableWidth();
        inner.setFixedLayout();
        for (int ri = from; ri < to; ri++) {
            Row row = m.rows().get(ri);
            for (int ci = 0; ci < row.cells().size(); ci++) {
                cn.shenbao.forms.print.model.Cell mc = row.cells().get(ci);
                int span = Math.min(mc.rowSpan(), to - ri);
                Cell c = cell(mc, row, span, widths[ri][ci]);
                if (ri == from) {
                    c.setBorderTop(Border.NO_BORDER);
                }
                if (ri + span == to) {
                    c.setBorderBottom(Border.NO_BORDER);
                }
                inner.addCell(c);
            }
            inner.startNewRow();
        }
        Cell outer = new Cell(1, pct.length).setPadding(0).setKeepTogether(true);
        outer.setBorderLeft(Border.NO_BORDER).setBorderRight(Border.NO_BORDER);
        outer.setBorderTop(new SolidBorder(ColorConstants.BLACK, BORDER)).setBorderBottom(
                new SolidBorder(ColorConstants.BLACK, BORDER));
        outer.add(inner);
        return outer;
    }

    private Cell cell(cn.shenbao.forms.print.model.Cell mc, Row row, int rowSpan, float widthPt) {
        Cell c = new Cell(rowSpan, mc.colSpan());
        c.setBorder(new SolidBorder(ColorConstants.BLACK, BORDER));
        c.setPaddingLeft(PageGeometry.CELL_PAD_H).setPaddingRight(PageGeometry.CELL_PAD_H);
        c.setPaddingTop(PageGeometry.CELL_PAD_V).setPaddingBottom(PageGeometry.CELL_PAD_V);
        c.setVerticalAlignment(switch (mc.valign()) {
            case TOP -> VerticalAlignment.TOP;
            case CENTER -> VerticalAlignment.MIDDLE;
            case BOTTOM -> VerticalAlignment.BOTTOM;
        });
        if (row.minHeightPt() > 0) {
            // a row's minimum height includes the padding, as DOCX's w:trHeight does (iText's is the content's)
            c.setMinHeight(Math.max(0, row.minHeightPt() - 2 * PageGeometry.CELL_PAD_V));
        }
        if (row.keepTogether()) {
            c.setKeepTogether(true);
        }
        // e-mail addresses and URLs are kept whole when they fit the cell's text width (LineBreaking)
        availableWidth = widthPt - 2 * PageGeometry.CELL_PAD_H - 1;
        for (cn.shenbao.forms.print.model.Paragraph p : mc.paragraphs()) {
            c.add(paragraph(p));
        }
        availableWidth = PageGeometry.textWidth(options);
        return c;
    }

    // ---------------------------------------------------------------- signature blocks

    private IBlockElement signature(SignatureBlock s) {
        float sealPt = s.sealMm() * PageGeometry.MM;
        float sealCol = sealPt + 24f;
        float width = PageGeometry.textWidth(options);
        Table t = new Table(UnitValue.createPointArray(new float[] {width - sealCol, sealCol}));
        t.setWidth(width).setFixedLayout();
        float lineHeight = s.sizePt() * 1.6f;
        float height = sealPt + 3 * lineHeight + 12f;
        // the minimum height includes the padding, as in the DOCX row
        Cell left = new Cell().setBorder(new SolidBorder(0.5f)).setBorderRight(Border.NO_BORDER)
                .setMinHeight(height - 2 * CELL_PAD_H).setPadding(CELL_PAD_H).setVerticalAlignment(VerticalAlignment.TOP);
        Paragraph label = paragraph(cn.shenbao.forms.print.model.Paragraph.of(
                cn.shenbao.forms.print.model.Align.LEFT, TextRun.body(s.label(), s.sizePt())).withSpacing(6, 0));
        label.setNextRenderer(new RecordingParagraphRenderer(label, s.signFieldName() + LABEL, this));
        left.add(label);
        left.setNextRenderer(new RecordingCellRenderer(left, s.signFieldName(), this));
        Cell right = new Cell().setBorder(new SolidBorder(0.5f)).setBorderLeft(Border.NO_BORDER)
                .setMinHeight(height - 2 * CELL_PAD_H).setPadding(CELL_PAD_H).setVerticalAlignment(VerticalAlignment.TOP);
        // the seal label in the line above the reserved square, the seal field the whole square below it
        Paragraph sealLabel = paragraph(cn.shenbao.forms.print.model.Paragraph.of(
                cn.shenbao.forms.print.model.Align.CENTER, TextRun.body(s.sealLabel(), s.sizePt())));
        sealLabel.setHeight(lineHeight).setVerticalAlignment(VerticalAlignment.BOTTOM);
        sealLabel.setNextRenderer(new RecordingParagraphRenderer(sealLabel, s.sealFieldName() + LABEL, this));
        right.add(sealLabel);
        Div seal = new Div().setWidth(sealPt).setHeight(sealPt).setHorizontalAlignment(HorizontalAlignment.CENTER);
        seal.setNextRenderer(new RecordingDivRenderer(seal, s.sealFieldName(), this));
        right.add(seal);
        right.add(paragraph(cn.shenbao.forms.print.model.Paragraph.of(cn.shenbao.forms.print.model.Align.RIGHT,
                TextRun.body(s.date(), s.sizePt())).withSpacing(4, 4)));
        t.addCell(left);
        t.addCell(right);
        Div block = new Div().setKeepTogether(true);
        block.add(t);
        block.setNextRenderer(new RecordingDivRenderer(block, s.name(), this));
        return block;
    }

    void record(String key, int page, Rectangle r) {
        sigRects.computeIfAbsent(key, k -> new Rectangle[1])[0] = r.clone();
        sigPages.put(key, page);
    }

    private List<SignatureArea> signatureFields(PrintDocument model) {
        List<SignatureArea> out = new ArrayList<>();
        PdfAcroForm form = PdfAcroForm.getAcroForm(pdf, true);
        for (SignatureBlock s : model.signatureBlocks()) {
            Rectangle[] block = sigRects.get(s.name());
            Rectangle[] signCell = sigRects.get(s.signFieldName());
            Rectangle[] seal = sigRects.get(s.sealFieldName());
            if (block == null || signCell == null || seal == null) {
                continue;
            }
            int page = sigPages.get(s.name());
            Rectangle c = signCell[0];
            // the signature goes in the free part of the left cell below its label, never over a printed text
            Rectangle[] label = sigRects.get(s.signFieldName() + LABEL);
            float top = (label != null ? label[0].getBottom() : c.getTop() - 4 - s.sizePt() * 2) - 2;
            float h = Math.min(top - (c.getBottom() + 4), 72f);
            Rectangle signRect = new Rectangle(c.getLeft() + 4, top - h, c.getWidth() - 8, h);
            addField(form, s.signFieldName(), page, signRect);
            out.add(new SignatureArea(s.signFieldName(), page, signRect, block[0]));
            // the seal: the reserved square below its label
            addField(form, s.sealFieldName(), page, seal[0]);
            out.add(new SignatureArea(s.sealFieldName(), page, seal[0].clone(), block[0]));
        }
        return out;
    }

    private void addField(PdfAcroForm form, String name, int page, Rectangle rect) {
        PdfSignatureFormField f = new SignatureFormFieldBuilder(pdf, name).setWidgetRectangle(rect).setPage(page)
                .createSignature();
        // printed: a signature applied later must show on paper too
        f.getWidgets().forEach(w -> w.setFlags(PdfAnnotation.PRINT));
        form.addField(f, pdf.getPage(page));
    }

    // ---------------------------------------------------------------- cover

    private void cover(CoverPage c) {
        CoverMetrics m = c.metrics();
        int page = Math.max(1, pdf.getNumberOfPages());
        float left = PageGeometry.left(options, page);
        float width = pageWidth(page) - left - PageGeometry.right(options, page);
        if (!c.mark().isEmpty()) {
            Paragraph mark = new Paragraph().setMargin(0).setFixedLeading(m.markSize() * 1.5f);
            List<ILeafElement> markTexts = texts(TextRun.heading(c.mark(), m.markSize()));
            splitCharacters(markTexts);
            markTexts.forEach(mark::add);
            document.add(mark);
        }
        if (!c.numberLabel().isEmpty()) {
            float labelW = m.numberBoxWidth() * 0.42f;
            Table box = new Table(UnitValue.createPointArray(new float[] {labelW, m.numberBoxWidth() - labelW}));
            box.setWidth(m.numberBoxWidth()).setFixedLayout().setHorizontalAlignment(HorizontalAlignment.RIGHT);
            for (String s : List.of(c.numberLabel(), c.numberValue())) {
                Cell cell = new Cell().setBorder(new SolidBorder(BORDER)).setMinHeight(m.numberSize() * 2)
                        .setVerticalAlignment(VerticalAlignment.MIDDLE).setPadding(CELL_PAD_V);
                cell.add(paragraph(cn.shenbao.forms.print.model.Paragraph.of(
                        cn.shenbao.forms.print.model.Align.CENTER, TextRun.body(s, m.numberSize()))));
                box.addCell(cell);
            }
            document.add(box);
        }
        document.add(new Div().setHeight(m.spaceBeforeTitle()));
        for (String line : c.titleLines()) {
            Paragraph p = new Paragraph().setTextAlignment(TextAlignment.CENTER).setMargin(0)
                    .setFixedLeading(m.titleLine());
            List<ILeafElement> title = texts(TextRun.heading(line, m.titleSize()));
            splitCharacters(title);
            for (ILeafElement e : title) {
                p.add(e);
            }
            document.add(p);
        }
        document.add(new Div().setHeight(m.spaceBeforeLines()));
        float valueWidth = m.valueWidth(width);
        Table lines = new Table(UnitValue.createPointArray(new float[] {m.labelWidth(), valueWidth}));
        // a fixed layout needs the table's width, or iText sizes the columns by their content
        lines.setWidth(m.labelWidth() + valueWidth).setFixedLayout().setHorizontalAlignment(HorizontalAlignment.CENTER);
        availableWidth = valueWidth - 1;
        for (CoverPage.Line line : c.lines()) {
            Cell l = new Cell().setBorder(Border.NO_BORDER).setMinHeight(m.lineHeight())
                    .setVerticalAlignment(VerticalAlignment.BOTTOM).setPadding(0).setPaddingBottom(2);
            l.add(paragraph(cn.shenbao.forms.print.model.Paragraph.of(cn.shenbao.forms.print.model.Align.LEFT,
                    TextRun.body(line.label(), m.lineSize())).withLineSpacing(1.25f)));
            Cell v = new Cell().setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(BORDER))
                    .setMinHeight(m.lineHeight()).setVerticalAlignment(VerticalAlignment.BOTTOM)
                    .setPadding(0).setPaddingBottom(2);
            TextRun value = TextRun.body(line.value(), m.valueSize(line.value(), valueWidth));
            v.add(paragraph(cn.shenbao.forms.print.model.Paragraph.of(cn.shenbao.forms.print.model.Align.CENTER,
                    line.placeholder() ? value.withGrey() : value).withLineSpacing(1.25f)));
            lines.addCell(l);
            lines.addCell(v);
        }
        availableWidth = PageGeometry.textWidth(options);
        document.add(lines);
        Paragraph issuer = new Paragraph().setTextAlignment(TextAlignment.CENTER).setMargin(0);
        List<ILeafElement> issuerTexts = texts(TextRun.body(c.issuer(), m.issuerSize()));
        splitCharacters(issuerTexts);
        for (ILeafElement e : issuerTexts) {
            issuer.add(e);
        }
        issuer.setFixedPosition(page, left, PageGeometry.MARGIN_BOTTOM + CoverMetrics.ISSUER_ABOVE_BOTTOM, width);
        document.add(issuer);
        document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
    }

    private float pageWidth(int page) {
        return page <= pdf.getNumberOfPages() ? pdf.getPage(page).getPageSize().getWidth()
                : pdf.getDefaultPageSize().getWidth();
    }

    // ---------------------------------------------------------------- page decorations

    private void footer(PdfPage page, int number, int total, PdfFont body) {
        StringBuilder sb = new StringBuilder();
        if (options.pageNumbers()) {
            sb.append(PrintTexts.pageOf(number, total));
        }
        if (options.fingerprint() != null) {
            if (sb.length() > 0) {
                sb.append("    ");
            }
            sb.append(PrintTexts.fingerprint(options.fingerprint()));
        }
        if (sb.length() == 0) {
            return;
        }
        float left = PageGeometry.left(options, number);
        float right = page.getPageSize().getWidth() - PageGeometry.right(options, number);
        try (Canvas canvas = new Canvas(new PdfCanvas(page), page.getPageSize())) {
            Paragraph p = new Paragraph().setFont(body).setFontSize(9f).setMargin(0);
            texts(TextRun.body(sb.toString(), 9f)).forEach(p::add);
            canvas.showTextAligned(p, (left + right) / 2, PageGeometry.FOOTER_FROM_EDGE, number, TextAlignment.CENTER,
                    VerticalAlignment.BOTTOM, 0);
        }
    }

    private void watermark(PdfPage page, PdfFont font, String text) {
        PdfCanvas under = new PdfCanvas(page.newContentStreamBefore(), page.getResources(), pdf);
        under.saveState();
        under.setExtGState(new PdfExtGState().setFillOpacity(0.35f));
        Rectangle ps = page.getPageSize();
        try (Canvas canvas = new Canvas(under, ps)) {
            Paragraph p = new Paragraph(text).setFont(font).setFontSize(150f)
                    .setFontColor(new DeviceGray(0.6f)).setMargin(0);
            canvas.showTextAligned(p, ps.getWidth() / 2, ps.getHeight() / 2, pdf.getPageNumber(page),
                    TextAlignment.CENTER,
                    VerticalAlignment.MIDDLE, (float) Math.toRadians(45));
        }
        under.restoreState();
    }

    // ---------------------------------------------------------------- renderers

    /** Per-page margins: the gutter on the left of odd pages and, when duplex, on the right of even pages. */
    static final class MarginRenderer extends DocumentRenderer {
        private final PrintOptions options;

        MarginRenderer(Document document, PrintOptions options) {
            super(document, false);
            this.options = options;
        }

        @Override
        protected LayoutArea updateCurrentArea(LayoutResult overflowResult) {
            LayoutArea area = super.updateCurrentArea(overflowResult);
            int page = area.getPageNumber();
            Rectangle bbox = area.getBBox();
            float left = PageGeometry.left(options, page);
            float pageWidth = document.getPdfDocument().getPage(page).getPageSize().getWidth();
            float width = pageWidth - left - PageGeometry.right(options, page);
            bbox.setX(left);
            bbox.setWidth(width);
            return area;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new MarginRenderer(document, options);
        }
    }

    /** Records where a cell was drawn. */
    static final class RecordingCellRenderer extends CellRenderer {
        private final String key;
        private final PdfRenderer owner;

        RecordingCellRenderer(Cell modelElement, String key, PdfRenderer owner) {
            super(modelElement);
            this.key = key;
            this.owner = owner;
        }

        @Override
        public void draw(DrawContext drawContext) {
            super.draw(drawContext);
            owner.record(key, getOccupiedArea().getPageNumber(), getBorderAreaBBox());
        }

        @Override
        public IRenderer getNextRenderer() {
            return new RecordingCellRenderer((Cell) modelElement, key, owner);
        }
    }

    /** Records where a paragraph (a label) was drawn. */
    static final class RecordingParagraphRenderer extends ParagraphRenderer {
        private final String key;
        private final PdfRenderer owner;

        RecordingParagraphRenderer(Paragraph modelElement, String key, PdfRenderer owner) {
            super(modelElement);
            this.key = key;
            this.owner = owner;
        }

        @Override
        public void draw(DrawContext drawContext) {
            super.draw(drawContext);
            owner.record(key, getOccupiedArea().getPageNumber(), getBorderAreaBBox());
        }

        @Override
        public IRenderer getNextRenderer() {
            return new RecordingParagraphRenderer((Paragraph) modelElement, key, owner);
        }
    }

    /** Records where a div was drawn. */
    static final class RecordingDivRenderer extends DivRenderer {
        private final String key;
        private final PdfRenderer owner;

        RecordingDivRenderer(Div modelElement, String key, PdfRenderer owner) {
            super(modelElement);
            this.key = key;
            this.owner = owner;
        }

        @Override
        public void draw(DrawContext drawContext) {
            super.draw(drawContext);
            owner.record(key, getOccupiedArea().getPageNumber(), getBorderAreaBBox());
        }

        @Override
        public IRenderer getNextRenderer() {
            return new RecordingDivRenderer((Div) modelElement, key, owner);
        }
    }
}
