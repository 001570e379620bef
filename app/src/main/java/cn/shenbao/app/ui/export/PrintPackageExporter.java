package cn.shenbao.app.ui.export;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.ExportResult;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.template.TemplateDef;
import java.nio.file.Path;

/**
 * The exporter of the {@code forms} print package ({@link Exporter}): DOCX through POI, PDF through
 * iText, each checked with the rule engine (errors → 草稿 mark), fingerprinted and read back.
 */
public final class PrintPackageExporter implements DocumentExporter {
    private Exporter exporter;

    private synchronized Exporter exporter() {
        if (exporter == null) {
            exporter = new Exporter();
        }
        return exporter;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    static PrintOptions options(Draft draft, ExportOptions o) {
        PrintOptions p = new PrintOptions(o.bindingMarginMm(), o.duplex(), true, !o.finalVersion(),
                Exporter.fingerprint(draft), o.locale()).withEditable(o.editable());
        return o.blankForm() ? p.withDraftWatermark(false).withFingerprint(null).withBlankForm(true) : p;
    }

    @Override
    public ExportResult exportDocx(TemplateDef template, Draft draft, Path out, ExportOptions options) throws Exception {
        return exporter().exportDocx(template, draft, out, options(draft, options));
    }

    @Override
    public ExportResult exportPdf(TemplateDef template, Draft draft, Path out, ExportOptions options) throws Exception {
        return exporter().exportPdf(template, draft, out, options(draft, options));
    }

    @Override
    public cn.shenbao.forms.print.SideBySide.Both<ExportResult, ExportResult> exportBoth(TemplateDef template,
            Draft draft, Path docx, Path pdf, ExportOptions options) throws Exception {
        return exporter().exportBoth(template, draft, docx, pdf, options(draft, options));
    }
}
