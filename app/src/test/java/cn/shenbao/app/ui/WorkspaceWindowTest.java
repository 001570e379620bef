package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.WorkspaceModel;
import cn.shenbao.app.ui.model.WorkspaceModel.Row;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** 文件 › 打开工作区…: the findings over a folder of drafts; a row opens its draft at the field. */
class WorkspaceWindowTest extends ClientTestBase {
    private static final Path SAMPLE = Path.of("..", "docs", "examples", "kczg-2024-sample.shenbao");

    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    private Path workspace() throws Exception {
        Path ws = Files.createDirectories(home.resolve("学会"));
        Files.copy(SAMPLE, ws.resolve("甲.shenbao"));
        Files.createDirectories(ws.resolve("二团"));
        Files.copy(SAMPLE, ws.resolve("二团/乙.shenbao"));
        Files.writeString(ws.resolve("坏.shenbao"), "{\"format\": \"shenbao-dra");
        return ws;
    }

    @Test
    void theModelListsTheBrokenFileFirstAndSharedItemsWithTheOtherDraft() throws Exception {
        Path ws = workspace();
        WorkspaceModel m = new WorkspaceModel(TemplateRegistry.builtIn(), new UiTexts(Locale.SIMPLIFIED_CHINESE));
        WorkspaceModel.Outcome out = m.check(ws);
        assertThat(out.hasErrors()).isTrue();
        assertThat(out.rows().get(0).file()).isEqualTo("坏.shenbao");
        assertThat(out.rows().get(0).broken()).isTrue();
        assertThat(out.rows().get(0).message()).contains("坏.shenbao");
        Row problem = out.rows().stream().filter(r -> r.file().equals("甲.shenbao") && "problemName".equals(r.target().path()))
                .findFirst().orElseThrow();
        assertThat(problem.place()).isEqualTo("难题问题名称");
        assertThat(problem.message()).contains("二团/乙.shenbao");
        assertThat(problem.others()).extracting(WorkspaceModel.Target::name, WorkspaceModel.Target::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("二团/乙.shenbao", "problemName"));
        assertThat(out.summary()).contains("共检查 2 份草稿（1 份无法读取");
        assertThat(Files.readString(ws.resolve("坏.shenbao"))).isEqualTo("{\"format\": \"shenbao-dra");
    }

    @Test
    void aDoubleClickedRowOpensThatDraftAtTheField(FxRobot robot) throws Exception {
        Path ws = workspace();
        WorkspaceWindow[] w = new WorkspaceWindow[1];
        robot.interact(() -> {
            w[0] = window.showWorkspace(ws);
            w[0].show();
        });
        waitFor(30, () -> !w[0].table().getItems().isEmpty());
        Row shared = w[0].table().getItems().stream()
                .filter(r -> r.file().equals("二团/乙.shenbao") && "problemName".equals(r.target().path())).findFirst().orElseThrow();
        robot.interact(() -> window.openAt(shared.others().get(0)));
        settle();
        assertThat(window.vm().file().getFileName().toString()).isEqualTo("甲.shenbao");
        Draft shown = window.vm().draft();
        assertThat(shown.text("problemName")).isEqualTo(new DraftFiles(TemplateRegistry.builtIn()).load(SAMPLE).text("problemName"));
        assertThat(window.context().controls().get("problemName").isFocused()).isTrue();
        robot.interact(() -> w[0].stage().close());
    }

    @Test
    void exportAllWritesEveryDraftWithProgressAndThePrintingSheet(FxRobot robot) throws Exception {
        Path ws = Files.createDirectories(home.resolve("学会"));
        Files.copy(SAMPLE, ws.resolve("甲.shenbao"));
        Files.copy(Path.of("..", "docs", "examples", "lq-2024-enterprise-sample.shenbao"), ws.resolve("乙.shenbao"));
        Path out = home.resolve("导出");
        WorkspaceWindow[] w = new WorkspaceWindow[1];
        robot.interact(() -> {
            w[0] = window.showWorkspace(ws);
            w[0].stage().show();
            w[0].exportAll(out);
        });
        waitFor(120, () -> w[0].lastExport() != null);
        settle();
        assertThat(w[0].lastExport().documents()).hasSize(2).allMatch(d -> d.exported() && d.pages() > 0);
        assertThat(out.resolve("乙.pdf")).isRegularFile();
        assertThat(out.resolve("打印清单.txt")).isRegularFile();
        robot.interact(() -> w[0].stage().close());
    }
}
