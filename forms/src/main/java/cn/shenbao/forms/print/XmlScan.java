package cn.shenbao.forms.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small scanner of well-formed XML for reading back the parts of a DOCX this program wrote ({@link SelfCheck}):
 * elements with their namespace (prefixes and default namespaces resolved, {@code xml:} bound), attributes by their
 * local name, character data with the five predefined entities and character references decoded, CDATA sections,
 * comments and processing instructions skipped. A document type declaration is refused (a DOCX has none, and no
 * entity is ever expanded). Malformed input is an {@link IOException} naming the offset.
 *
 * <p>Why not StAX: in a fresh process the JDK's parser loaded and ran ≈ 300 classes, ≈ 30 ms of CPU of a 0.6 s
 * cold export (issue 15). The self-check reads only text and a few element names.
 */
final class XmlScan {
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /** What the scanner reports; every method does nothing unless overridden. */
    interface Handler {
        /** An element starts: its namespace (null for none), local name and attributes (local name → value). */
        default void start(String ns, String local, Map<String, String> attributes) {
        }

        /** An element ends (also right after {@link #start} for an empty-element tag). */
        default void end(String ns, String local) {
        }

        /** Character data (entities decoded) or a CDATA section, in document order; may come in several pieces. */
        default void text(CharSequence text) {
        }
    }

    private final String xml;
    private final Handler handler;
    private int at;
    /** Namespace bindings in scope: prefix ("" for the default) → namespace, one frame per open element. */
    private final List<Map<String, String>> scopes = new ArrayList<>();
    /** The qualified names of the open elements, to check that each end tag matches. */
    private final List<String> open = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();

    private XmlScan(String xml, Handler handler) {
        this.xml = xml;
        this.handler = handler;
    }

    /**
     * Scans a whole document, reporting to {@code handler}. A byte-order mark is skipped and line ends are
     * normalised to {@code \n} first, as an XML processor does.
     */
    static void scan(String xml, Handler handler) throws IOException {
        String doc = xml.startsWith("\uFEFF") ? xml.substring(1) : xml;
        if (doc.indexOf('\r') >= 0) {
            doc = doc.replace("\r\n", "\n").replace('\r', '\n');
        }
        new XmlScan(doc, handler).document();
    }

    private void document() throws IOException {
        Map<String, String> root = new HashMap<>();
        root.put("xml", XML_NS);
        scopes.add(root);
        int n = xml.length();
        boolean seenRoot = false;
        while (at < n) {
            int lt = xml.indexOf('<', at);
            if (lt < 0) {
                lt = n;
            }
            if (lt > at) {
                if (open.isEmpty()) {
                    if (!xml.substring(at, lt).isBlank()) {
                        throw malformed(at, "text outside the root element");
                    }
                } else {
                    handler.text(decode(at, lt));
                }
                at = lt;
                continue;
            }
            if (xml.startsWith("<!--", at)) {
                at = skipPast("-->", at + 4);
            } else if (xml.startsWith("<![CDATA[", at)) {
                if (open.isEmpty()) {
                    throw malformed(at, "CDATA outside the root element");
                }
                int e = xml.indexOf("]]>", at + 9);
                if (e < 0) {
                    throw malformed(at, "unterminated CDATA section");
                }
                handler.text(xml.substring(at + 9, e));
                at = e + 3;
            } else if (xml.startsWith("<?", at)) {
                at = skipPast("?>", at + 2);
            } else if (xml.startsWith("<!", at)) {
                throw malformed(at, "document type declarations are not read");
            } else if (xml.startsWith("</", at)) {
                endTag();
            } else {
                if (open.isEmpty() && seenRoot) {
                    throw malformed(at, "a second root element");
                }
                seenRoot = true;
                startTag();
            }
        }
        if (!open.isEmpty()) {
            throw malformed(n, "element <" + open.get(open.size() - 1) + "> not closed");
        }
        if (!seenRoot) {
            throw malformed(0, "no root element");
        }
    }

    private int skipPast(String end, int from) throws IOException {
        int e = xml.indexOf(end, from);
        if (e < 0) {
            throw malformed(from, "unterminated " + (end.equals("-->") ? "comment" : "processing instruction"));
        }
        return e + end.length();
    }

    private void startTag() throws IOException {
        int tagAt = at;
        at++; // '<'
        String qname = name();
        List<String[]> attributes = new ArrayList<>();
        Map<String, String> scope = null;
        boolean empty = false;
        while (true) {
            boolean space = skipSpace();
            if (at >= xml.length()) {
                throw malformed(tagAt, "unterminated tag <" + qname);
            }
            char c = xml.charAt(at);
            if (c == '>') {
                at++;
                break;
            }
            if (c == '/' && xml.startsWith("/>", at)) {
                at += 2;
                empty = true;
                break;
            }
            if (!space) {
                throw malformed(at, "expected white space, '>' or '/>' in <" + qname);
            }
            String an = name();
            skipSpace();
            if (at >= xml.length() || xml.charAt(at) != '=') {
                throw malformed(at, "expected '=' after attribute " + an);
            }
            at++;
            skipSpace();
            if (at >= xml.length() || (xml.charAt(at) != '"' && xml.charAt(at) != '\'')) {
                throw malformed(at, "expected a quoted value of attribute " + an);
            }
            char q = xml.charAt(at);
            int e = xml.indexOf(q, at + 1);
            if (e < 0) {
                throw malformed(at, "unterminated value of attribute " + an);
            }
            String value = decode(at + 1, e).toString();
            at = e + 1;
            if (an.equals("xmlns") || an.startsWith("xmlns:")) {
                if (scope == null) {
                    scope = new HashMap<>();
                }
                scope.put(an.equals("xmlns") ? "" : an.substring(6), value);
            } else {
                attributes.add(new String[] {an, value});
            }
        }
        scopes.add(scope == null ? Map.of() : scope);
        Map<String, String> byLocal = new HashMap<>();
        for (String[] a : attributes) {
            int colon = a[0].indexOf(':');
            byLocal.put(colon < 0 ? a[0] : a[0].substring(colon + 1), a[1]);
        }
        String[] nsLocal = resolve(qname, tagAt);
        handler.start(nsLocal[0], nsLocal[1], byLocal);
        if (empty) {
            handler.end(nsLocal[0], nsLocal[1]);
            scopes.remove(scopes.size() - 1);
        } else {
            open.add(qname);
        }
    }

    private void endTag() throws IOException {
        int tagAt = at;
        at += 2;
        String qname = name();
        skipSpace();
        if (at >= xml.length() || xml.charAt(at) != '>') {
            throw malformed(at, "expected '>' in </" + qname);
        }
        at++;
        if (open.isEmpty() || !open.get(open.size() - 1).equals(qname)) {
            throw malformed(tagAt, "</" + qname + "> does not close "
                    + (open.isEmpty() ? "any element" : "<" + open.get(open.size() - 1) + ">"));
        }
        String[] nsLocal = resolve(qname, tagAt);
        open.remove(open.size() - 1);
        scopes.remove(scopes.size() - 1);
        handler.end(nsLocal[0], nsLocal[1]);
    }

    /** Namespace and local name of a qualified element name, in the scopes now open. */
    private String[] resolve(String qname, int where) throws IOException {
        int colon = qname.indexOf(':');
        String prefix = colon < 0 ? "" : qname.substring(0, colon);
        String local = colon < 0 ? qname : qname.substring(colon + 1);
        for (int i = scopes.size() - 1; i >= 0; i--) {
            String ns = scopes.get(i).get(prefix);
            if (ns != null) {
                return new String[] {ns.isEmpty() ? null : ns, local};
            }
        }
        if (!prefix.isEmpty()) {
            throw malformed(where, "undeclared prefix " + prefix + ":");
        }
        return new String[] {null, local};
    }

    private String name() throws IOException {
        int s = at;
        while (at < xml.length()) {
            char c = xml.charAt(at);
            if (c == '>' || c == '/' || c == '=' || c == '"' || c == '\'' || c == '<' || isSpace(c)) {
                break;
            }
            at++;
        }
        if (at == s) {
            throw malformed(s, "expected a name");
        }
        return xml.substring(s, at);
    }

    private boolean skipSpace() {
        int s = at;
        while (at < xml.length() && isSpace(xml.charAt(at))) {
            at++;
        }
        return at > s;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The characters of {@code [from, to)} with entity and character references decoded. */
    private CharSequence decode(int from, int to) throws IOException {
        // looked for within the range only: indexOf would run on to the next '&' of the whole document
        int amp = from;
        while (amp < to && xml.charAt(amp) != '&') {
            amp++;
        }
        if (amp == to) {
            return xml.substring(from, to);
        }
        buf.setLength(0);
        int i = from;
        while (i < to) {
            char c = xml.charAt(i);
            if (c != '&') {
                buf.append(c);
                i++;
                continue;
            }
            int semi = i + 1;
            while (semi < to && xml.charAt(semi) != ';') {
                semi++;
            }
            if (semi >= to) {
                throw malformed(i, "unterminated reference");
            }
            String ref = xml.substring(i + 1, semi);
            switch (ref) {
                case "lt" -> buf.append('<');
                case "gt" -> buf.append('>');
                case "amp" -> buf.append('&');
                case "quot" -> buf.append('"');
                case "apos" -> buf.append('\'');
                default -> {
                    if (!ref.startsWith("#") || ref.length() < 2) {
                        throw malformed(i, "unknown entity &" + ref + ";");
                    }
                    int cp = charReference(ref);
                    if (cp < 0) {
                        throw malformed(i, "bad character reference &" + ref + ";");
                    }
                    buf.appendCodePoint(cp);
                }
            }
            i = semi + 1;
        }
        return buf.toString();
    }

    /** The character of {@code #123} or {@code #x7B} (digits only), or -1 when it is no character XML allows. */
    private static int charReference(String ref) {
        boolean hex = ref.charAt(1) == 'x';
        String digits = ref.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 8) {
            return -1;
        }
        int cp = 0;
        for (int k = 0; k < digits.length(); k++) {
            int d = Character.digit(digits.charAt(k), hex ? 16 : 10);
            if (d < 0) {
                return -1;
            }
            cp = cp * (hex ? 16 : 10) + d;
        }
        boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
        return allowed ? cp : -1;
    }

    private static IOException malformed(int offset, String what) {
        return new IOException("malformed XML at character " + offset + ": " + what);
    }
}
