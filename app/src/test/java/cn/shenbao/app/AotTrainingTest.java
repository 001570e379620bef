package cn.shenbao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AOT cache's training run (packaging/linux/aot-train.sh) runs the real commands and says when one fails. */
class AotTrainingTest {
    private static final Path SAMPLE = Path.of("..", "docs", "examples", "kczg-2024-sample.shenbao");
    private String home;

    @BeforeEach
    void keepHome() {
        home = System.getProperty("shenbao.home");
    }

    @AfterEach
    void restoreHome() {
        if (home == null) {
            System.clearProperty("shenbao.home");
        } else {
            System.setProperty("shenbao.home", home);
        }
    }

    @Test
    void validatesAndExportsTheDraftInOneJvm(@TempDir Path dir) throws Exception {
        List<String> failed = AotTraining.run(new String[] {SAMPLE.toString(), dir.toString()});
        assertEquals(List.of(), failed);
        Path docx = dir.resolve("training.docx");
        Path pdf = dir.resolve("training.pdf");
        assertTrue(Files.size(docx) > 10_000, "DOCX written: " + docx);
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"), "PDF written");
        assertEquals(dir.resolve("home").toString(), System.getProperty("shenbao.home"), "the client's files go to the scratch folder");
    }

    @Test
    void namesTheStepsThatFailed(@TempDir Path dir) {
        List<String> failed = AotTraining.run(new String[] {dir.resolve("missing.shenbao").toString(), dir.toString()});
        assertEquals(List.of("validate (exit 2)", "export (exit 2)"), failed);
        assertEquals(List.of("usage: AotTraining <draft.shenbao> <scratch-folder> [--client]"), AotTraining.run(new String[0]));
    }
}
