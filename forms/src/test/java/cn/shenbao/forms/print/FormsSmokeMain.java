package cn.shenbao.forms.print;

import cn.shenbao.forms.draft.NewDrafts;
import cn.shenbao.forms.samples.FormExamples;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Exports every form's example and a blank draft to a folder, for looking at the pages (not a test). */
public final class FormsSmokeMain {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "/tmp/forms-smoke"));
        Exporter ex = new Exporter();
        List<String> ids = args.length > 1 ? List.of(args).subList(1, args.length) : FormExamples.IDS;
        for (String id : ids) {
            TemplateDef t = TemplateRegistry.builtIn().get(FormExamples.VARIANTS.getOrDefault(id, id));
            ExportResult pdf = ex.exportPdf(t, FormExamples.load(id), dir.resolve(id + ".pdf"), PrintOptions.defaults(), List.of());
            ex.exportDocx(t, FormExamples.load(id), dir.resolve(id + ".docx"), PrintOptions.defaults(), List.of());
            ex.exportPdf(t, NewDrafts.of(t), dir.resolve(id + "-blank.pdf"), PrintOptions.defaults(), List.of());
            System.out.println(id + ": missing " + pdf.missing() + ", fonts " + pdf.fontWarnings().size());
        }
    }
}
