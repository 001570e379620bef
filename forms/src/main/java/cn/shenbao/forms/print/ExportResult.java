package cn.shenbao.forms.print;

import cn.shenbao.forms.print.fonts.FontWarning;
import cn.shenbao.forms.print.pdf.SignatureArea;
import cn.shenbao.forms.rules.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote and found.
 *
 * @param file            the file written
 * @param format          DOCX or PDF
 * @param fingerprint     the draft fingerprint printed in every footer
 * @param hasErrors       the rule engine reported at least one ERROR (the 草稿 watermark was printed)
 * @param findings        all rule findings
 * @param fontWarnings    characters the fonts cannot print, with field paths (PDF; empty for DOCX)
 * @param missing         self-check: localised messages for entered values not found in the written file
 * @param signatureFields where the empty signature fields were placed (PDF only)
 * @param bytes           size of the file
 */
public record ExportResult(Path file, Format format, String fingerprint, boolean hasErrors, List<Finding> findings,
                           List<FontWarning> fontWarnings, List<String> missing, List<SignatureArea> signatureFields,
                           long bytes) {
    public ExportResult {
        findings = List.copyOf(findings);
        fontWarnings = List.copyOf(fontWarnings);
        missing = List.copyOf(missing);
        signatureFields = List.copyOf(signatureFields);
    }

    /** The output format. */
    public enum Format {
        DOCX,
        PDF
    }

    /** Whether every entered value was found again in the written file. */
    public boolean selfCheckPassed() {
        return missing.isEmpty();
    }
}
