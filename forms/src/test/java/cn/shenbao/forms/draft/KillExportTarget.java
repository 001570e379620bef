package cn.shenbao.forms.draft;

import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Path;

/** The export loop of {@link KillTarget} (a class of its own, so that saving loads nothing of the exporters). */
final class KillExportTarget {
    private KillExportTarget() {
    }

    static void loop(Draft d, Path dir) throws Exception {
        TemplateDef t = TemplateRegistry.builtIn().get(d.templateId());
        Exporter exporter = new Exporter();
        // a first (cold, slow) export of both, so that the kills fall on warm exports, a few per second
        exporter.exportDocx(t, d, dir.resolve("out.docx"), PrintOptions.defaults());
        exporter.exportPdf(t, d, dir.resolve("out.pdf"), PrintOptions.defaults());
        KillTarget.report("ready");
        for (long i = 0; ; i++) {
            exporter.exportDocx(t, d, dir.resolve("out.docx"), PrintOptions.defaults());
            KillTarget.report("docx " + i);
            exporter.exportPdf(t, d, dir.resolve("out.pdf"), PrintOptions.defaults());
            KillTarget.report("pdf " + i);
        }
    }
}
