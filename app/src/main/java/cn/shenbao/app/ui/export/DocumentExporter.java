package cn.shenbao.app.ui.export;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.template.TemplateDef;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the printed form of a draft. The client depends only on this interface; the implementation
 * comes from the {@code forms} print package ({@link PrintPackageExporter}).
 */
public interface DocumentExporter {
    /** Whether this build can export at all (the print package is present). */
    boolean isAvailable();

    /**
     * Writes a Word file. {@code findings} are the client's current findings of the draft (any error
     * makes the document a draft with the 草稿 mark). The exception's message is for the user.
     */
    void exportDocx(TemplateDef template, Draft draft, List<Finding> findings, Path out, ExportOptions options)
            throws Exception;

    /** Writes a PDF file; see {@link #exportDocx}. */
    void exportPdf(TemplateDef template, Draft draft, List<Finding> findings, Path out, ExportOptions options)
            throws Exception;
}
