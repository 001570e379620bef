package cn.shenbao.app.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;

/**
 * Starts the JavaFX client. This class does not extend {@link Application}, so it works as the entry
 * point of a plain (shaded) jar on the class path: {@code Main} calls {@link #launch(String[])} when no
 * sub-command is given.
 */
public final class ClientLauncher {
    private ClientLauncher() {}

    /** Starts the client; returns when its window is closed. {@code --lang en} selects English. */
    public static void launch(String[] args) {
        // Reading the definitions (JSON) and loading the check code overlap with the start of the
        // JavaFX toolkit; on a 2-core machine this saves a few hundred milliseconds.
        Thread warm = new Thread(() -> {
            var t = cn.shenbao.forms.template.TemplateRegistry.builtIn().first();
            cn.shenbao.forms.rules.RuleEngine.check(t,
                    new cn.shenbao.forms.draft.Draft(t.id(), t.version()));
        }, "shenbao-warm-up");
        warm.setDaemon(true);
        warm.start();
        String[] a = args == null ? new String[0] : args;
        // JavaFX's own texts (OK/Cancel of dialogs, the colour picker…) follow the default locale when the
        // toolkit starts: it must be the language of the interface, not of the machine.
        java.util.Locale locale = ShenbaoApp.chooseLocale(java.util.List.of(a),
                new cn.shenbao.app.ui.model.UserSettings(cn.shenbao.app.ui.model.AppDirs.settings()));
        java.util.Locale.setDefault(locale);
        Application.launch(ShenbaoApp.class, a);
    }

    public static void main(String[] args) {
        launch(args);
    }

    /**
     * Logs the time from the start of the JVM to the first editable form (printed once; the start-up
     * benchmark in docs/benchmarks.md reads this line).
     */
    static void reportReady() {
        Instant start = ProcessHandle.current().info().startInstant().orElse(null);
        if (start != null) {
            long ms = Duration.between(start, Instant.now()).toMillis();
            System.err.println("shenbao: editable form " + ms + " ms after JVM start");
        }
    }

    /**
     * For the cold-start harness (scripts/coldstart.sh, {@code -Dshenbao.measureFirstExport=SECONDS}): waits
     * that long after the window is up (a user finding the export command), exports the open draft as
     * DOCX and PDF into a temporary folder through the client's exporter, logs how long that took, and
     * closes the client.
     */
    static void measureFirstExport(cn.shenbao.app.ui.export.DocumentExporter exporter,
            cn.shenbao.forms.template.TemplateDef template, cn.shenbao.forms.draft.Draft draft,
            java.util.Locale locale, long delayMs) {
        cn.shenbao.forms.draft.Draft snapshot = draft.copy();
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(delayMs);
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("shenbao-first-export");
                var options = new cn.shenbao.app.ui.export.ExportOptions(true, true, 0, false, false, locale);
                long t0 = System.nanoTime();
                // as the export dialog does it: DOCX and PDF side by side
                exporter.exportBoth(template, snapshot, dir.resolve("first.docx"), dir.resolve("first.pdf"), options);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.err.println("shenbao: first export " + ms + " ms (DOCX + PDF), " + delayMs + " ms after the window was up");
            } catch (Exception e) {
                System.err.println("shenbao: first export failed: " + e);
            } finally {
                javafx.application.Platform.exit();
            }
        }, "shenbao-measure-first-export");
        t.setDaemon(true);
        t.start();
    }
}
