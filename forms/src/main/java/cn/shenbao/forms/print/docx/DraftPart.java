package cn.shenbao.forms.print.docx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The draft a DOCX was exported from, carried inside it as a custom XML part ({@code customXml/item1.xml}, with
 * its properties part, as Word writes them), so that reading the DOCX back knows the original of every value:
 *
 * <pre>{@code
 * <sb:shenbao xmlns:sb="urn:shenbao:docx" version="1" template="kczg-2024" templateVersion="1"
 *             draftFormat="shenbao-draft" draftFormatVersion="1" fingerprint="1a2b3c4d">
 *   <sb:draft>{ the .shenbao file's JSON }</sb:draft>
 *   <sb:controls><sb:c>projectName</sb:c><sb:c>members[0].name</sb:c>…</sb:controls>
 * </sb:shenbao>
 * }</pre>
 *
 * {@code controls} lists every content control written, in document order (with {@code p} = the text it shows as
 * its placeholder), so that a deleted control is noticed, and a file whose controls lost their tags (LibreOffice
 * 7.4 keeps the controls but not their w:tag) can be read by the position of its controls.
 *
 * @param templateId         the form
 * @param templateVersion    its version
 * @param draftFormatVersion the .shenbao format version of {@code draftJson}
 * @param fingerprint        the fingerprint printed in the footer
 * @param draftJson          the draft as printed (the .shenbao file's bytes as text)
 */
public record DraftPart(String templateId, int templateVersion, int draftFormatVersion, String fingerprint,
                        String draftJson) {
    public static final String NS = "urn:shenbao:docx";
    public static final String VERSION = "1";
    static final String REL_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
    static final String PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
    /** The data store id of the part (a fixed GUID: one Shenbao part per document). */
    static final String ITEM_ID = "{5A3C1E0B-7D2F-4C8A-9B61-2E4F8A0D6C17}";

    /**
     * Adds the part, its properties part and their relationships to the package (the main document relates to
     * the item, the item to its properties).
     */
    void write(DocxParts pkg, List<String[]> tags) throws IOException {
        pkg.part("customXml/item1.xml", null, xml(tags));
        pkg.part("customXml/itemProps1.xml", PROPS_TYPE, ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                + "<ds:datastoreItem ds:itemID=\"" + ITEM_ID + "\" "
                + "xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"
                + "<ds:schemaRefs><ds:schemaRef ds:uri=\"" + NS + "\"/></ds:schemaRefs></ds:datastoreItem>")
                .getBytes(StandardCharsets.UTF_8));
        pkg.part("customXml/_rels/item1.xml.rels", null,
                DocxParts.rels(List.<String[]>of(new String[] {REL_PROPS, "itemProps1.xml"})));
        pkg.relate("customXml", "../customXml/item1.xml");
    }

    byte[] xml(List<String[]> tags) {
        StringBuilder sb = new StringBuilder(draftJson.length() + 64 * tags.size() + 256);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sb:shenbao xmlns:sb=\"").append(NS)
                .append("\" version=\"").append(VERSION)
                .append("\" template=\"").append(Wml.attr(templateId))
                .append("\" templateVersion=\"").append(templateVersion)
                .append("\" draftFormat=\"shenbao-draft\" draftFormatVersion=\"").append(draftFormatVersion)
                .append("\" fingerprint=\"").append(Wml.attr(fingerprint == null ? "" : fingerprint)).append("\">");
        sb.append("<sb:draft>");
        Wml.text(sb, draftJson);
        sb.append("</sb:draft><sb:controls>");
        for (String[] t : tags) {
            sb.append("<sb:c");
            if (t[1] != null) {
                sb.append(" p=\"").append(Wml.attr(t[1])).append('"');
            }
            sb.append('>');
            Wml.text(sb, t[0]);
            sb.append("</sb:c>");
        }
        sb.append("</sb:controls></sb:shenbao>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
