package cn.shenbao.forms.handoff;

import cn.shenbao.forms.print.PrintMessages;
import cn.shenbao.forms.print.docx.DraftPart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the content controls and the embedded draft of a DOCX (ours, as Word, WPS or LibreOffice saved it). The
 * zip is read with limits (size of the file, number of entries, size and compression ratio of each entry), so a
 * zip bomb or a huge file is refused with a message, never unpacked.
 */
public final class DocxReader {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    /** Limits of what is read (a complete application is ≈ 100 KB). */
    static final long MAX_FILE = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 5000;
    static final long MAX_ENTRY = 64L * 1024 * 1024;
    static final long MAX_RATIO = 200;

    /**
     * One content control as found.
     *
     * @param tag         its tag (a draft path, {@code path#i} for the box of option i)
     * @param text        its text (paragraphs inside it as lines)
     * @param placeholder it shows its placeholder (the value is empty)
     * @param checked     for a check box: whether it is ticked; otherwise null
     * @param row         the table row (w:tr) it is in, numbered in document order; -1 outside tables
     * @param cell        the table cell (w:tc) it is in, numbered in document order; -1 outside tables
     */
    public record Control(String tag, String text, boolean placeholder, Boolean checked, int row, int cell) {
    }

    /**
     * What a DOCX holds.
     *
     * @param attributes the attributes of the embedded part (template, templateVersion, fingerprint …), empty when
     *                   there is none
     * @param draftJson  the embedded draft, or null
     * @param written    the tags of the controls the export wrote, in document order (empty without the part)
     * @param controls   the controls found, in document order
     * @param byPosition the controls had lost their tags (LibreOffice 7.4) and were matched to the written ones by
     *                   their position
     */
    public record Content(Map<String, String> attributes, String draftJson, List<String> written,
                          List<Control> controls, boolean byPosition) {
        public boolean hasDraft() {
            return draftJson != null;
        }
    }

    /** A DOCX that cannot be read back; the message is for the user. */
    public static final class ReadException extends Exception {
        public ReadException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private DocxReader() {
    }

    public static Content read(Path file, Locale locale) throws ReadException {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw new ReadException(msg(locale, "handoff.read.notFile", name), null);
            }
            if (Files.size(file) > MAX_FILE) {
                throw new ReadException(msg(locale, "handoff.read.tooLarge", name, MAX_FILE / (1024 * 1024)), null);
            }
        } catch (IOException e) {
            throw new ReadException(msg(locale, "handoff.read.unreadable", name, e.getMessage()), e);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new ReadException(msg(locale, "handoff.read.zipLimits", name), null);
            }
            ZipEntry main = zip.getEntry("word/document.xml");
            if (main == null) {
                throw new ReadException(msg(locale, "handoff.read.notWord", name), null);
            }
            Document doc = parse(bounded(zip, main, locale, name));
            Map<String, String> attrs = new java.util.LinkedHashMap<>();
            String json = null;
            List<String> written = new ArrayList<>();
            List<String> placeholders = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                String n = e.getName();
                if (!n.startsWith("customXml/") || !n.endsWith(".xml") || n.contains("/_rels/")
                        || n.substring(n.lastIndexOf('/') + 1).startsWith("itemProps")) {
                    continue;
                }
                Document part;
                try {
                    part = parse(bounded(zip, e, locale, name));
                } catch (SAXException ex) {
                    continue; // someone else's broken part: not ours
                }
                Element root = part.getDocumentElement();
                if (!DraftPart.NS.equals(root.getNamespaceURI())) {
                    continue;
                }
                for (int i = 0; i < root.getAttributes().getLength(); i++) {
                    Node a = root.getAttributes().item(i);
                    if (a.getNamespaceURI() == null) {
                        attrs.put(a.getLocalName(), a.getNodeValue());
                    }
                }
                for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element el && "draft".equals(el.getLocalName())) {
                        json = el.getTextContent();
                    } else if (c instanceof Element el && "controls".equals(el.getLocalName())) {
                        for (Node t = el.getFirstChild(); t != null; t = t.getNextSibling()) {
                            if (t instanceof Element te) {
                                written.add(te.getTextContent());
                                placeholders.add(te.hasAttribute("p") ? te.getAttribute("p") : null);
                            }
                        }
                    }
                }
                break;
            }
            List<Control> controls = new ArrayList<>();
            collect(doc.getDocumentElement(), controls, new IdentityHashMap<>(), new IdentityHashMap<>());
            boolean anyTag = controls.stream().anyMatch(c -> !c.tag().isEmpty());
            boolean byPosition = false;
            if (!anyTag && !controls.isEmpty() && controls.size() == written.size()) {
                // every control lost its tag but they are all there: the n-th is the n-th written; a placeholder
                // still showing its text is empty (the placeholder state was lost with the tag)
                List<Control> named = new ArrayList<>();
                for (int i = 0; i < controls.size(); i++) {
                    Control c = controls.get(i);
                    String p = placeholders.get(i);
                    named.add(new Control(written.get(i), c.text(), c.placeholder() || p != null && p.equals(c.text()),
                            c.checked(), c.row(), c.cell()));
                }
                controls = named;
                byPosition = true;
            } else {
                controls = controls.stream().filter(c -> !c.tag().isEmpty()).toList();
            }
            return new Content(attrs, json, written, controls, byPosition);
        } catch (ZipException e) {
            throw new ReadException(msg(locale, "handoff.read.notZip", name), e);
        } catch (SAXException e) {
            throw new ReadException(msg(locale, "handoff.read.badXml", name, e.getMessage()), e);
        } catch (IOException e) {
            throw new ReadException(msg(locale, "handoff.read.unreadable", name, e.getMessage()), e);
        }
    }

    private static void collect(Element e, List<Control> out, Map<Node, Integer> rows, Map<Node, Integer> cells) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element el)) {
                continue;
            }
            if (W.equals(el.getNamespaceURI()) && "sdt".equals(el.getLocalName())) {
                Control c = control(el, rows, cells);
                if (c != null) {
                    out.add(c);
                    if (!c.tag().isEmpty()) {
                        continue;
                    }
                    // a control without a tag: someone's own around ours, or ours after LibreOffice 7.4 saved it
                }
            }
            collect(el, out, rows, cells);
        }
    }

    private static Control control(Element sdt, Map<Node, Integer> rows, Map<Node, Integer> cells) {
        Element pr = child(sdt, W, "sdtPr");
        Element content = child(sdt, W, "sdtContent");
        if (pr == null) {
            return null;
        }
        Element tag = child(pr, W, "tag");
        String t = tag == null ? "" : tag.getAttributeNS(W, "val");
        if (t.isEmpty() && content != null && (child(content, W, "p") != null || child(content, W, "tbl") != null
                || child(content, W, "tr") != null || child(content, W, "tc") != null)) {
            // a control around paragraphs without a tag is never ours (LibreOffice 7.4 adds one around a paragraph
            // of check boxes): look inside it
            return null;
        }
        boolean placeholder = child(pr, W, "showingPlcHdr") != null
                && !"0".equals(child(pr, W, "showingPlcHdr").getAttributeNS(W, "val"))
                && !"false".equals(child(pr, W, "showingPlcHdr").getAttributeNS(W, "val"));
        Boolean checked = null;
        Element box = child(pr, W14, "checkbox");
        StringBuilder sb = new StringBuilder();
        if (content != null) {
            text(content, sb);
        }
        String text = sb.toString().replaceAll("\n+$", "");
        if (box != null) {
            Element ch = child(box, W14, "checked");
            String v = ch == null ? null : ch.getAttributeNS(W14, "val");
            checked = v != null && !v.isEmpty() ? "1".equals(v) || "true".equals(v)
                    : text.strip().matches("[☑☒✓✔■√]");
        }
        Node tc = ancestor(sdt, "tc");
        Node tr = ancestor(sdt, "tr");
        return new Control(t, text, placeholder, checked, tr == null ? -1 : rows.computeIfAbsent(tr, k -> rows.size()),
                tc == null ? -1 : cells.computeIfAbsent(tc, k -> cells.size()));
    }

    private static Node ancestor(Node e, String local) {
        Node n = e.getParentNode();
        while (n != null && !(W.equals(n.getNamespaceURI()) && local.equals(n.getLocalName()))) {
            n = n.getParentNode();
        }
        return n;
    }

    /** The text of a control's content: paragraphs as lines, w:br as a line break, tracked deletions left out. */
    private static void text(Element e, StringBuilder sb) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element el)) {
                continue;
            }
            if (W.equals(el.getNamespaceURI())) {
                switch (el.getLocalName()) {
                    case "t" -> sb.append(el.getTextContent());
                    case "tab" -> sb.append('\t');
                    case "br", "cr" -> sb.append('\n');
                    case "del", "delText", "rPr", "pPr", "sdtPr" -> {
                    }
                    case "p" -> {
                        text(el, sb);
                        sb.append('\n');
                    }
                    default -> text(el, sb);
                }
            } else {
                text(el, sb);
            }
        }
    }

    private static Element child(Element e, String ns, String local) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && ns.equals(el.getNamespaceURI()) && local.equals(el.getLocalName())) {
                return el;
            }
        }
        return null;
    }

    private static byte[] bounded(ZipFile zip, ZipEntry e, Locale locale, String name) throws IOException,
            ReadException {
        try (InputStream in = zip.getInputStream(e)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            long total = 0;
            long compressed = Math.max(e.getCompressedSize(), 1);
            for (int r; (r = in.read(buf)) > 0; ) {
                total += r;
                if (total > MAX_ENTRY || (total > 1024 * 1024 && total / compressed > MAX_RATIO)) {
                    throw new ReadException(msg(locale, "handoff.read.zipLimits", name), null);
                }
                out.write(buf, 0, r);
            }
            return out.toByteArray();
        }
    }

    private static Document parse(byte[] bytes) throws IOException, SAXException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static String msg(Locale locale, String key, Object... args) {
        return PrintMessages.get(locale, key, args);
    }
}
