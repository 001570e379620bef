package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.PackageModel;
import cn.shenbao.forms.paper.PackageSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

    @Test
    void aSavedListOpensAgainWithItsPartsAndOptionsAndABrokenOneChangesNothing() throws Exception {
        PackageModel m = new PackageModel();
        m.addToc("目录");
        m.addDraft(EXAMPLES.resolve("kczg-2024-sample.shenbao").toAbsolutePath().normalize());
        m.addFiles(List.of(EXAMPLES.resolve("package").resolve("推荐函-示例.png").toAbsolutePath().normalize()));
        m.rename(1, "项目申报书");
        m.setSets(6);
        m.setBindingMarginMm(15);
        m.setDuplexRightStart(false);
        m.setTitle("2024年申报材料");
        Path spec = home.resolve("清单.json");
        assertThat(m.save(spec, Locale.SIMPLIFIED_CHINESE)).isNull();
        // the very file the package builder reads
        assertThat(PackageSpec.read(spec).parts()).extracting(PackageSpec.Part::title)
                .containsExactly("目录", "项目申报书", "推荐函-示例");

        PackageModel back = new PackageModel();
        assertThat(back.open(spec, Locale.SIMPLIFIED_CHINESE)).isNull();
        assertThat(back.parts()).isEqualTo(m.parts());
        assertThat(back.sets()).isEqualTo(6);
        assertThat(back.bindingMarginMm()).isEqualTo(15);
        assertThat(back.duplexRightStart()).isFalse();
        assertThat(back.title()).isEqualTo("2024年申报材料");

        Path broken = home.resolve("坏的清单.json");
        Files.writeString(broken, "{\"parts\": [{\"title\": \"申报书\", \"draft\": \"a.shenbao\", \"toc\": true}]}");
        String problem = back.open(broken, Locale.SIMPLIFIED_CHINESE);
        assertThat(problem).contains("坏的清单.json").contains("parts[0]").contains("须且只能给出");
        assertThat(back.parts()).as("nothing changed").isEqualTo(m.parts());
        assertThat(back.sets()).isEqualTo(6);
        assertThat(m.save(home.resolve("没有的文件夹").resolve("清单.json"), Locale.SIMPLIFIED_CHINESE))
                .contains("清单.json").contains("无法保存");
    }

    @Test
    void theDialogSavesItsListAndOpensOneWithItsOptions(FxRobot robot) throws Exception {
        Path spec = home.resolve("装订清单.json");
        PackageDialog[] d = new PackageDialog[1];
        robot.interact(() -> {
            d[0] = window.openPackage();
            d[0].model().addDraft(EXAMPLES.resolve("kczg-2024-sample.shenbao").toAbsolutePath());
            robot.lookup("#packageSets").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(6);
        });
        prompter.saveAnswer = spec;
        robot.clickOn("#packageSaveSpec");
        settle();
        assertThat(prompter.asked).contains("saveFile:装订清单.json");
        assertThat(PackageSpec.read(spec).sets()).isEqualTo(6);
        assertThat(PackageSpec.read(spec).parts()).hasSize(2);
        assertThat(robot.lookup("#packageStatus").queryAs(javafx.scene.control.Label.class).getText())
                .contains("已保存装订清单 装订清单.json");
        robot.interact(() -> d[0].stage().close());

        // a new dialog opens the list: parts, sets and right-hand starts as saved
        Files.writeString(spec, Files.readString(spec).replace("\"duplexRightStart\" : true", "\"duplexRightStart\" : false"));
        robot.interact(() -> d[0] = window.openPackage());
        prompter.openFileAnswer = spec;
        robot.clickOn("#packageOpenSpec");
        settle();
        javafx.scene.control.ListView<?> list = robot.lookup("#packageParts").queryAs(javafx.scene.control.ListView.class);
        assertThat(list.getItems()).hasSize(2);
        assertThat(list.getItems().get(1).toString()).contains("kczg-2024-sample");
        assertThat(robot.lookup("#packageSets").queryAs(javafx.scene.control.Spinner.class).getValue()).isEqualTo(6);
        assertThat(robot.lookup("#packageDuplex").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
        assertThat(d[0].model().duplexRightStart()).isFalse();

        // a list that is not JSON: said with its name, the dialog unchanged
        Path broken = home.resolve("损坏.json");
        Files.writeString(broken, "{\"parts\": [");
        prompter.openFileAnswer = broken;
        robot.clickOn("#packageOpenSpec");
        settle();
        assertThat(prompter.errors).singleElement().asString().contains("损坏.json").contains("不是有效的 JSON");
        assertThat(list.getItems()).hasSize(2);
        assertThat(d[0].model().sets()).isEqualTo(6);
        robot.interact(() -> d[0].stage().close());
    }
}
