package cn.shenbao.forms.print.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

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
    static final String REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
    static final String REL_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
    static final String PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
    /** The data store id of the part (a fixed GUID: one Shenbao part per document). */
    static final String ITEM_ID = "{5A3C1E0B-7D2F-4C8A-9B61-2E4F8A0D6C17}";

    /** Adds the part to the document. */
    void write(XWPFDocument doc, List<String[]> tags) throws IOException {
        try {
            OPCPackage pkg = doc.getPackage();
            PackagePartName item = PackagingURIHelper.createPartName("/customXml/item1.xml");
            PackagePartName props = PackagingURIHelper.createPartName("/customXml/itemProps1.xml");
            PackagePart part = pkg.createPart(item, "application/xml");
            try (OutputStream os = part.getOutputStream()) {
                os.write(xml(tags));
            }
            PackagePart propsPart = pkg.createPart(props, PROPS_TYPE);
            try (OutputStream os = propsPart.getOutputStream()) {
                os.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                        + "<ds:datastoreItem ds:itemID=\"" + ITEM_ID + "\" "
                        + "xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"
                        + "<ds:schemaRefs><ds:schemaRef ds:uri=\"" + NS + "\"/></ds:schemaRefs></ds:datastoreItem>")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            part.addRelationship(props, TargetMode.INTERNAL, REL_PROPS);
            doc.getPackagePart().addRelationship(item, TargetMode.INTERNAL, REL_CUSTOM_XML);
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    byte[] xml(List<String[]> tags) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("sb", NS);
            w.writeStartElement("sb", "shenbao", NS);
            w.writeNamespace("sb", NS);
            w.writeAttribute("version", VERSION);
            w.writeAttribute("template", templateId);
            w.writeAttribute("templateVersion", String.valueOf(templateVersion));
            w.writeAttribute("draftFormat", "shenbao-draft");
            w.writeAttribute("draftFormatVersion", String.valueOf(draftFormatVersion));
            w.writeAttribute("fingerprint", fingerprint == null ? "" : fingerprint);
            w.writeStartElement("sb", "draft", NS);
            w.writeCharacters(draftJson);
            w.writeEndElement();
            w.writeStartElement("sb", "controls", NS);
            for (String[] t : tags) {
                w.writeStartElement("sb", "c", NS);
                if (t[1] != null) {
                    w.writeAttribute("p", t[1]);
                }
                w.writeCharacters(t[0]);
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
