package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class FilesTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    private void fill(FxRobot robot) {
        robot.interact(() -> {
            var vm = window.vm();
            vm.value("projectName").set("“科创中国”人工智能科技服务团");
            vm.value("applyDate").set("2024-05-20");
            vm.value("unitIntro").set("单位简介\n第二行");
            vm.value("castFunding").set("80");
            vm.value("projectPeriod.from").set("2024-06-01");
            vm.setChoice("industryFields", "新材料", true);
            vm.setChoice("industryFields", "其他", true);
            vm.value("industryFields.other").set("海洋经济");
            vm.value("category").set("培育壮大新兴产业");
            vm.value("recommendationLetter").set("true");
            vm.table("members").paste("张三\t单位甲\t13800000001\t负责\n李四\t单位乙\t13800000002\t参与");
        });
        settle();
    }

    @Test
    void saveAndReopenFindsEveryValue(FxRobot robot) throws Exception {
        fill(robot);
        Map<String, String> before = window.vm().draft().flatten();
        Path file = home.resolve("申报书.shenbao");
        robot.interact(() -> assertThat(window.saveAs(file)).isTrue());
        assertThat(window.vm().isDirty()).isFalse();
        assertThat(stage.getTitle()).startsWith("申报书.shenbao");

        robot.interact(() -> window.newDraft(KCZG));
        assertThat(window.vm().draft().flatten()).isEmpty();
        robot.interact(() -> assertThat(window.open(file)).isTrue());
        settle();
        assertThat(window.vm().draft().flatten()).isEqualTo(before);
        robot.interact(() -> window.buildAllSections());
        settle();
        assertThat(((TextField) control("projectName")).getText()).isEqualTo("“科创中国”人工智能科技服务团");
        assertThat(((DatePicker) control("applyDate")).getEditor().getText()).isEqualTo("2024年5月20日");
        assertThat(((TextArea) control("unitIntro")).getText()).isEqualTo("单位简介\n第二行");
        assertThat(((TextField) control("members[1].name")).getText()).isEqualTo("李四");
        assertThat(((TextField) control("industryFields.other")).getText()).isEqualTo("海洋经济");
        assertThat(((CheckBox) control("recommendationLetter")).isSelected()).isTrue();
        assertThat(window.vm().isDirty()).isFalse();
        assertThat(Files.readString(home.resolve("recent.txt"))).contains("申报书.shenbao");
    }

    @Test
    void aBrokenOrForeignFileShowsTheErrorAndChangesNothing(FxRobot robot) throws Exception {
        fill(robot);
        var vmBefore = window.vm();
        Path broken = home.resolve("broken.shenbao");
        Files.writeString(broken, "{\"format\":\"shenbao-draft\",\"formatVersion\":1,\"templ", StandardCharsets.UTF_8);
        Path foreign = home.resolve("notes.shenbao");
        Files.writeString(foreign, "{\"hello\":1}", StandardCharsets.UTF_8);
        byte[] brokenBytes = Files.readAllBytes(broken);
        robot.interact(() -> assertThat(window.open(broken)).isFalse());
        robot.interact(() -> assertThat(window.open(foreign)).isFalse());
        assertThat(prompter.errors).hasSize(2);
        assertThat(prompter.errors.get(0)).contains("broken.shenbao");
        assertThat(prompter.errors.get(1)).contains("notes.shenbao");
        assertThat(window.vm()).isSameAs(vmBefore);
        assertThat(window.vm().draft().text("projectName")).isEqualTo("“科创中国”人工智能科技服务团");
        assertThat(Files.readAllBytes(broken)).isEqualTo(brokenBytes);
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        fill(robot);
        prompter.unsavedAnswer = Prompter.Unsaved.CANCEL;
        robot.interact(() -> assertThat(window.confirmDiscard()).isFalse());
        prompter.unsavedAnswer = Prompter.Unsaved.SAVE;
        prompter.saveAnswer = home.resolve("saved-on-close.shenbao");
        robot.interact(() -> assertThat(window.confirmDiscard()).isTrue());
        assertThat(Files.exists(home.resolve("saved-on-close.shenbao"))).isTrue();
        assertThat(prompter.asked).hasSize(2);
        robot.interact(() -> assertThat(window.confirmDiscard()).isTrue());
        assertThat(prompter.asked).hasSize(2);
    }

    @Test
    void afterACrashTheAutosaveIsOfferedAndRestoresTheWork(FxRobot robot) throws Exception {
        fill(robot);
        Map<String, String> before = window.vm().draft().flatten();
        robot.interact(() -> window.autosave());
        window.flushAutosave();
        assertThat(recovery.pending()).as("a live session is not offered to others").isEmpty();
        // the process dies: nothing is saved, nothing is cleaned up, the OS releases the lock
        window.simulateCrash();
        assertThat(recovery.pending()).hasSize(1);

        MainWindow[] next = new MainWindow[1];
        robot.interact(() -> {
            next[0] = newWindow(new Stage());
            next[0].newDraft(KCZG);
            assertThat(next[0].offerRecovery()).isTrue();
        });
        assertThat(prompter.asked).anyMatch(a -> a.startsWith("recover:"));
        Draft recovered = next[0].vm().draft();
        assertThat(recovered.flatten()).isEqualTo(before);
        assertThat(next[0].vm().isDirty()).isTrue();
        next[0].flushAutosave();
        robot.interact(() -> {
            prompter.unsavedAnswer = Prompter.Unsaved.DISCARD;
            assertThat(next[0].close()).isTrue();
        });
        assertThat(recovery.pending()).isEmpty();
        assertThat(Files.list(recovery.dir()).filter(p -> p.toString().endsWith(DraftFiles.EXTENSION)).count()).isZero();
    }

    @Test
    void structuralEditsAreBackedUpAtOnce(FxRobot robot) throws Exception {
        select(robot, "team");
        robot.clickOn("#members_add");
        window.flushAutosave();
        window.simulateCrash();
        assertThat(recovery.pending()).hasSize(1);
        Draft copy = recovery.load(recovery.pending().get(0));
        assertThat(copy.rowCount("members")).isEqualTo(1);
    }

    @Test
    void undoingBackToTheSavedStateMakesTheDraftCleanAgain(FxRobot robot) throws Exception {
        Path file = home.resolve("撤销.shenbao");
        robot.interact(() -> {
            window.vm().value("projectName").set("甲");
            window.vm().sealUndo();
            assertThat(window.saveAs(file)).isTrue();
            window.vm().value("projectName").set("乙");
            window.vm().sealUndo();
            window.vm().table("members").addRow();
        });
        settle();
        assertThat(stage.getTitle()).startsWith("*撤销.shenbao");
        robot.interact(() -> window.undo());
        assertThat(window.vm().isDirty()).as("one step before the saved state").isTrue();
        robot.interact(() -> window.undo());
        settle();
        assertThat(window.vm().draft().text("projectName")).isEqualTo("甲");
        assertThat(window.vm().isDirty()).as("back exactly at the saved state").isFalse();
        assertThat(stage.getTitle()).startsWith("撤销.shenbao");
        robot.interact(() -> assertThat(window.confirmDiscard()).isTrue());
        assertThat(prompter.asked).as("no question on close").isEmpty();
        // past the saved state (undo of the value saved) the draft differs again; redo returns to it
        robot.interact(() -> window.undo());
        assertThat(window.vm().isDirty()).isTrue();
        robot.interact(() -> window.redo());
        assertThat(window.vm().isDirty()).isFalse();
        robot.interact(() -> window.redo());
        assertThat(window.vm().isDirty()).isTrue();
        // a new edit after undoing the saved step makes the saved state unreachable
        robot.interact(() -> {
            window.undo();
            window.undo();
            window.undo();
            window.vm().value("projectName").set("丙");
            window.vm().sealUndo();
            window.undo();
        });
        assertThat(window.vm().draft().text("projectName")).isEmpty();
        assertThat(window.vm().isDirty()).as("the empty draft is not what was saved").isTrue();
    }
}
