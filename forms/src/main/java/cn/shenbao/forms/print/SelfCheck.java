package cn.shenbao.forms.print;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

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
                    + "(" + java.util.regex.Pattern.quote(squash(PrintTexts.fingerprint(""))) + "[0-9a-f]+)?");

    private SelfCheck() {
    }

    /** The text of a DOCX as POI reads it (body, tables, headers, footers). */
    public static String docxText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor ex = new XWPFWordExtractor(d)) {
            return ex.getText();
        }
    }

    /** The text of a PDF as iText extracts it, page by page in content order. */
    public static String pdfText(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (PdfDocument d = new PdfDocument(new PdfReader(file.toFile()))) {
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                sb.append(PdfTextExtractor.getTextFromPage(d.getPage(i), new SimpleTextExtractionStrategy()))
                        .append('\n');
            }
        }
        return sb.toString();
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
        // the page footers come between the parts of a value broken by a page break: take them out
        String hay = FOOTER.matcher(squash(text)).replaceAll("");
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : printed.entrySet()) {
            for (String v : e.getValue()) {
                if (!found(hay, squash(v))) {
                    out.add(PrintMessages.get(locale, "check.missing", e.getKey(), fileKind, v));
                }
            }
        }
        return out;
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
            // from; among equally near ones the longest
            int best = -1;
            int bestAt = -1;
            for (int len = rest.length() - MIN_PIECE; len >= MIN_PIECE; len--) {
                int pos = hay.indexOf(rest.substring(0, len), from);
                if (pos >= 0 && (bestAt < 0 || pos < bestAt)) {
                    best = len;
                    bestAt = pos;
                }
            }
            if (best < 0) {
                return false;
            }
            from = bestAt + best;
            rest = rest.substring(best);
        }
        return true;
    }
}
