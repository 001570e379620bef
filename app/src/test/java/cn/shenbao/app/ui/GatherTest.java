package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.GatherReview;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.gather.Gathering;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * 工具 › 从绩效目标表汇总… on a T6 draft: gathering a folder of T5 drafts fills the table the user sees;
 * gathering again after the source changed shows the comparison (a change of a cell left alone preset to 取用,
 * an edited cell to 保留), the dialog's boxes decide, and the whole gathering is one undo step.
 */
class GatherTest extends ClientTestBase {
    static final TemplateRegistry REGISTRY = registry();
    Path dir;
    Path t5Dir;
    Path a;
    Path b;
    final DraftFiles files = new DraftFiles(REGISTRY);

    static TemplateRegistry registry() {
        return TemplateRegistry.builtIn();
    }

    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    private Draft t5(String name, String central) {
        Draft d = new Draft(Gathering.SOURCE_TEMPLATE, REGISTRY.get(Gathering.SOURCE_TEMPLATE).version());
        d.set("projectName", name);
        d.set("unit", name + "中心");
        d.set("budgetTotal", "600");
        d.set("budgetCentral", central);
        d.set("direction", "科技成果转移转化");
        d.set("goalOverall", "建设" + name);
        d.addRow("indicators", Map.of("level1", "效益指标", "level2", "经济效益指标", "name", "促进技术合同成交额",
                "unit", "万元", "value", "1500"));
        return d;
    }

    /** A saved T6 draft open in the window and two T5 drafts in a folder beside it. */
    private DraftViewModel openSummary(FxRobot robot) throws Exception {
        dir = Files.createDirectories(home.resolve("汇总"));
        t5Dir = Files.createDirectories(dir.resolve("绩效目标"));
        a = t5Dir.resolve("a.shenbao");
        b = t5Dir.resolve("b.shenbao");
        files.save(t5("中试基地", "200"), a);
        files.save(t5("概念验证中心", "150"), b);
        Path t6 = dir.resolve("建议表.shenbao");
        Draft d = new Draft(Gathering.TARGET_TEMPLATE, 1);
        d.set("recommender", "丽水市");
        d.set("unitName", "丽水市科学技术局");
        files.save(d, t6);
        robot.interact(() -> assertThat(window.open(t6)).isTrue());
        settle();
        return window.vm();
    }

    @Test
    void onlyASummaryGathers(FxRobot robot) {
        robot.interact(() -> window.model().gatherFromPerformanceTables());
        assertThat(prompter.errors).singleElement().asString().contains("拟支持项目建议表");
        assertThat(prompter.asked).doesNotContain("gatherSources");
    }

    @Test
    void gatheringAFolderFillsTheTableAndIsOneUndoStep(FxRobot robot) throws Exception {
        DraftViewModel vm = openSummary(robot);
        prompter.gatherSources = List.of(t5Dir);
        prompter.gatherAnswer = r -> true;
        robot.clickOn("#menuTools").clickOn("#menuGather");
        settle();
        assertThat(prompter.lastReview.newRows()).hasSize(2);
        assertThat(vm.draft().rowCount("projects")).isEqualTo(2);
        select(robot, "projects");
        TextInputControl name = control("projects[1].name");
        assertThat(name.getText()).isEqualTo("概念验证中心");
        TextInputControl content = control("projects[0].content");
        assertThat(content.getText()).isEqualTo("建设中试基地。促进技术合同成交额1500万元。");
        assertThat(window.context().controls()).doesNotContainKey("projects[0].taken")
                .doesNotContainKey("projects[0].source");
        assertThat(window.model().noticeProperty().get()).contains("新增 2 行");
        robot.interact(window::undo);
        settle();
        assertThat(vm.draft().rowCount("projects")).isZero();
    }

    @Test
    void gatheringAgainOffersTheSourcesChangesAndTheUsersChoiceDecides(FxRobot robot) throws Exception {
        DraftViewModel vm = openSummary(robot);
        prompter.gatherSources = List.of(a);
        prompter.gatherAnswer = r -> true;
        robot.interact(() -> window.model().gatherFromPerformanceTables());
        select(robot, "projects");
        TextInputControl content = control("projects[0].content");
        robot.interact(() -> content.setText("我写的主要支持内容"));   // the user's edit, through the editor
        settle();
        Draft src = files.load(a);
        src.set("budgetCentral", "180");
        src.set("goalOverall", "新的总体目标");
        files.save(src, a);

        List<GatherReview> seen = new ArrayList<>();
        prompter.gatherAnswer = r -> {
            seen.add(r);
            return true;
        };
        robot.interact(() -> window.model().gatherFromPerformanceTables());
        settle();
        GatherReview r = seen.get(0);
        assertThat(r.items()).extracting(i -> i.change().column() + "=" + i.take().get())
                .containsExactlyInAnyOrder("content=false", "funding=true", "selfFunding=true");
        assertThat(vm.draft().text("projects[0].funding")).isEqualTo("180");
        assertThat(vm.draft().text("projects[0].content")).isEqualTo("我写的主要支持内容");
        assertThat(((TextInputControl) control("projects[0].funding")).getText()).contains("180");

        // the comparison dialog itself: tick 取用 on the edited cell, confirm
        src.set("goalOverall", "再改的总体目标");
        files.save(src, a);
        GatherReview again = new GatherReview(vm, new Gathering(REGISTRY).plan(vm.draft(), vm.file(), List.of(a)));
        GatherDialog[] dialog = new GatherDialog[1];
        Boolean[] result = new Boolean[1];
        robot.interact(() -> {
            dialog[0] = new GatherDialog(stage, window.texts(), again);
            dialog[0].setOnHidden(e -> result[0] = dialog[0].getResult());
            dialog[0].show();
        });
        settle();
        CheckBox take = robot.lookup("#gatherTake-0-content").queryAs(CheckBox.class);
        assertThat(take.isSelected()).as("an edited cell is kept unless ticked").isFalse();
        assertThat(robot.lookup(".gather-problem").queryAll()).isEmpty();
        robot.clickOn(take);
        assertThat(again.items().get(0).take().get()).isTrue();
        robot.clickOn("#gatherOk");
        settle();
        assertThat(result[0]).isTrue();
        robot.interact(again::apply);
        settle();
        assertThat(vm.draft().text("projects[0].content")).startsWith("再改的总体目标。");
        assertThat(((TextInputControl) control("projects[0].content")).getText()).startsWith("再改的总体目标。");
    }

    @Test
    void aBrokenSourceIsNamedInTheDialogAndChangesNothing(FxRobot robot) throws Exception {
        DraftViewModel vm = openSummary(robot);
        Path broken = Files.writeString(dir.resolve("坏.shenbao"), "{");
        GatherReview review = new GatherReview(vm,
                new Gathering(REGISTRY).plan(vm.draft(), vm.file(), List.of(broken)));
        robot.interact(() -> new GatherDialog(stage, window.texts(), review).show());
        settle();
        assertThat(robot.lookup(".gather-problem").queryLabeled().getText()).contains("坏.shenbao");
        assertThat(robot.lookup("#gatherOk").query().isDisabled()).isTrue();
        robot.interact(review::apply);
        assertThat(vm.draft().rowCount("projects")).isZero();
        assertThat(vm.isDirty()).isFalse();
    }
}
