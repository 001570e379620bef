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
import cn.shenbao.forms.print.model.FieldRef;
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
import cn.shenbao.forms.print.model.TextRun;
import cn.shenbao.forms.print.model.TextMeasure;
import cn.shenbao.forms.print.model.VAlign;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Renders a {@link PrintDocument} to DOCX with Apache POI: 宋体/黑体 with eastAsia attributes, A4 page setup,
 * binding (gutter) and mirrored margins, repeating header rows, rows that cannot split, PAGE/NUMPAGES fields
 * and the fingerprint in the footer, a 草稿 watermark in the header when asked.
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

    private static final String CELL_BORDER_SZ = "4";

    private final PrintOptions options;
    private XWPFDocument doc;
    private boolean lastWasTable;
    private boolean pendingBreak;
    /** The table just written must stay with what follows (its paragraphs and the separator get keepNext). */
    private boolean keepNextPending;
    /** The page setup of the section being written. */
    private PageSection currentSection = PageSection.a4();
    /** The section properties of the sections ended so far (they get the footer and header too). */
    private final List<CTSectPr> sectionEnds = new ArrayList<>();
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
        try (XWPFDocument d = build(document)) {
            d.write(out);
        }
    }

    /** Builds the POI document in memory. */
    public XWPFDocument build(PrintDocument document) {
        doc = new XWPFDocument();
        lastWasTable = false;
        pendingBreak = false;
        currentSection = PageSection.a4();
        sectionEnds.clear();
        controls = new DocxControls();
        doc.getProperties().getCoreProperties().setTitle(document.title());
        // how a later export recognises a file it may replace (ExportTargets)
        doc.getProperties().getCustomProperties().addProperty(cn.shenbao.forms.print.ExportTargets.MARKER,
                cn.shenbao.forms.print.ExportTargets.markerValue(options.fingerprint()));
        defaults();
        Blocks visitor = new Blocks();
        for (Block b : document.blocks()) {
            b.accept(visitor);
        }
        pageSetup();
        headerFooter(document);
        // every section shows the same footer (page numbers) and watermark as the last one
        CTSectPr last = doc.getDocument().getBody().getSectPr();
        for (CTSectPr sect : sectionEnds) {
            for (var ref : last.getFooterReferenceList()) {
                sect.addNewFooterReference().set(ref.copy());
            }
            for (var ref : last.getHeaderReferenceList()) {
                sect.addNewHeaderReference().set(ref.copy());
            }
        }
        if (options.contentControls()) {
            controls.apply(doc.getDocument());
            if (draftPart != null) {
                try {
                    draftPart.write(doc, controls.written());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return doc;
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

    private void defaults() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(BODY_FONT);
        fonts.setCs(LATIN_FONT);
        doc.createStyles().setDefaultFonts(fonts);
        doc.getStyles().setEastAsia("zh-CN");
        doc.getStyles().setSpellingLanguage("zh-CN");
        DocxParts.styles(doc, BODY_FONT, LATIN_FONT, HEADING_FONT);
        DocxParts.settings(doc);
    }

    private void pageSetup() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        pageSetup(sect, currentSection);
        if (options.duplex()) {
            doc.getSettings().setMirrorMargins(true);
        }
    }

    /** Size, orientation and margins of one section of pages. */
    private void pageSetup(CTSectPr sect, PageSection page) {
        CTPageSz sz = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        sz.setW(BigInteger.valueOf(PageGeometry.twips(page.widthPt())));
        sz.setH(BigInteger.valueOf(PageGeometry.twips(page.heightPt())));
        sz.setOrient(page.landscape() ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(PageGeometry.twips(PageGeometry.MARGIN_TOP)));
        mar.setBottom(BigInteger.valueOf(PageGeometry.twips(PageGeometry.MARGIN_BOTTOM)));
        mar.setLeft(BigInteger.valueOf(PageGeometry.twips(PageGeometry.MARGIN_INNER)));
        mar.setRight(BigInteger.valueOf(PageGeometry.twips(PageGeometry.MARGIN_OUTER)));
        mar.setGutter(BigInteger.valueOf(PageGeometry.twips(PageGeometry.gutter(options))));
        mar.setHeader(BigInteger.valueOf(PageGeometry.twips(PageGeometry.HEADER_FROM_EDGE)));
        mar.setFooter(BigInteger.valueOf(PageGeometry.twips(PageGeometry.FOOTER_FROM_EDGE)));
    }

    /**
     * Ends the pages so far as a section (a paragraph carrying their page setup, as OOXML wants it) and starts the
     * next section on a new page with the given size and orientation.
     */
    private void section(PageSection next) {
        if (doc.getBodyElements().isEmpty()) {
            currentSection = next;
            return;
        }
        XWPFParagraph end = doc.createParagraph();
        tinyParagraph(end);
        var ppr = end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr();
        CTSectPr sect = ppr.addNewSectPr();
        sect.addNewType().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark.NEXT_PAGE);
        pageSetup(sect, currentSection);
        sectionEnds.add(sect);
        currentSection = next;
        lastWasTable = false;
        pendingBreak = false;
    }

    private void headerFooter(PrintDocument document) {
        if (options.pageNumbers() || options.fingerprint() != null) {
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph()
                    : footer.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
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
        }
        if (options.draftWatermark()) {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph()
                    : header.getParagraphs().get(0);
            DocxParts.watermark(p, document.watermarkText(), HEADING_FONT);
        }
    }

    private void field(XWPFParagraph p, String instr, String placeholder, float size) {
        CTSimpleField f = p.getCTP().addNewFldSimple();
        f.setInstr(" " + instr + " ");
        CTR r = f.addNewR();
        CTRPr pr = r.addNewRPr();
        fonts(pr.addNewRFonts(), BODY_FONT);
        pr.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
        r.addNewT().setStringValue(placeholder);
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

    private static void keepNext(XWPFParagraph p) {
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr ppr =
                p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!ppr.isSetKeepNext()) {
            ppr.addNewKeepNext();
        }
    }

    /** A new body paragraph, starting a new page when a page break is pending. */
    private XWPFParagraph newParagraph() {
        XWPFParagraph p = doc.createParagraph();
        if (pendingBreak) {
            p.setPageBreak(true);
            pendingBreak = false;
        }
        return p;
    }

    private void spacer(float heightPt) {
        XWPFParagraph p = newParagraph();
        CTSpacing sp = spacing(p);
        sp.setLine(BigInteger.valueOf(Math.max(20, PageGeometry.twips(heightPt))));
        sp.setLineRule(STLineSpacingRule.EXACT);
        lastWasTable = false;
    }

    /** A paragraph one point high: separates adjacent tables (Word would merge them) without visible space. */
    private void tinyParagraph(XWPFParagraph p) {
        // as thin as Word and LibreOffice allow (a twentieth of a point, in a 1 pt font), so the lines of two
        // stacked tables print as one line, as in the PDF where the tables touch
        CTSpacing sp = spacing(p);
        sp.setLine(BigInteger.ONE);
        sp.setLineRule(STLineSpacingRule.EXACT);
        sp.setBefore(BigInteger.ZERO);
        sp.setAfter(BigInteger.ZERO);
        var rpr = (p.getCTP().getPPr().isSetRPr() ? p.getCTP().getPPr().getRPr() : p.getCTP().getPPr().addNewRPr());
        rpr.addNewSz().setVal(BigInteger.valueOf(2));
    }

    private static CTSpacing spacing(XWPFParagraph p) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        return ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
    }

    private void paragraph(XWPFParagraph p, Paragraph m) {
        p.setAlignment(switch (m.align()) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case JUSTIFY -> ParagraphAlignment.BOTH;
        });
        CTSpacing sp = spacing(p);
        sp.setBefore(BigInteger.valueOf(PageGeometry.twips(m.spaceBeforePt())));
        sp.setAfter(BigInteger.valueOf(PageGeometry.twips(m.spaceAfterPt())));
        // one line pitch for both back ends: the font size times the line spacing, exactly (PDF: fixed leading)
        sp.setLine(BigInteger.valueOf(PageGeometry.twips(m.maxSize(10.5f) * m.lineSpacing())));
        sp.setLineRule(STLineSpacingRule.EXACT);
        var ppr = p.getCTP().getPPr();
        if (!ppr.isSetWidowControl()) {
            ppr.addNewWidowControl();
        }
        if (m.firstLineIndentPt() > 0) {
            p.setIndentationFirstLine(PageGeometry.twips(m.firstLineIndentPt()));
        }
        if (isHeading(m)) {
            DocxParts.use(p, DocxParts.HEADING_1);
        }
        List<CTR> all = new ArrayList<>();
        for (Inline in : m.inlines()) {
            if (in instanceof TextRun t) {
                List<CTR> runs = run(p, t);
                all.addAll(runs);
                if (m.field() == null) {
                    controls.inline(runs, t.field(), false, null, null);
                }
            } else if (in instanceof CheckBox c) {
                XWPFRun r = p.createRun();
                r.setText(c.glyph());
                r.setFontSize(c.sizePt());
                CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
                CTFonts f = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
                fonts(f, c.checked() ? SYMBOL_FONT : BODY_FONT);
                all.add(r.getCTR());
                if (m.field() == null) {
                    controls.inline(List.of(r.getCTR()), c.field(), c.checked(), SYMBOL_FONT, BODY_FONT);
                }
            } else {
                XWPFRun r = p.createRun();
                r.addBreak();
                all.add(r.getCTR());
            }
        }
        if (m.field() != null) {
            // a line of a value: one control around the paragraph's runs (LibreOffice 7.4 prints the text of a
            // block-level control around paragraphs in the default size, so each line has its own control with the
            // same tag, and reading back joins the lines of one cell); an empty line gets an empty run to hold it
            if (all.isEmpty()) {
                XWPFRun r = p.createRun();
                r.setText("");
                r.setFontSize(m.maxSize(10.5f));
                all.add(r.getCTR());
            }
            controls.inline(all, m.field(), false, null, null);
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

    private List<CTR> run(XWPFParagraph p, TextRun t) {
        String[] lines = t.text().split("\r\n|\r|\n", -1);
        List<CTR> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = p.createRun();
            out.add(r.getCTR());
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
            r.setFontSize(t.sizePt());
            if (t.bold()) {
                r.setBold(true);
            }
            if (t.grey()) {
                r.setColor("7F7F7F");
            }
            if (t.underline()) {
                r.setUnderline(UnderlinePatterns.SINGLE);
            }
            CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
            CTFonts f = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
            fonts(f, t.role() == FontRole.HEADING ? HEADING_FONT : BODY_FONT);
        }
        return out;
    }

    /** 宋体 with the Latin face for Latin script; 黑体 (headings) and symbol fonts for everything. */
    private static void fonts(CTFonts f, String name) {
        String latin = BODY_FONT.equals(name) ? LATIN_FONT : name;
        f.setAscii(latin);
        f.setHAnsi(latin);
        f.setEastAsia(name);
        f.setCs(latin);
        f.setHint(STHint.EAST_ASIA);
    }

    // ---------------------------------------------------------------- tables

    private XWPFTable newTable(double[] widthsPt, boolean borders) {
        if (lastWasTable || pendingBreak) {
            XWPFParagraph sep = newParagraph();
            tinyParagraph(sep);
            if (keepNextPending) {
                keepNext(sep);
            }
        }
        keepNextPending = false;
        XWPFTable t = doc.createTable();
        while (t.getNumberOfRows() > 0) {
            t.removeRow(0);
        }
        CTTbl ct = t.getCTTbl();
        CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        double total = 0;
        for (double w : widthsPt) {
            total += w;
        }
        var tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(PageGeometry.twips((float) total)));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblBorders b = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        STBorder.Enum kind = borders ? STBorder.SINGLE : STBorder.NIL;
        border(b.isSetTop() ? b.getTop() : b.addNewTop(), kind);
        border(b.isSetBottom() ? b.getBottom() : b.addNewBottom(), kind);
        border(b.isSetLeft() ? b.getLeft() : b.addNewLeft(), kind);
        border(b.isSetRight() ? b.getRight() : b.addNewRight(), kind);
        border(b.isSetInsideH() ? b.getInsideH() : b.addNewInsideH(), kind);
        border(b.isSetInsideV() ? b.getInsideV() : b.addNewInsideV(), kind);
        // cell padding as in the PDF
        var mar = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        var l = mar.isSetLeft() ? mar.getLeft() : mar.addNewLeft();
        l.setType(STTblWidth.DXA);
        l.setW(BigInteger.valueOf(PageGeometry.twips(PageGeometry.CELL_PAD_H)));
        var r = mar.isSetRight() ? mar.getRight() : mar.addNewRight();
        r.setType(STTblWidth.DXA);
        r.setW(BigInteger.valueOf(PageGeometry.twips(PageGeometry.CELL_PAD_H)));
        var top = mar.isSetTop() ? mar.getTop() : mar.addNewTop();
        top.setType(STTblWidth.DXA);
        top.setW(BigInteger.valueOf(PageGeometry.twips(PageGeometry.CELL_PAD_V)));
        var bottom = mar.isSetBottom() ? mar.getBottom() : mar.addNewBottom();
        bottom.setType(STTblWidth.DXA);
        bottom.setW(BigInteger.valueOf(PageGeometry.twips(PageGeometry.CELL_PAD_V)));
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double w : widthsPt) {
            grid.addNewGridCol().setW(BigInteger.valueOf(PageGeometry.twips((float) w)));
        }
        lastWasTable = true;
        return t;
    }

    private static void border(CTBorder b, STBorder.Enum kind) {
        b.setVal(kind);
        if (kind != STBorder.NIL) {
            b.setSz(new BigInteger(CELL_BORDER_SZ));
            b.setSpace(BigInteger.ZERO);
            b.setColor("000000");
        }
    }

    private void table(Table m) {
        double[] fr = m.fractions();
        float width = PageGeometry.textWidth(options, currentSection);
        double[] widths = new double[fr.length];
        for (int i = 0; i < fr.length; i++) {
            widths[i] = fr[i] * width;
        }
        XWPFTable t = newTable(widths, true);
        int cols = widths.length;
        int[] pendingSpan = new int[cols]; // rows still covered by a vertical merge
        int[] pendingColSpan = new int[cols];
        VAlign[] pendingAlign = new VAlign[cols];
        for (int ri = 0; ri < m.rows().size(); ri++) {
            Row row = m.rows().get(ri);
            XWPFTableRow tr = t.insertNewTableRow(ri);
            if (ri < m.headerRows()) {
                tr.setRepeatHeader(true);
            }
            if (row.keepTogether()) {
                tr.setCantSplitRow(true);
            }
            if (row.minHeightPt() > 0) {
                tr.setHeight(PageGeometry.twips(row.minHeightPt()));
                tr.setHeightRule(TableRowHeightRule.AT_LEAST);
            }
            int col = 0;
            int ci = 0;
            List<Cell> cells = row.cells();
            while (col < cols) {
                if (pendingSpan[col] > 0) {
                    XWPFTableCell c = newCell(tr);
                    int span = pendingColSpan[col];
                    cellProps(c, widths, col, span, pendingAlign[col]);
                    c.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                    pendingSpan[col]--;
                    col += span;
                    continue;
                }
                if (ci >= cells.size()) {
                    // fewer cells than columns: pad with an empty cell so the grid stays rectangular
                    XWPFTableCell c = newCell(tr);
                    cellProps(c, widths, col, 1, VAlign.CENTER);
                    col++;
                    continue;
                }
                Cell cell = cells.get(ci++);
                int span = Math.min(cell.colSpan(), cols - col);
                XWPFTableCell c = newCell(tr);
                cellProps(c, widths, col, span, cell.valign());
                if (cell.rowSpan() > 1) {
                    c.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
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
                XWPFTableRow tr = t.getRow(ri);
                tr.setCantSplitRow(true);
                if (ri < g[1] - 1) {
                    for (XWPFTableCell c : tr.getTableCells()) {
                        c.getParagraphs().forEach(DocxRenderer::keepNext);
                    }
                }
            }
        }
        if (m.keepWithNext()) {
            for (XWPFTableRow r : t.getRows()) {
                for (XWPFTableCell c : r.getTableCells()) {
                    c.getParagraphs().forEach(DocxRenderer::keepNext);
                }
            }
            keepNextPending = true;
        }
    }

    private static XWPFTableCell newCell(XWPFTableRow tr) {
        XWPFTableCell c = tr.addNewTableCell();
        if (c.getParagraphs().isEmpty()) {
            c.addParagraph();
        }
        return c;
    }

    private static void cellProps(XWPFTableCell c, double[] widths, int col, int span, VAlign valign) {
        CTTcPr pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
        double w = 0;
        for (int i = col; i < col + span && i < widths.length; i++) {
            w += widths[i];
        }
        var tcw = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        tcw.setType(STTblWidth.DXA);
        tcw.setW(BigInteger.valueOf(PageGeometry.twips((float) w)));
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        pr.addNewVAlign().setVal(switch (valign) {
            case TOP -> STVerticalJc.TOP;
            case CENTER -> STVerticalJc.CENTER;
            case BOTTOM -> STVerticalJc.BOTTOM;
        });
    }

    private void fillCell(XWPFTableCell c, List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        paragraph(c.getParagraphs().get(0), paragraphs.get(0));
        for (int i = 1; i < paragraphs.size(); i++) {
            paragraph(c.addParagraph(), paragraphs.get(i));
        }
    }

    // ---------------------------------------------------------------- signature block and cover

    private void signature(SignatureBlock s) {
        float width = PageGeometry.textWidth(options);
        double[] widths = signatureWidths(width, s.sealMm());
        XWPFTable t = newTable(widths, true);
        border(t.getCTTbl().getTblPr().getTblBorders().getInsideV(), STBorder.NIL);
        signatureRow(t, 0, widths, s);
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
        XWPFTable t = newTable(widths, true);
        border(t.getCTTbl().getTblPr().getTblBorders().getInsideV(), STBorder.NIL);
        int ri = 0;
        if (s.heading() != null) {
            XWPFTableRow tr = t.insertNewTableRow(ri++);
            tr.setCantSplitRow(true);
            XWPFTableCell c = newCell(tr);
            cellProps(c, widths, 0, 2, s.heading().valign());
            fillCell(c, s.heading().paragraphs());
        }
        for (SignatureBlock b : s.signatures()) {
            signatureRow(t, ri++, widths, b);
        }
        List<XWPFTableRow> rows = t.getRows();
        for (int i = 0; i < rows.size() - 1; i++) {
            for (XWPFTableCell c : rows.get(i).getTableCells()) {
                c.getParagraphs().forEach(DocxRenderer::keepNext);
            }
        }
    }

    private static double[] signatureWidths(float width, float sealMm) {
        float sealWidth = sealMm * PageGeometry.MM + 24f;
        return new double[] {width - sealWidth, sealWidth};
    }

    private void signatureRow(XWPFTable t, int index, double[] widths, SignatureBlock s) {
        XWPFTableRow tr = t.insertNewTableRow(index);
        tr.setCantSplitRow(true);
        float lineHeight = s.sizePt() * 1.6f;
        float height = s.sealMm() * PageGeometry.MM + 3 * lineHeight + 12f;
        tr.setHeight(PageGeometry.twips(height));
        tr.setHeightRule(TableRowHeightRule.AT_LEAST);
        XWPFTableCell left = newCell(tr);
        cellProps(left, widths, 0, 1, VAlign.TOP);
        fillCell(left, List.of(Paragraph.of(Align.LEFT, TextRun.body(s.label(), s.sizePt()))
                .withSpacing(6, 0)));
        XWPFTableCell right = newCell(tr);
        cellProps(right, widths, 1, 1, VAlign.TOP);
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
            XWPFParagraph p = newParagraph();
            CTSpacing sp = spacing(p);
            sp.setLine(BigInteger.valueOf(PageGeometry.twips(m.markSize() * 1.5f)));
            sp.setLineRule(STLineSpacingRule.EXACT);
            run(p, TextRun.heading(c.mark(), m.markSize()));
        }
        if (!c.numberLabel().isEmpty()) {
            // the boxed number at the top right
            double[] bw = {m.numberBoxWidth() * 0.42, m.numberBoxWidth() * 0.58};
            XWPFTable box = newTable(bw, true);
            box.getCTTbl().getTblPr().addNewJc().setVal(STJcTable.RIGHT);
            XWPFTableRow br = box.insertNewTableRow(0);
            br.setHeight(PageGeometry.twips(m.numberSize() * 2));
            br.setHeightRule(TableRowHeightRule.AT_LEAST);
            XWPFTableCell l = newCell(br);
            cellProps(l, bw, 0, 1, VAlign.CENTER);
            fillCell(l, List.of(Paragraph.of(Align.CENTER, TextRun.body(c.numberLabel(), m.numberSize()))));
            XWPFTableCell v = newCell(br);
            cellProps(v, bw, 1, 1, VAlign.CENTER);
            fillCell(v, List.of(Paragraph.of(Align.CENTER, TextRun.body(c.numberValue(), m.numberSize())
                    .withField(c.numberField()))));
            lastWasTable = false;
        }
        spacer(m.spaceBeforeTitle());
        for (String line : c.titleLines()) {
            XWPFParagraph p = newParagraph();
            DocxParts.use(p, DocxParts.TITLE);
            p.setAlignment(ParagraphAlignment.CENTER);
            CTSpacing sp = spacing(p);
            sp.setLine(BigInteger.valueOf(PageGeometry.twips(m.titleLine())));
            sp.setLineRule(STLineSpacingRule.EXACT);
            run(p, TextRun.heading(line, m.titleSize()));
        }
        spacer(m.spaceBeforeLines());
        // label and value columns inside the text block, whatever the binding margin
        float valueWidth = m.valueWidth(width);
        double[] lw = {m.labelWidth(), valueWidth};
        XWPFTable lines = newTable(lw, false);
        lines.getCTTbl().getTblPr().addNewJc().setVal(STJcTable.CENTER);
        zeroCellMargins(lines);
        for (int i = 0; i < c.lines().size(); i++) {
            CoverPage.Line line = c.lines().get(i);
            XWPFTableRow tr = lines.insertNewTableRow(i);
            tr.setHeight(PageGeometry.twips(m.lineHeight()));
            tr.setHeightRule(TableRowHeightRule.AT_LEAST);
            tr.setCantSplitRow(true);
            XWPFTableCell lc = newCell(tr);
            cellProps(lc, lw, 0, 1, VAlign.BOTTOM);
            fillCell(lc, List.of(Paragraph.of(Align.LEFT, TextRun.body(line.label(), m.lineSize()))
                    .withLineSpacing(1.25f)));
            XWPFTableCell vc = newCell(tr);
            cellProps(vc, lw, 1, 1, VAlign.BOTTOM);
            CTTcBorders tb = vc.getCTTc().getTcPr().addNewTcBorders();
            CTBorder bottom = tb.addNewBottom();
            bottom.setVal(STBorder.SINGLE);
            bottom.setSz(new BigInteger(CELL_BORDER_SZ));
            bottom.setColor("000000");
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
        XWPFParagraph issuer = newParagraph();
        issuer.setAlignment(ParagraphAlignment.CENTER);
        CTSpacing sp = spacing(issuer);
        sp.setLine(BigInteger.valueOf(PageGeometry.twips(m.issuerSize() * 1.5f)));
        sp.setLineRule(STLineSpacingRule.EXACT);
        run(issuer, TextRun.body(c.issuer(), m.issuerSize()));
        issuer.setPageBreak(false);
    }

    private static void zeroCellMargins(XWPFTable t) {
        var mar = t.getCTTbl().getTblPr().getTblCellMar();
        for (var w : List.of(mar.getLeft(), mar.getRight(), mar.getTop(), mar.getBottom())) {
            w.setW(BigInteger.ZERO);
        }
        mar.getBottom().setW(BigInteger.valueOf(40));
    }
}
