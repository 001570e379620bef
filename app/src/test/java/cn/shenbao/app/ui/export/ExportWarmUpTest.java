package cn.shenbao.app.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.ExportResult;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The background export that makes the user's first export a warm one. */
class ExportWarmUpTest {
    static final TemplateDef KCZG = TemplateRegistry.builtIn().get("kczg-2024");

    @Test
    void itExportsBothFormatsOfABlankDraftAndLeavesNoFilesBehind() throws Exception {
        List<Path> written = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        DocumentExporter recording = new DocumentExporter() {
            public boolean isAvailable() {
                return true;
            }

            public ExportResult exportDocx(TemplateDef t, Draft d, Path out, ExportOptions o) throws Exception {
                return write(d, out);
            }

            public ExportResult exportPdf(TemplateDef t, Draft d, Path out, ExportOptions o) throws Exception {
                return write(d, out);
            }

            private ExportResult write(Draft d, Path out) throws Exception {
                Files.writeString(out, "x");
                written.add(out);
                drafts.add(d);
                return null;
            }
        };
        ExportWarmUp.run(recording, KCZG, Locale.SIMPLIFIED_CHINESE);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("warm-up.docx", "warm-up.pdf");
        assertThat(drafts).allSatisfy(d -> assertThat(d.templateId()).isEqualTo("kczg-2024"));
        assertThat(written.get(0).getParent()).as("the temporary folder is removed").doesNotExist();
    }

    @Test
    void theRealExporterWarmsUpOnABlankDraft() throws Exception {
        boolean fonts = !cn.shenbao.app.ui.model.WelcomeModel.checkFonts(cn.shenbao.forms.print.fonts.FontLocator.system(),
                Locale.SIMPLIFIED_CHINESE).lines().isEmpty();
        if (!fonts && System.getenv("CI") != null) {
            throw new AssertionError("CI installs CJK fonts (.ci/run); none found");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(fonts, "no CJK font for the PDF");
        // run() lets the exporter's failures through (start() swallows them): a blank draft must export
        ExportWarmUp.run(new PrintPackageExporter(), KCZG, Locale.SIMPLIFIED_CHINESE);
        Thread t = ExportWarmUp.start(new PrintPackageExporter(), KCZG, Locale.SIMPLIFIED_CHINESE);
        assertThat(t.isDaemon()).as("never keeps the client from exiting").isTrue();
        assertThat(t.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        t.join(120_000);
        assertThat(t.isAlive()).isFalse();
    }
}
