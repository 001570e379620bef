package cn.shenbao.app;

import cn.shenbao.app.cli.Cli;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the packaged runtime's ahead-of-time cache (JDK 25, {@code -XX:AOTCacheOutput}; a
 * build tool, not a user command: packaging/linux/aot-train.sh). One JVM records one cache, so this runs in
 * one JVM what users do first: {@code validate} and {@code export} (DOCX + PDF) of a complete draft,
 * {@code templates}, and — with {@code --client} — the desktop client to an editable form, which it then
 * closes ({@code shenbao.exitWhenReady}). Each step is the real command, through {@link Cli#run} and
 * {@link Main#startClient}.
 *
 * <p>Usage: {@code AotTraining <draft.shenbao> <scratch-folder> [--client]}. Exit 0 when every step did
 * what it does for a user (validate: 0 or 1, the draft's findings), otherwise 1 with the failed step on
 * standard error.
 */
public final class AotTraining {
    private AotTraining() {}

    public static void main(String[] args) {
        List<String> failed = run(args);
        if (!failed.isEmpty()) {
            System.err.println("aot-training: failed: " + String.join(", ", failed));
            System.exit(1);
        }
    }

    /** Runs the steps; returns the ones that failed (empty when all worked). */
    static List<String> run(String[] args) {
        if (args.length < 2) {
            return List.of("usage: AotTraining <draft.shenbao> <scratch-folder> [--client]");
        }
        String draft = args[0];
        Path scratch = Path.of(args[1]);
        boolean client = args.length > 2 && args[2].equals("--client");
        List<String> failed = new ArrayList<>();
        try {
            Files.createDirectories(scratch);
        } catch (java.io.IOException e) {
            return List.of("scratch folder " + scratch + ": " + e);
        }
        // the client's settings, recent files and recovery go to the scratch folder, not the builder's home
        System.setProperty("shenbao.home", scratch.resolve("home").toString());
        OutputStream out = OutputStream.nullOutputStream();
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.run(out, err, "validate", draft);
        if (code != Cli.EXIT_OK && code != Cli.EXIT_FINDINGS) {
            failed.add("validate (exit " + code + ")");
        }
        code = Cli.run(out, err, "export", draft,
                "--docx", scratch.resolve("training.docx").toString(), "--pdf", scratch.resolve("training.pdf").toString());
        if (code != Cli.EXIT_OK) {
            failed.add("export (exit " + code + ")");
        }
        code = Cli.run(out, err, "templates");
        if (code != Cli.EXIT_OK) {
            failed.add("templates (exit " + code + ")");
        }
        if (client) {
            System.setProperty("shenbao.exitWhenReady", "true");
            if (Main.startClient(Main.CLIENT_LAUNCHER, new String[0], err) != 0) {
                failed.add("client");
            }
        }
        return failed;
    }
}
