package cn.shenbao.forms.print;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a written file back and confirms that every printed value is found in it. White space is removed
 * before comparing; a long value may be broken by a page break (the next page repeats table headers and the
 * footer comes between), so it may be found in consecutive pieces of at least {@link #MIN_PIECE} characters.
 */
public final class SelfCheck {
    static final int MIN_PIECE = 8;
    private static final java.util.regex.Pattern FOOTER = java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(squash(PrintTexts.pageOfParts()[0])) + "\\d+"
                    + java.util.regex.Pattern.quote(squash(PrintTexts.pageOfParts()[1])) + "\\d+"
                    + java.util.regex.Pattern.quote(squash(PrintTexts.pageOfParts()[2]))
                    + "(" + java.util.regex.Pattern.quote(squash(PrintTexts.fingerprint(""))) + "[0-9a-f]{8})?"); // Exporter.fingerprint: 8 hex digits

    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private SelfCheck() {
    }

    /**
     * The text of a DOCX: every {@code w:t} of the headers, the main document and the footers (in that order, as
     * POI's XWPFWordExtractor gives them), paragraphs and rows ending in a line break, tabs and breaks as white
     * space. Read straight from the file's parts with {@link XmlScan}, a small scanner of well-formed XML (the
     * JDK's StAX parser cost ≈ 30 ms of CPU in a cold export, issue 15; it stays the reference of SelfCheckTest).
     */
    public static String docxText(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String main = mainPart(zip);
            String folder = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
            List<String> headers = new ArrayList<>();
            List<String> footers = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                String name = en.nextElement().getName();
                if (name.startsWith(folder) && name.endsWith(".xml") && name.indexOf('/', folder.length()) < 0) {
                    String local = name.substring(folder.length());
                    if (local.startsWith("header")) {
                        headers.add(name);
                    } else if (local.startsWith("footer")) {
                        footers.add(name);
                    }
                }
            }
            headers.sort(null);
            footers.sort(null);
            ZipEntry body = zip.getEntry(main);
            if (body == null) {
                throw new IOException("no " + main + " in " + file.getFileName());
            }
            StringBuilder sb = new StringBuilder();
            for (String h : headers) {
                partText(zip, zip.getEntry(h), sb);
            }
            partText(zip, body, sb);
            for (String f : footers) {
                partText(zip, zip.getEntry(f), sb);
            }
            return sb.toString();
        }
    }

    private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** The main document part named by the package relationships (word/document.xml when they say none). */
    private static String mainPart(ZipFile zip) throws IOException {
        ZipEntry rels = zip.getEntry("_rels/.rels");
        if (rels != null) {
            String[] target = new String[1];
            XmlScan.scan(read(zip, rels), new XmlScan.Handler() {
                @Override
                public void start(String ns, String local, Map<String, String> attributes) {
                    if (target[0] == null && "Relationship".equals(local) && RELS_NS.equals(ns)
                            && String.valueOf(attributes.get("Type")).endsWith("/officeDocument")
                            && attributes.get("Target") != null) {
                        target[0] = attributes.get("Target");
                    }
                }
            });
            if (target[0] != null) {
                return target[0].startsWith("/") ? target[0].substring(1) : target[0];
            }
        }
        return "word/document.xml";
    }

    private static String read(ZipFile zip, ZipEntry part) throws IOException {
        try (InputStream in = zip.getInputStream(part)) {
            // bytes that are not UTF-8 are an error (CharacterCodingException), not replaced
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        }
    }

    private static void partText(ZipFile zip, ZipEntry part, StringBuilder sb) throws IOException {
        xmlText(read(zip, part), sb);
    }

    /** Appends the text of one WordprocessingML part ({@code w:t}, tabs, breaks, ends of paragraphs and rows). */
    static void xmlText(String xml, StringBuilder sb) throws IOException {
        XmlScan.scan(xml, new XmlScan.Handler() {
            private boolean inText;

            @Override
            public void start(String ns, String local, Map<String, String> attributes) {
                if (W_NS.equals(ns)) {
                    switch (local) {
                        case "t" -> inText = true;
                        case "tab" -> sb.append('\t');
                        case "br", "cr" -> sb.append('\n');
                        default -> {
                        }
                    }
                }
            }

            @Override
            public void end(String ns, String local) {
                if (W_NS.equals(ns)) {
                    switch (local) {
                        case "t" -> inText = false;
                        case "p", "tr" -> sb.append('\n');
                        case "tc" -> sb.append('\t');
                        default -> {
                        }
                    }
                }
            }

            @Override
            public void text(CharSequence text) {
                if (inText) {
                    sb.append(text);
                }
            }
        });
    }

    /**
     * The text of a PDF as iText extracts it, page by page in content order. The file is read whole and one
     * content processor serves all pages, so each font's ToUnicode map is parsed once per file instead of once
     * per page (PdfTextExtractor.getTextFromPage makes a new processor, with an empty font cache, per page).
     */
    public static String pdfText(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        byte[] bytes = Files.readAllBytes(file);
        try (PdfDocument d = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            PageListener listener = new PageListener();
            PdfCanvasProcessor processor = new PdfCanvasProcessor(listener);
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                listener.page = new SimpleTextExtractionStrategy();
                processor.reset();
                processor.processPageContent(d.getPage(i));
                sb.append(listener.page.getResultantText()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Passes the events of the page being read to that page's extraction strategy. */
    private static final class PageListener implements IEventListener {
        SimpleTextExtractionStrategy page = new SimpleTextExtractionStrategy();

        @Override
        public void eventOccurred(IEventData data, EventType type) {
            page.eventOccurred(data, type);
        }

        @Override
        public Set<EventType> getSupportedEvents() {
            return page.getSupportedEvents();
        }
    }

    /**
     * Messages for the values not found in {@code text}.
     *
     * @param printed  path → texts as printed
     * @param text     the text read back
     * @param fileKind "DOCX" or "PDF", for the message
     */
    public static List<String> missing(Map<String, List<String>> printed, String text, String fileKind,
                                       Locale locale) {
        // the page footers come between the parts of a value broken by a page break: take them out (and
        // keep where they were, for the parts too short to be found on their own)
        String marked = FOOTER.matcher(squash(text)).replaceAll(PAGE_END);
        String hay = marked.replace(PAGE_END, "");
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : printed.entrySet()) {
            for (String v : e.getValue()) {
                String needle = squash(v);
                if (!found(hay, needle) && !foundAcrossPages(marked, needle)) {
                    out.add(PrintMessages.get(locale, "check.missing", e.getKey(), fileKind, v));
                }
            }
        }
        return out;
    }

    /** Stands where a page footer was in the text read back (a noncharacter: never in a value). */
    private static final String PAGE_END = "\uFFFF";

    /** How near a page break (in characters of the text read back) the parts of a broken value are looked for. */
    static final int NEAR_PAGE_BREAK = 2000;

    /**
     * Whether {@code needle} is printed across page breaks: its first part near the end of one page, the next
     * part near the start of the next page (after the footer, the repeated table headers and the other cells of
     * the same row), and so on. Near a break a part may be as short as one character (the last line of a
     * paragraph or cell that alone went to the next page), unlike the free pieces of {@link #found}.
     */
    static boolean foundAcrossPages(String marked, String needle) {
        String[] pages = marked.split(PAGE_END, -1);
        for (int k = 0; k + 1 < pages.length; k++) {
            if (continuesFrom(pages, k, needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesFrom(String[] pages, int k, String rest) {
        String tail = pages[k].substring(Math.max(0, pages[k].length() - NEAR_PAGE_BREAK));
        String head = pages[k + 1].substring(0, Math.min(pages[k + 1].length(), NEAR_PAGE_BREAK));
        for (int len = Math.min(rest.length() - 1, tail.length()); len >= 1; len--) {
            if (tail.contains(rest.substring(0, len))) {
                String next = rest.substring(len);
                if (head.contains(next) || k + 2 < pages.length && continuesFrom(pages, k + 1, next)) {
                    return true;
                }
            }
        }
        return false;
    }

    public static String squash(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Whether {@code needle} occurs whole, or in consecutive pieces of at least MIN_PIECE characters. */
    public static boolean found(String hay, String needle) {
        if (needle.isEmpty() || hay.contains(needle)) {
            return true;
        }
        if (needle.length() < 2 * MIN_PIECE) {
            return false;
        }
        int from = 0;
        String rest = needle;
        while (!rest.isEmpty()) {
            int at = hay.indexOf(rest, from);
            if (at >= 0) {
                return true;
            }
            // the prefix of rest (at least MIN_PIECE, leaving 0 or at least MIN_PIECE) that occurs nearest after
            // from; among equally near ones the longest. Every longer prefix starts with the shortest one, so the
            // nearest occurrence of any is that of the MIN_PIECE prefix, and the longest prefix there is the
            // common prefix of rest and hay at that place (one indexOf and one comparison instead of one indexOf
            // per prefix length).
            int maxLen = rest.length() - MIN_PIECE;
            if (maxLen < MIN_PIECE) {
                return false;
            }
            int bestAt = hay.indexOf(rest.substring(0, MIN_PIECE), from);
            if (bestAt < 0) {
                return false;
            }
            int best = MIN_PIECE;
            while (best < maxLen && bestAt + best < hay.length() && hay.charAt(bestAt + best) == rest.charAt(best)) {
                best++;
            }
            from = bestAt + best;
            rest = rest.substring(best);
        }
        return true;
    }
}
