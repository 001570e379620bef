package cn.shenbao.app.ui.export;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.TemplateDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The first export in a fresh JVM pays for loading POI and iText, choosing the fonts and compiling the
 * code on the way (seconds on a slow machine); later ones take tens of milliseconds. While the user
 * reads the window, this exports a blank draft once on a low-priority background thread, through the
 * same exporter, into a temporary folder that is deleted afterwards, so that the user's first export
 * is a warm one. Nothing is shown and failures are ignored: the real export reports its own.
 */
public final class ExportWarmUp {
    private ExportWarmUp() {}

    /** Starts the warm-up on a daemon thread of minimum priority and returns it. */
    public static Thread start(DocumentExporter exporter, TemplateDef template, Locale locale) {
        Thread t = new Thread(() -> {
            try {
                run(exporter, template, locale);
            } catch (Exception | LinkageError e) {
                // the real export reports problems; a warm-up has nobody to tell
            }
        }, "shenbao-export-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    /** Exports a blank draft of {@code template} as DOCX and PDF into a temporary folder and deletes it. */
    static void run(DocumentExporter exporter, TemplateDef template, Locale locale) throws Exception {
        Path dir = Files.createTempDirectory("shenbao-warm-up");
        try {
            Draft blank = new Draft(template.id(), template.version());
            ExportOptions options = new ExportOptions(true, true, 0, false, false, locale);
            exporter.exportDocx(template, blank, dir.resolve("warm-up.docx"), options);
            exporter.exportPdf(template, blank, dir.resolve("warm-up.pdf"), options);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
