package cn.shenbao.forms.print.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The package around the body: the parts of our DOCX that are not page content (named paragraph styles, the
 * compatibility settings, the 草稿 watermark of the header, the document properties), the relationships between
 * the parts and their content types, written as one ZIP (Open Packaging Conventions, ECMA-376 part 2). Kept out of
 * {@link DocxRenderer} so that its layout code stays about layout.
 */
final class DocxParts {
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String WML_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /** Style ids (Word's built-in styles: shown as 正文, 标题 1 and 标题 in a Chinese Word). */
    static final String NORMAL = "Normal";
    static final String HEADING_1 = "Heading1";
    static final String TITLE = "Title";

    /** The part names and their bytes, in the order they are written. */
    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    /** Content-type overrides: part name → type. */
    private final Map<String, String> overrides = new LinkedHashMap<>();
    /** Relationships of word/document.xml: id → {type, target}. */
    private final Map<String, String[]> documentRels = new LinkedHashMap<>();

    /** Adds a relationship of the main document part and returns its id (rId1, rId2, …). */
    String relate(String type, String target) {
        String id = "rId" + (documentRels.size() + 1);
        documentRels.put(id, new String[] {OFFICE_REL + type, target});
        return id;
    }

    /** Adds a part with its content type override. */
    void part(String name, String contentType, String xml) {
        part(name, contentType, xml.getBytes(StandardCharsets.UTF_8));
    }

    void part(String name, String contentType, byte[] bytes) {
        parts.put(name, bytes);
        if (contentType != null) {
            overrides.put("/" + name, contentType);
        }
    }

    /** A header or footer part ({@code hdr} or {@code ftr}) with the given paragraphs; returns its relationship id. */
    String headerFooter(String kind, String name, List<Wml.Para> paragraphs) {
        StringBuilder sb = new StringBuilder(XML_HEAD);
        sb.append("<w:").append(kind).append(" xmlns:w=\"").append(Wml.W).append("\" xmlns:r=\"").append(Wml.R)
                .append("\">");
        for (Wml.Para p : paragraphs) {
            p.write(sb);
        }
        sb.append("</w:").append(kind).append('>');
        part("word/" + name, WML_TYPE + ("hdr".equals(kind) ? "header" : "footer") + "+xml", sb.toString());
        return relate("hdr".equals(kind) ? "header" : "footer", name);
    }

    /**
     * The paragraph styles 正文 (Normal: 宋体 + Times New Roman, 五号), 标题 1 (heading 1: 黑体, outline level 1, so
     * that section headings appear in Word's navigation pane) and 标题 (Title: the cover title), and the document
     * defaults (fonts, Chinese as the language). Sizes and spacing stay on the paragraphs, as the layout sets them.
     */
    static String styles(String body, String latin, String heading) {
        StringBuilder sb = new StringBuilder(XML_HEAD);
        sb.append("<w:styles xmlns:w=\"").append(Wml.W).append("\"><w:docDefaults><w:rPrDefault><w:rPr>")
                .append("<w:rFonts w:ascii=\"").append(Wml.attr(latin)).append("\" w:hAnsi=\"").append(Wml.attr(latin))
                .append("\" w:eastAsia=\"").append(Wml.attr(body)).append("\" w:cs=\"").append(Wml.attr(latin))
                .append("\"/><w:lang w:val=\"zh-CN\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>");
        style(sb, NORMAL, "Normal", "正文", null, -1, false, body, 21);
        style(sb, HEADING_1, "heading 1", "标题 1", NORMAL, 9, true, heading, 0);
        style(sb, TITLE, "Title", "标题", NORMAL, 10, false, heading, 0);
        return sb.append("</w:styles>").toString();
    }

    private static void style(StringBuilder sb, String id, String name, String alias, String basedOn, int priority,
                              boolean outline, String font, int halfPoints) {
        sb.append("<w:style w:type=\"paragraph\"");
        if (basedOn == null) {
            sb.append(" w:default=\"1\"");
        }
        sb.append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(Wml.attr(name))
                .append("\"/><w:aliases w:val=\"").append(Wml.attr(alias)).append("\"/>");
        if (basedOn != null) {
            sb.append("<w:basedOn w:val=\"").append(basedOn).append("\"/><w:next w:val=\"").append(NORMAL)
                    .append("\"/>");
        }
        if (priority >= 0) {
            sb.append("<w:uiPriority w:val=\"").append(priority).append("\"/>");
        }
        sb.append("<w:qFormat/>");
        if (outline) {
            sb.append("<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>");
        }
        sb.append("<w:rPr>");
        Wml.fonts(sb, font);
        if (halfPoints > 0) {
            sb.append("<w:sz w:val=\"").append(halfPoints).append("\"/>");
        }
        sb.append("</w:rPr></w:style>");
    }

    /**
     * The settings: mirrored margins for duplex printing, Word's fill-in-forms protection for a hand-off of some
     * parts, and Word 2013 and later compatibility (w:compat/w:compatSetting compatibilityMode 15), so that Word does
     * not open the file in compatibility mode.
     */
    static String settings(boolean mirrorMargins, boolean formsProtection) {
        StringBuilder sb = new StringBuilder(XML_HEAD);
        sb.append("<w:settings xmlns:w=\"").append(Wml.W).append("\">");
        if (mirrorMargins) {
            sb.append("<w:mirrorMargins/>");
        }
        if (formsProtection) {
            sb.append("<w:documentProtection w:edit=\"forms\" w:enforcement=\"1\"/>");
        }
        sb.append("<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/")
                .append("word\" w:val=\"15\"/></w:compat></w:settings>");
        return sb.toString();
    }

    /**
     * A diagonal light-grey 草稿 behind the text of every page, as Word writes a text watermark: a VML text-path
     * shape in a w:pict of its own run of the header paragraph.
     */
    static Wml.Run watermark(String text, String font) {
        Wml.Run r = new Wml.Run();
        r.pr.noProof = true;
        r.raw = "<w:pict xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
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
                + "<v:textpath style=\"font-family:&quot;" + Wml.attr(font) + "&quot;;font-size:1pt\" string=\""
                + Wml.attr(text) + "\"/></v:shape></w:pict>";
        return r;
    }

    /** The core properties: title, created (now), creator. */
    static String core(String title) {
        return XML_HEAD + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/"
                + "terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>" + Wml.attr(title)
                + "</dc:title><dc:creator>Shenbao</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">"
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "</dcterms:created></cp:coreProperties>";
    }

    /** One custom property of text type (the export marker, see {@code ExportTargets}). */
    static String custom(String name, String value) {
        return XML_HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><property"
                + " fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"" + Wml.attr(name) + "\">"
                + "<vt:lpwstr>" + Wml.attr(value) + "</vt:lpwstr></property></Properties>";
    }

    /** Writes every part, the relationships and the content types as a ZIP to {@code out} (not closed). */
    void write(OutputStream out, String documentXml) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        StringBuilder types = new StringBuilder(XML_HEAD);
        types.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.")
                .append("relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/word/document.xml\" ContentType=\"").append(WML_TYPE)
                .append("document.main+xml\"/>");
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            types.append("<Override PartName=\"").append(Wml.attr(o.getKey())).append("\" ContentType=\"")
                    .append(o.getValue()).append("\"/>");
        }
        types.append("</Types>");
        entry(zip, "[Content_Types].xml", types.toString().getBytes(StandardCharsets.UTF_8));
        List<String[]> packageRels = new ArrayList<>();
        packageRels.add(new String[] {OFFICE_REL + "officeDocument", "word/document.xml"});
        if (parts.containsKey("docProps/core.xml")) {
            packageRels.add(new String[] {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                    + "core-properties", "docProps/core.xml"});
        }
        if (parts.containsKey("docProps/app.xml")) {
            packageRels.add(new String[] {OFFICE_REL + "extended-properties", "docProps/app.xml"});
        }
        if (parts.containsKey("docProps/custom.xml")) {
            packageRels.add(new String[] {OFFICE_REL + "custom-properties", "docProps/custom.xml"});
        }
        entry(zip, "_rels/.rels", rels(packageRels));
        entry(zip, "word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        entry(zip, "word/_rels/document.xml.rels", rels(new ArrayList<>(documentRels.values())));
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            entry(zip, p.getKey(), p.getValue());
        }
        zip.finish();
    }

    /** A relationships part: {type, target} pairs get ids rId1, rId2, … in order. */
    static byte[] rels(List<String[]> rels) {
        StringBuilder sb = new StringBuilder(XML_HEAD);
        sb.append("<Relationships xmlns=\"").append(REL_NS).append("\">");
        int i = 1;
        for (String[] r : rels) {
            sb.append("<Relationship Id=\"rId").append(i++).append("\" Type=\"").append(r[0]).append("\" Target=\"")
                    .append(Wml.attr(r[1])).append("\"/>");
        }
        return sb.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    static String officeRel(String type) {
        return OFFICE_REL + type;
    }
}
