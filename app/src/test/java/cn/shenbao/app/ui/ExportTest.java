package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.export.PagePrinter;
import cn.shenbao.app.ui.export.PdfPages;
import cn.shenbao.app.ui.export.PreviewWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.print.JobSettings;
import cn.shenbao.app.ui.export.DocumentExporter;
import cn.shenbao.app.ui.export.ExportDialog;
import cn.shenbao.app.ui.export.ExportOptions;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.ExportResult;
import cn.shenbao.forms.print.SelfCheck;
import cn.shenbao.forms.template.TemplateDef;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
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

    private static List<String> texts(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private void exportPdfOnly(FxRobot robot, Path out, String name) throws Exception {
        robot.interact(() -> window.export());
        settle();
        robot.interact(() -> {
            robot.lookup("#exportDocx").queryAs(javafx.scene.control.CheckBox.class).setSelected(false);
            robot.lookup("#exportFolder").queryAs(TextField.class).setText(out.toString());
            robot.lookup("#exportName").queryAs(TextField.class).setText(name);
        });
        robot.clickOn("#exportRun");
        waitFor(120, () -> !robot.lookup("#exportOpenFolder").queryButton().isDisabled());
        settle();
    }

    @Test
    void aCharacterTheBodyFontLacksIsShownAsAWarningNamingTheField(FxRobot robot) throws Exception {
        // 𪚥 (U+2A6A5) is in no font of this machine (the body font, Noto Serif CJK SC, has every 通用规范汉字 and 𠀾):
        // FontPreflight reports it, naming the field; it prints as a drawn box
        robot.interact(() -> window.vm().value("projectName").set("“科创中国”𪚥材料科技服务团"));
        exportPdfOnly(robot, home.resolve("out"), "生僻字");
        assertThat(texts(robot, "export-file")).singleElement().asString().startsWith("生僻字.pdf").contains("指纹");
        List<String> warnings = texts(robot, "export-warning").stream().filter(t -> t.contains("栏目")).toList();
        assertThat(warnings).singleElement().asString().contains("项目名称").contains("𪚥").contains("U+2A6A5");
        assertThat(texts(robot, "export-problem")).as("no value went missing").allMatch(t -> !t.startsWith("栏目“项目名称”：栏目"));
        assertThat(robot.lookup("#exportStatus").queryAs(Label.class).getText()).contains("1 个提醒");
        // the button beside the warning closes the dialog and puts the cursor in 项目名称
        Button go = robot.lookup(".export-goto").queryAs(Button.class);
        assertThat(go.getUserData()).isEqualTo("projectName");
        javafx.stage.Window dialog = go.getScene().getWindow();
        robot.interact(go::fire);
        settle();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(((Node) control("projectName")).isFocused()).isTrue();
    }

    @Test
    void aCleanExportListsTheFilesWithTheirFingerprintAndNoProblem(FxRobot robot) throws Exception {
        robot.interact(() -> window.vm().value("projectName").set("“科创中国”新材料科技服务团"));
        exportPdfOnly(robot, home.resolve("out"), "干净");
        assertThat(texts(robot, "export-file")).singleElement().asString()
                .isEqualTo("干净.pdf（指纹 " + cn.shenbao.forms.print.Exporter.fingerprint(window.vm().draft()) + "）");
        assertThat(texts(robot, "export-problem")).isEmpty();
        assertThat(robot.lookup(".export-goto").tryQuery()).isEmpty();
        assertThat(robot.lookup("#exportStatus").queryAs(Label.class).getText()).doesNotContain("问题");
    }

    @Test
    void aValueMissingInTheWrittenFileIsShownAsAnErrorWithItsField(FxRobot robot) throws Exception {
        robot.interact(() -> window.vm().value("leader.name").set("王明"));
        // an exporter whose read-back did not find 项目负责人 › 姓名 again (the message is the print package's own)
        DocumentExporter lossy = new DocumentExporter() {
            @Override
            public boolean isAvailable() {
                return true;
            }

            @Override
            public ExportResult exportDocx(TemplateDef t, Draft d, Path out, ExportOptions o) throws Exception {
                Files.writeString(out, "docx");
                List<String> missing = SelfCheck.missing(Map.of("leader.name", List.of("王明")), "", "DOCX", o.locale());
                return new ExportResult(out, ExportResult.Format.DOCX, "ABCD1234", true, List.of(), List.of(), missing,
                        List.of(), 4);
            }

            @Override
            public ExportResult exportPdf(TemplateDef t, Draft d, Path out, ExportOptions o) throws Exception {
                throw new AssertionError("PDF not chosen");
            }
        };
        Path out = home.resolve("out");
        robot.interact(() -> {
            ExportDialog d = new ExportDialog(stage, window.texts(), lossy, prompter, window.vm(), s -> { }, window::jumpToField);
            d.show();
        });
        settle();
        robot.interact(() -> {
            robot.lookup("#exportPdf").queryAs(javafx.scene.control.CheckBox.class).setSelected(false);
            robot.lookup("#exportFolder").queryAs(TextField.class).setText(out.toString());
            robot.lookup("#exportName").queryAs(TextField.class).setText("缺");
        });
        robot.clickOn("#exportRun");
        waitFor(30, () -> !robot.lookup("#exportOpenFolder").queryButton().isDisabled());
        settle();
        assertThat(texts(robot, "export-file")).containsExactly("缺.docx（指纹 ABCD1234）");
        List<String> errors = texts(robot, "export-problem").stream().filter(t -> t.contains("王明")).toList();
        assertThat(errors).singleElement().asString().contains("团长 › 姓名").contains("没有找到");
        assertThat(robot.lookup(".export-problem").queryAs(Label.class).getStyleClass()).contains("export-error");
        assertThat(robot.lookup("#exportStatus").queryAs(Label.class).getText()).contains("1 个错误");
        Button go = robot.lookup(".export-goto").queryAs(Button.class);
        assertThat(go.getUserData()).isEqualTo("leader.name");
        robot.interact(go::fire);
        settle();
        assertThat(((Node) control("leader.name")).isFocused()).isTrue();
    }
}
