package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.RecoveryStore;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Edge cases of the recovery folder: late autosaves, broken copies. */
class RecoveryTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    private long copies() throws Exception {
        if (!Files.isDirectory(recovery.dir())) {
            return 0;
        }
        try (Stream<Path> s = Files.list(recovery.dir())) {
            return s.filter(p -> p.toString().endsWith(DraftFiles.EXTENSION)).count();
        }
    }

    @Test
    void anAutosaveThatArrivesAfterTheCleanEndLeavesNoCopyBehind() throws Exception {
        Draft d = new Draft(KCZG.id(), KCZG.version());
        d.set("projectName", "“科创中国”人工智能科技服务团");
        RecoveryStore.Session s = recovery.open();
        s.write(d, null);
        // saved (or closed) cleanly: the copy goes; an autosave still queued on the background thread runs after it
        s.close();
        s.write(d, null);
        assertThat(copies()).as("a saved draft must not be offered for recovery at the next start").isZero();
        s.abandon();
        assertThat(recovery.pending()).isEmpty();
    }

    @Test
    void aBrokenRecoveryCopyIsReportedOnceAndThenRemoved(FxRobot robot) throws Exception {
        Files.createDirectories(recovery.dir());
        Files.writeString(recovery.dir().resolve("x1.shenbao"), "{\"format\": \"shenbao-dr", StandardCharsets.UTF_8);
        Files.writeString(recovery.dir().resolve("x1.properties"), "original=\nsavedAt=2024-05-20T08:00:00Z\n");
        assertThat(recovery.pending()).hasSize(1);
        robot.interact(() -> assertThat(window.offerRecovery()).isFalse());
        assertThat(prompter.errors).hasSize(1);
        assertThat(recovery.pending()).as("offered again at every start otherwise").isEmpty();
        robot.interact(() -> assertThat(window.offerRecovery()).isFalse());
        assertThat(prompter.errors).hasSize(1);
    }

    @Test
    void aGarbledRecoveryIndexDoesNotLoseTheCopy(FxRobot robot) throws Exception {
        Draft d = new Draft(KCZG.id(), KCZG.version());
        d.set("projectName", "“科创中国”人工智能科技服务团");
        Files.createDirectories(recovery.dir());
        Files.write(recovery.dir().resolve("x2.shenbao"), DraftFiles.toBytes(d));
        Files.writeString(recovery.dir().resolve("x2.properties"), "original=C:\\\\u4e2\\uZZZZ\nsavedAt=x\n");
        assertThat(recovery.pending()).hasSize(1);
        robot.interact(() -> assertThat(window.offerRecovery()).isTrue());
        assertThat(window.vm().draft().text("projectName")).isEqualTo("“科创中国”人工智能科技服务团");
    }
}
