package cn.shenbao.app.ui.export;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.ExportResult;
import cn.shenbao.forms.print.SideBySide;
import cn.shenbao.forms.template.TemplateDef;
import java.nio.file.Path;

/**
 * Writes the printed form of a draft. The client depends only on this interface; the implementation
 * comes from the {@code forms} print package ({@link PrintPackageExporter}).
 */
public interface DocumentExporter {
    /** Whether this build can export at all (the print package is present). */
    boolean isAvailable();

    /**
     * Writes a Word file. A draft with errors is always marked 草稿. The exception's message is for
     * the user. The result carries the fingerprint and the read-back check: entered values not found
     * again in the file ({@link ExportResult#missing()}) and, for PDF, characters the font lacks.
     */
    ExportResult exportDocx(TemplateDef template, Draft draft, Path out, ExportOptions options) throws Exception;

    /** Writes a PDF file; see {@link #exportDocx}. */
    ExportResult exportPdf(TemplateDef template, Draft draft, Path out, ExportOptions options) throws Exception;

    /**
     * Writes both, side by side on two cores ({@link SideBySide}); the print package's exporter lays the draft out
     * once for both ({@code Exporter.exportBoth}).
     */
    default SideBySide.Both<ExportResult, ExportResult> exportBoth(TemplateDef template, Draft draft, Path docx,
            Path pdf, ExportOptions options) throws Exception {
        return SideBySide.run(() -> exportDocx(template, draft, docx, options),
                () -> exportPdf(template, draft, pdf, options));
    }
}
