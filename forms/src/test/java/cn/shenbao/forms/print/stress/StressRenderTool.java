package cn.shenbao.forms.print.stress;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.ExportResult;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: writes the PDF and DOCX of every named stress draft (and the blank form) into the folder named by
 * {@code -Dstress.out=DIR}, to look at them (docs/printing.md, "Looking at the paper"). Skipped without it.
 * {@code mvn -o -q -pl forms test -Dtest=StressRenderTool -Dstress.out=/tmp/stress}
 */
class StressRenderTool {
    @Test
    @EnabledIfSystemProperty(named = "stress.out", matches = ".+")
    void writeTheNamedStressDrafts() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("stress.out")));
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        Exporter ex = new Exporter();
        List<StressDrafts.Case> cases = StressDrafts.named();
        for (int i = 0; i < cases.size(); i++) {
            StressDrafts.Case c = cases.get(i);
            Draft d = c.draft();
            ExportResult pdf = ex.exportPdf(t, d, dir.resolve("case" + i + ".pdf"), c.options(), List.of());
            ex.exportDocx(t, d, dir.resolve("case" + i + ".docx"), c.options(), List.of());
            System.out.println("case" + i + "\t" + c + "\tmissing " + pdf.missing().size());
        }
        // the blank form for filling in by hand
        Draft empty = Exporter.blank(t);
        PrintOptions blank = PrintOptions.defaults().withBlankForm(true);
        ex.exportPdf(t, empty, dir.resolve("blank.pdf"), blank, List.of());
        ex.exportDocx(t, empty, dir.resolve("blank.docx"), blank, List.of());
    }
}
