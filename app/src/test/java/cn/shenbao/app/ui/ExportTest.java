package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.export.PagePrinter;
import cn.shenbao.app.ui.export.PdfPages;
import cn.shenbao.app.ui.export.PreviewWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.print.JobSettings;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ExportTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    @Test
    void exportFromTheDialogWritesTheFilesInTheBackground(FxRobot robot) throws Exception {
        robot.interact(() -> window.vm().value("projectName").set("“科创中国”新材料科技服务团"));
        Path out = home.resolve("out");
        robot.interact(() -> window.export());
        settle();
        RadioButton fin = robot.lookup("#exportFinal").queryAs(RadioButton.class);
        assertThat(fin.isDisabled()).as("no final document while errors remain").isTrue();
        assertThat(robot.lookup("#exportDraft").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.interact(() -> {
            robot.lookup("#exportFolder").queryAs(TextField.class).setText(out.toString());
            robot.lookup("#exportName").queryAs(TextField.class).setText("申报书");
        });
        robot.clickOn("#exportRun");
        waitFor(120, () -> Files.exists(out.resolve("申报书.pdf")) && !robot.lookup("#exportOpenFolder").queryButton().isDisabled());
        assertThat(Files.size(out.resolve("申报书.docx"))).isGreaterThan(1000);
        assertThat(Files.size(out.resolve("申报书.pdf"))).isGreaterThan(1000);
        assertThat(robot.lookup("#exportStatus").queryAs(Label.class).getText()).contains("申报书.docx").contains("申报书.pdf");
        // the preview renders the very pages of such a PDF
        assertThat(PdfPages.render(out.resolve("申报书.pdf"), 30f)).isNotEmpty();
    }

    @Test
    void printingDefaultsToTheCopiesOfTheNoticeAndDuplex(FxRobot robot) {
        assertThat(PreviewWindow.copies(KCZG)).isEqualTo(6);
        robot.interact(() -> {
            JobSettings s = javafx.print.PrinterJob.createPrinterJob() == null ? null
                    : javafx.print.PrinterJob.createPrinterJob().getJobSettings();
            if (s != null) {
                PagePrinter.prepare(s, 6, true);
                assertThat(s.getCopies()).isEqualTo(6);
                assertThat(s.getPrintSides()).isEqualTo(javafx.print.PrintSides.DUPLEX);
            }
        });
    }

    private void exportTo(FxRobot robot, Path out, String name) {
        robot.interact(() -> window.export());
        settle();
        robot.interact(() -> {
            robot.lookup("#exportFolder").queryAs(TextField.class).setText(out.toString());
            robot.lookup("#exportName").queryAs(TextField.class).setText(name);
        });
        robot.clickOn("#exportRun");
    }

    @Test
    void existingFilesAreReplacedOnlyAfterAsking(FxRobot robot) throws Exception {
        robot.interact(() -> window.vm().value("projectName").set("“科创中国”新材料科技服务团"));
        Path out = Files.createDirectories(home.resolve("out"));
        Files.writeString(out.resolve("申报书.docx"), "old docx");
        Files.writeString(out.resolve("申报书.pdf"), "old pdf");
        prompter.replaceAnswer = false;
        exportTo(robot, out, "申报书");
        settle();
        assertThat(prompter.asked).containsExactly("replace:申报书.docx,申报书.pdf");
        assertThat(robot.lookup("#exportStatus").queryAs(Label.class).getText()).contains("没有导出");
        Thread.sleep(500);
        assertThat(Files.readString(out.resolve("申报书.docx"))).isEqualTo("old docx");
        assertThat(Files.readString(out.resolve("申报书.pdf"))).isEqualTo("old pdf");
        assertThat(robot.lookup("#exportOpenFolder").queryButton().isDisabled()).isTrue();

        prompter.replaceAnswer = true;
        robot.clickOn("#exportRun");
        waitFor(120, () -> !robot.lookup("#exportOpenFolder").queryButton().isDisabled());
        assertThat(prompter.asked).hasSize(2);
        assertThat(Files.size(out.resolve("申报书.docx"))).isGreaterThan(1000);
        assertThat(Files.size(out.resolve("申报书.pdf"))).isGreaterThan(1000);
    }

    @Test
    void aNewNameIsWrittenWithoutAsking(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(home.resolve("out"));
        Files.writeString(out.resolve("旧.docx"), "old docx");
        robot.interact(() -> window.export());
        settle();
        robot.interact(() -> robot.lookup("#exportPdf").queryAs(javafx.scene.control.CheckBox.class).setSelected(false));
        robot.interact(() -> {
            robot.lookup("#exportFolder").queryAs(TextField.class).setText(out.toString());
            robot.lookup("#exportName").queryAs(TextField.class).setText("新");
        });
        robot.clickOn("#exportRun");
        waitFor(120, () -> !robot.lookup("#exportOpenFolder").queryButton().isDisabled());
        assertThat(prompter.asked).isEmpty();
        assertThat(Files.size(out.resolve("新.docx"))).isGreaterThan(1000);
        assertThat(Files.readString(out.resolve("旧.docx"))).isEqualTo("old docx");
    }
}
