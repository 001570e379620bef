package cn.shenbao.forms.print.docx;

import cn.shenbao.forms.print.PageGeometry;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.print.PrintTexts;
import cn.shenbao.forms.print.model.Align;
import cn.shenbao.forms.print.model.Block;
import cn.shenbao.forms.print.model.Cell;
import cn.shenbao.forms.print.model.CheckBox;
import cn.shenbao.forms.print.model.CoverMetrics;
import cn.shenbao.forms.print.model.CoverPage;
import cn.shenbao.forms.print.model.FontRole;
import cn.shenbao.forms.print.model.Inline;
import cn.shenbao.forms.print.model.PageBreak;
import cn.shenbao.forms.print.model.Paragraph;
import cn.shenbao.forms.print.model.PrintDocument;
import cn.shenbao.forms.print.model.Row;
import cn.shenbao.forms.print.model.SignatureBlock;
import cn.shenbao.forms.print.model.SignatureSection;
import cn.shenbao.forms.print.model.Spacer;
import cn.shenbao.forms.print.model.Table;
import cn.shenbao.forms.print.model.TextRun;
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
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
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

    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String CELL_BORDER_SZ = "4";

    private final PrintOptions options;
    private XWPFDocument doc;
    private boolean lastWasTable;
    private boolean pendingBreak;
    /** The table just written must stay with what follows (its paragraphs and the separator get keepNext). */
    private boolean keepNextPending;

    public DocxRenderer(PrintOptions options) {
        this.options = options;
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
        doc.getProperties().getCoreProperties().setTitle(document.title());
        defaults();
        for (Block b : document.blocks()) {
            if (b instanceof Paragraph p) {
                paragraph(newParagraph(), p);
                lastWasTable = false;
            } else if (b instanceof PageBreak) {
                pageBreak();
            } else if (b instanceof Spacer s) {
                spacer(s.heightPt());
            } else if (b instanceof Table t) {
                table(t);
            } else if (b instanceof SignatureBlock s) {
                signature(s);
            } else if (b instanceof SignatureSection s) {
                signatureSection(s);
            } else if (b instanceof CoverPage c) {
                cover(c);
            }
        }
        pageSetup();
        headerFooter(document);
        return doc;
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
    }

    private void pageSetup() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz sz = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        sz.setW(BigInteger.valueOf(11906));
        sz.setH(BigInteger.valueOf(16838));
        sz.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(PageGeometry.twips(PageGeometry.MARGIN_TOP)));
        mar.setBottom(BigInteger.valueOf(PageGeometry.twips(PageGeometry.MARGIN_BOTTOM)));
        mar.setLeft(BigInteger.valueOf(PageGeometry.twips(PageGeometry.MARGIN_INNER)));
        mar.setRight(BigInteger.valueOf(PageGeometry.twips(PageGeometry.MARGIN_OUTER)));
        mar.setGutter(BigInteger.valueOf(PageGeometry.twips(PageGeometry.gutter(options))));
        mar.setHeader(BigInteger.valueOf(PageGeometry.twips(PageGeometry.HEADER_FROM_EDGE)));
        mar.setFooter(BigInteger.valueOf(PageGeometry.twips(PageGeometry.FOOTER_FROM_EDGE)));
        if (options.duplex()) {
            doc.getSettings().setMirrorMargins(true);
        }
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
            watermark(p, document.watermarkText());
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

    private void watermark(XWPFParagraph p, String text) {
        String xml = "<w:r xmlns:w=\"" + W_NS + "\" xmlns:v=\"urn:schemas-microsoft-com:vml\""
                + " xmlns:o=\"urn:schemas-microsoft-com:office:office\"><w:pict>"
                + "<v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\" adj=\"10800\""
                + " path=\"m@7,l@8,m@5,21600l@6,21600e\"><v:formulas>"
                + "<v:f eqn=\"sum #0 0 10800\"/><v:f eqn=\"prod #0 2 1\"/><v:f eqn=\"sum 21600 0 @1\"/>"
                + "<v:f eqn=\"sum 0 0 @2\"/><v:f eqn=\"sum 21600 0 @3\"/><v:f eqn=\"if @0 @3 0\"/>"
                + "<v:f eqn=\"if @0 21600 @1\"/><v:f eqn=\"if @0 0 @2\"/><v:f eqn=\"if @0 @4 21600\"/>"
                + "<v:f eqn=\"mid @5 @6\"/><v:f eqn=\"mid @8 @5\"/><v:f eqn=\"mid @7 @8\"/>"
                + "<v:f eqn=\"mid @6 @7\"/><v:f eqn=\"sum @6 0 @5\"/></v:formulas>"
                + "<v:path textpathok=\"t\" o:connecttype=\"custom\""
                + " o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\" o:connectangles=\"270,180,90,0\"/>"
                + "<v:textpath on=\"t\" fitshape=\"t\"/><o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\"/>"
                + "</v:shapetype>"
                + "<v:shape id=\"PowerPlusWaterMarkObject1\" o:spid=\"_x0000_s2049\" type=\"#_x0000_t136\""
                + " style=\"position:absolute;margin-left:0;margin-top:0;width:360pt;height:180pt;rotation:315;"
                + "z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
                + "mso-position-vertical:center;mso-position-vertical-relative:margin\""
                + " o:allowincell=\"f\" fillcolor=\"#d0d0d0\" stroked=\"f\">"
                + "<v:fill opacity=\"0.5\"/>"
                + "<v:textpath style=\"font-family:&quot;" + HEADING_FONT + "&quot;;font-size:1pt\" string=\""
                + escapeXml(text) + "\"/></v:shape></w:pict></w:r>";
        try {
            CTR r = p.getCTP().addNewR();
            r.set(XmlObject.Factory.parse(xml));
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
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
        CTSpacing sp = spacing(p);
        sp.setLine(BigInteger.valueOf(20));
        sp.setLineRule(STLineSpacingRule.EXACT);
        sp.setBefore(BigInteger.ZERO);
        sp.setAfter(BigInteger.ZERO);
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
        sp.setLine(BigInteger.valueOf(Math.round(240 * m.lineSpacing())));
        sp.setLineRule(STLineSpacingRule.AUTO);
        if (m.firstLineIndentPt() > 0) {
            p.setIndentationFirstLine(PageGeometry.twips(m.firstLineIndentPt()));
        }
        for (Inline in : m.inlines()) {
            if (in instanceof TextRun t) {
                run(p, t);
            } else if (in instanceof CheckBox c) {
                XWPFRun r = p.createRun();
                r.setText(c.glyph());
                r.setFontSize(c.sizePt());
                CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
                CTFonts f = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
                fonts(f, c.checked() ? SYMBOL_FONT : BODY_FONT);
            } else {
                p.createRun().addBreak();
            }
        }
    }

    private void run(XWPFParagraph p, TextRun t) {
        String[] lines = t.text().split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = p.createRun();
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
        var mar = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        var l = mar.isSetLeft() ? mar.getLeft() : mar.addNewLeft();
        l.setType(STTblWidth.DXA);
        l.setW(BigInteger.valueOf(85));
        var r = mar.isSetRight() ? mar.getRight() : mar.addNewRight();
        r.setType(STTblWidth.DXA);
        r.setW(BigInteger.valueOf(85));
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
        float width = PageGeometry.textWidth(options);
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
        // the boxed number at the top right
        XWPFTable box = newTable(new double[] {CoverMetrics.NUMBER_BOX_WIDTH * 0.42,
                CoverMetrics.NUMBER_BOX_WIDTH * 0.58}, true);
        box.getCTTbl().getTblPr().addNewJc().setVal(STJcTable.RIGHT);
        XWPFTableRow br = box.insertNewTableRow(0);
        br.setHeight(PageGeometry.twips(CoverMetrics.NUMBER_SIZE * 2));
        br.setHeightRule(TableRowHeightRule.AT_LEAST);
        double[] bw = {CoverMetrics.NUMBER_BOX_WIDTH * 0.42, CoverMetrics.NUMBER_BOX_WIDTH * 0.58};
        XWPFTableCell l = newCell(br);
        cellProps(l, bw, 0, 1, VAlign.CENTER);
        fillCell(l, List.of(Paragraph.of(Align.CENTER, TextRun.body(c.numberLabel(), CoverMetrics.NUMBER_SIZE))));
        XWPFTableCell v = newCell(br);
        cellProps(v, bw, 1, 1, VAlign.CENTER);
        fillCell(v, List.of(Paragraph.of(Align.CENTER, TextRun.body(c.numberValue(), CoverMetrics.NUMBER_SIZE))));
        lastWasTable = false;
        spacer(CoverMetrics.SPACE_BEFORE_TITLE);
        for (String line : c.titleLines()) {
            XWPFParagraph p = newParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            CTSpacing sp = spacing(p);
            sp.setLine(BigInteger.valueOf(PageGeometry.twips(CoverMetrics.TITLE_LINE)));
            sp.setLineRule(STLineSpacingRule.EXACT);
            run(p, TextRun.heading(line, CoverMetrics.TITLE_SIZE));
        }
        spacer(CoverMetrics.SPACE_BEFORE_LINES);
        double[] lw = {CoverMetrics.LABEL_WIDTH, CoverMetrics.VALUE_WIDTH};
        XWPFTable lines = newTable(lw, false);
        lines.getCTTbl().getTblPr().addNewJc().setVal(STJcTable.CENTER);
        for (int i = 0; i < c.lines().size(); i++) {
            CoverPage.Line line = c.lines().get(i);
            XWPFTableRow tr = lines.insertNewTableRow(i);
            tr.setHeight(PageGeometry.twips(CoverMetrics.LINE_HEIGHT));
            tr.setHeightRule(TableRowHeightRule.AT_LEAST);
            tr.setCantSplitRow(true);
            XWPFTableCell lc = newCell(tr);
            cellProps(lc, lw, 0, 1, VAlign.BOTTOM);
            fillCell(lc, List.of(Paragraph.of(Align.LEFT, TextRun.body(line.label(), CoverMetrics.LINE_SIZE))));
            XWPFTableCell vc = newCell(tr);
            cellProps(vc, lw, 1, 1, VAlign.BOTTOM);
            CTTcBorders tb = vc.getCTTc().getTcPr().addNewTcBorders();
            CTBorder bottom = tb.addNewBottom();
            bottom.setVal(STBorder.SINGLE);
            bottom.setSz(new BigInteger(CELL_BORDER_SZ));
            bottom.setColor("000000");
            fillCell(vc, List.of(Paragraph.of(Align.CENTER, TextRun.body(line.value(), CoverMetrics.LINE_SIZE))));
        }
        lastWasTable = false;
        // push the issuer to the foot of the page
        float used = CoverMetrics.NUMBER_SIZE * 2 + CoverMetrics.SPACE_BEFORE_TITLE
                + c.titleLines().size() * CoverMetrics.TITLE_LINE + CoverMetrics.SPACE_BEFORE_LINES
                + c.lines().size() * (CoverMetrics.LINE_HEIGHT + 2);
        float avail = PageGeometry.A4_HEIGHT - PageGeometry.MARGIN_TOP - PageGeometry.MARGIN_BOTTOM;
        float rest = avail - used - CoverMetrics.ISSUER_SIZE * 1.6f - CoverMetrics.ISSUER_ABOVE_BOTTOM - 24f;
        if (rest > 0) {
            spacer(rest);
        }
        XWPFParagraph issuer = newParagraph();
        issuer.setAlignment(ParagraphAlignment.CENTER);
        run(issuer, TextRun.body(c.issuer(), CoverMetrics.ISSUER_SIZE));
        issuer.setPageBreak(false);
    }
}
