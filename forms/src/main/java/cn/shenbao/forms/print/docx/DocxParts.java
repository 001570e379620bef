package cn.shenbao.forms.print.docx;

import java.math.BigInteger;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The parts of our DOCX that are not page content: named paragraph styles, the compatibility settings and the
 * 草稿 watermark of the header. Kept out of {@link DocxRenderer} so that its layout code stays about layout.
 */
final class DocxParts {
    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** Style ids (Word's built-in styles: shown as 正文, 标题 1 and 标题 in a Chinese Word). */
    static final String NORMAL = "Normal";
    static final String HEADING_1 = "Heading1";
    static final String TITLE = "Title";

    private DocxParts() {
    }

    /**
     * Adds the paragraph styles 正文 (Normal: 宋体 + Times New Roman, 五号), 标题 1 (heading 1: 黑体, outline level 1,
     * so that section headings appear in Word's navigation pane) and 标题 (Title: the cover title). Sizes and
     * spacing stay on the paragraphs, as the layout sets them.
     */
    static void styles(XWPFDocument doc, String body, String latin, String heading) {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        CTStyle normal = style(NORMAL, "Normal", "正文", null);
        normal.setDefault(true);
        fonts(normal.addNewRPr().addNewRFonts(), latin, body);
        normal.getRPr().addNewSz().setVal(BigInteger.valueOf(21));
        styles.addStyle(new XWPFStyle(normal, styles));

        CTStyle h1 = style(HEADING_1, "heading 1", "标题 1", NORMAL);
        h1.addNewUiPriority().setVal(BigInteger.valueOf(9));
        h1.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        fonts(h1.addNewRPr().addNewRFonts(), heading, heading);
        styles.addStyle(new XWPFStyle(h1, styles));

        CTStyle title = style(TITLE, "Title", "标题", NORMAL);
        title.addNewUiPriority().setVal(BigInteger.valueOf(10));
        fonts(title.addNewRPr().addNewRFonts(), heading, heading);
        styles.addStyle(new XWPFStyle(title, styles));
    }

    private static CTStyle style(String id, String name, String alias, String basedOn) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewAliases().setVal(alias);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal(NORMAL);
        }
        s.addNewQFormat();
        return s;
    }

    private static void fonts(CTFonts f, String latin, String eastAsia) {
        f.setAscii(latin);
        f.setHAnsi(latin);
        f.setCs(latin);
        f.setEastAsia(eastAsia);
        f.setHint(STHint.EAST_ASIA);
    }

    /** Gives the paragraph a style (w:pStyle). */
    static void use(XWPFParagraph p, String styleId) {
        CTP ctp = p.getCTP();
        CTPPr ppr = ctp.isSetPPr() ? ctp.getPPr() : ctp.addNewPPr();
        (ppr.isSetPStyle() ? ppr.getPStyle() : ppr.addNewPStyle()).setVal(styleId);
    }

    /**
     * Word 2013 and later compatibility (w:compat/w:compatSetting compatibilityMode 15), so that Word does not
     * open the file in compatibility mode, and the document's language. Written through a cursor: the schema
     * classes of w:compat are not part of poi-ooxml-lite.
     */
    static void settings(XWPFDocument doc) {
        CTSettings settings = doc.getSettings().getCTSettings();
        XmlCursor c = settings.newCursor();
        try {
            QName compat = new QName(W_NS, "compat");
            boolean found = c.toChild(compat);
            if (!found) {
                // w:compat comes after most settings and before w:rsids, w:mathPr, w:themeFontLang, …: insert it
                // before the first of those present, else at the end
                c.toStartDoc();
                c.toFirstChild();
                boolean placed = false;
                for (String after : new String[] {"docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
                        "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
                        "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary",
                        "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"}) {
                    XmlCursor probe = settings.newCursor();
                    try {
                        if (probe.toChild(new QName(W_NS, after))) {
                            c.dispose();
                            c = probe;
                            placed = true;
                            break;
                        }
                    } finally {
                        if (!placed) {
                            probe.dispose();
                        }
                    }
                }
                if (!placed) {
                    c.toEndToken();
                }
                c.beginElement(compat);
            } else {
                c.toEndToken();
            }
            c.beginElement(new QName(W_NS, "compatSetting"));
            c.insertAttributeWithValue(new QName(W_NS, "name"), "compatibilityMode");
            c.insertAttributeWithValue(new QName(W_NS, "uri"), "http://schemas.microsoft.com/office/word");
            c.insertAttributeWithValue(new QName(W_NS, "val"), "15");
        } finally {
            c.dispose();
        }
    }

    /**
     * A diagonal light-grey 草稿 behind the text of every page, as Word writes a text watermark: a VML text-path
     * shape in a w:pict of its own run of the header paragraph.
     */
    static void watermark(XWPFParagraph p, String text, String font) {
        String xml = "<w:r xmlns:w=\"" + W_NS + "\" xmlns:v=\"urn:schemas-microsoft-com:vml\""
                + " xmlns:o=\"urn:schemas-microsoft-com:office:office\"><w:rPr><w:noProof/></w:rPr><w:pict>"
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
                + "<v:fill opacity=\".5\"/>"
                + "<v:textpath style=\"font-family:&quot;" + escapeXml(font) + "&quot;;font-size:1pt\" string=\""
                + escapeXml(text) + "\"/></v:shape></w:pict></w:r>";
        try {
            // the parsed w:r's content (not the element itself) goes into the new run: no w:r inside a w:r
            XmlObject parsed = XmlObject.Factory.parse(xml, new XmlOptions().setLoadReplaceDocumentElement(null));
            CTR r = p.getCTP().addNewR();
            r.set(parsed);
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
