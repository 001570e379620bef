package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.PackageModel;
import cn.shenbao.forms.paper.PackageSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** 文件 › 装订材料…: parts added, ordered and titled, then both PDFs built. */
class PackageDialogTest extends ClientTestBase {
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    @Test
    void theModelKeepsTheOrderTheUserGives() {
        PackageModel m = new PackageModel();
        m.addDraft(Path.of("申报书.shenbao"));
        m.addFiles(List.of(Path.of("承诺书.pdf"), Path.of("执照.jpg")));
        m.addToc("目录");
        assertThat(m.parts()).extracting(PackageModel.Part::title).containsExactly("目录", "申报书", "承诺书", "执照");
        assertThat(m.move(2, -1)).isEqualTo(1);
        assertThat(m.move(0, -1)).as("the first cannot move up").isZero();
        m.rename(1, " 诚信承诺书 ");
        m.remove(3);
        assertThat(m.parts()).extracting(PackageModel.Part::title).containsExactly("目录", "诚信承诺书", "申报书");
        m.setSets(6);
        PackageSpec s = m.spec();
        assertThat(s.sets()).isEqualTo(6);
        assertThat(s.parts()).extracting(PackageSpec.Part::kind)
                .containsExactly(PackageSpec.Kind.TOC, PackageSpec.Kind.FILES, PackageSpec.Kind.DRAFT);
    }

    @Test
    void theDialogBuildsThePrintingAndTheEmailPdf(FxRobot robot) throws Exception {
        Path out = home.resolve("申报材料.pdf");
        Path letter = EXAMPLES.resolve("package").resolve("推荐函-示例.png").toAbsolutePath();
        PackageDialog[] d = new PackageDialog[1];
        robot.interact(() -> {
            d[0] = window.openPackage();
            d[0].model().addDraft(EXAMPLES.resolve("kczg-2024-sample.shenbao").toAbsolutePath());
            d[0].model().addFiles(List.of(letter));
            d[0].build(out);
        });
        waitFor(120, () -> d[0].last() != null);
        assertThat(out).isRegularFile();
        assertThat(home.resolve("申报材料-电子版.pdf")).isRegularFile();
        assertThat(d[0].last().parts()).hasSize(3);
        assertThat(Files.size(out)).isPositive();
        robot.interact(() -> d[0].stage().close());
    }
}
