package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.DraftFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Issue 9, defect 1 in the client: the export dialog never writes over the open draft, even when told to replace. */
class ExportRefusesDraftTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    @Test
    void theOpenDraftIsRefusedAsExportTargetWithoutAsking(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(home.resolve("out"));
        Path draft = out.resolve("申报书.pdf"); // a draft saved under a name an export would use
        DraftFiles.builtIn().save(window.vm().draft(), draft);
        byte[] before = Files.readAllBytes(draft);
        robot.interact(() -> window.vm().fileProperty().set(draft));
        prompter.replaceAnswer = true;
        robot.interact(() -> window.export());
        settle();
        robot.interact(() -> {
            robot.lookup("#exportFolder").queryAs(TextField.class).setText(out.toString());
            robot.lookup("#exportName").queryAs(TextField.class).setText("申报书");
        });
        robot.clickOn("#exportRun");
        settle();
        assertThat(robot.lookup("#exportStatus").queryAs(Label.class).getText()).contains("正在导出的草稿");
        assertThat(prompter.asked).isEmpty();
        Thread.sleep(500);
        assertThat(Files.readAllBytes(draft)).isEqualTo(before);
        assertThat(Files.exists(out.resolve("申报书.docx"))).isFalse();
    }
}
