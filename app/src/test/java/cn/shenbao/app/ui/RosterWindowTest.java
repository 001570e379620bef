package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.RosterModel;
import cn.shenbao.forms.roster.Expert;
import cn.shenbao.forms.roster.Roster;
import cn.shenbao.forms.roster.RosterField;
import cn.shenbao.forms.roster.RosterFiles;
import cn.shenbao.forms.roster.RosterImport;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** 工具 › 专家库… and 从专家库选择成员…: import with a preview, search, the team of the draft and its figures. */
class RosterWindowTest extends ClientTestBase {
    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    /** A GBK CSV of 22 experts (11 young, 3 托举, 2 蹲点), one row without a name, one person already in the roster. */
    private Path csv() throws Exception {
        StringBuilder sb = new StringBuilder("姓名,单位,职称,手机号码,出生年月,托举,蹲点\r\n");
        for (int i = 1; i <= 22; i++) {
            sb.append("专家").append(i).append(",第").append(i).append("研究所,研究员,138001380").append(String.format("%02d", i))
                    .append(',').append(i <= 11 ? "1988/3/1" : "1960/1/1").append(',').append(i <= 3 ? "是" : "否")
                    .append(',').append(i == 4 || i == 5 ? "是" : "否").append("\r\n");
        }
        sb.append(",无名,,,,,\r\n");
        return Files.write(home.resolve("名单.csv"), sb.toString().getBytes(Charset.forName("GBK")));
    }

    private Path rosterWithOne() throws Exception {
        Roster r = new Roster();
        r.add(Expert.of("专家1", "旧单位", "", "13800138001", "", "", false, false, "老备注"));
        Path f = home.resolve("学会.shenbao-roster");
        RosterFiles.save(r, f);
        return f;
    }

    @Test
    void theModelPreviewsWritesNothingUntilConfirmedAndFindsByPinyin() throws Exception {
        Path file = rosterWithOne();
        byte[] before = Files.readAllBytes(file);
        RosterModel m = new RosterModel(file, new UiTexts(Locale.SIMPLIFIED_CHINESE));
        RosterImport.Preview p = m.preview(csv());
        assertThat(p.added()).hasSize(21);
        assertThat(p.duplicates()).singleElement().satisfies(d -> assertThat(d.existing().id()).isEqualTo("E1"));
        assertThat(m.summary()).contains("新增 21 人").contains("重复 1 人").contains("有问题 1 行");
        assertThat(m.problems()).anySatisfy(l -> assertThat(l).startsWith("第 24 行").contains("姓名为空"));
        assertThat(Files.readAllBytes(file)).as("nothing written before 确认导入").isEqualTo(before);
        m.decide(2, RosterImport.Decision.MERGE);
        RosterImport.Result r = m.confirmImport();
        assertThat(r.added()).isEqualTo(21);
        assertThat(r.merged()).isEqualTo(1);
        Roster saved = RosterFiles.load(file);
        assertThat(saved.size()).isEqualTo(22);
        assertThat(saved.find("E1").orElseThrow().unit()).isEqualTo("第1研究所");
        assertThat(saved.find("E1").orElseThrow().notes()).isEqualTo("老备注");
        m.queryProperty().set("zj");
        assertThat(m.shown()).hasSize(22);
        m.queryProperty().set("第7研究所");
        assertThat(m.shown()).extracting(Expert::name).containsExactly("专家7");
        // a column mapped by hand
        Path odd = Files.writeString(home.resolve("odd.csv"), "姓名,所属机构\n新人,某机构\n");
        assertThat(m.preview(odd).added().get(0).expert().unit()).isEmpty();
        assertThat(m.map("所属机构", RosterField.UNIT).added().get(0).expert().unit()).isEqualTo("某机构");
        m.cancelImport();
        assertThat(RosterFiles.load(file).size()).isEqualTo(22);
    }

    @Test
    void aTeamChosenInTheWindowGoesIntoTheDraftWithLiveFiguresAndUndo(FxRobot robot) throws Exception {
        Path file = rosterWithOne();
        RosterWindow[] w = new RosterWindow[1];
        robot.interact(() -> {
            w[0] = window.showRoster(file, window.vm());
            w[0].show();
            w[0].importFile(csvUnchecked());
        });
        settle();
        snapshot(robot, w[0], "roster-preview.png");
        assertThat(robot.lookup("#rosterProblems").queryAs(javafx.scene.control.ListView.class).getItems())
                .anySatisfy(l -> assertThat(l.toString()).contains("第 24 行"));
        robot.interact(() -> w[0].confirmImport());
        settle();
        assertThat(w[0].table().getItems()).hasSize(22);
        assertThat(robot.lookup("#rosterSummary").queryAs(Label.class).getText()).contains("专家库共 22 人");
        robot.interact(() -> {
            w[0].table().getSelectionModel().selectAll();
            robot.lookup("#rosterAdd").queryAs(Button.class).fire();
        });
        settle();
        RosterModel.TeamChoice c = w[0].choice();
        assertThat(c.members()).hasSize(22);
        assertThat(c.printedCount()).isEqualTo(20);
        String tally = robot.lookup("#rosterTally").queryAs(Label.class).getText();
        assertThat(tally).contains("打印 20 人（最多 20 人）").contains("成员人数 22（要求 ≥ 20）✓")
                .contains("45岁及以下 10（要求 ≥ 10）✓").contains("托举工程入选者 2（要求 ≥ 2）✓").contains("蹲点服务 2（要求 1–2）✓");
        snapshot(robot, w[0], "roster-team.png");
        robot.interact(() -> robot.lookup("#rosterApply").queryAs(Button.class).fire());
        settle();
        assertThat(window.vm().draft().rowCount("roster")).isEqualTo(22);
        assertThat(window.vm().draft().rowCount("members")).isEqualTo(20);
        assertThat(window.vm().draft().text("members[2].contact")).isEqualTo("13800138003"); // E1 kept as it was (no decision: 保留原有)
        assertThat(window.vm().isDirty()).isTrue();
        // the live figures under the team table come from the same rules
        select(robot, "roster");
        Label live = robot.lookup("#roster_tally").queryAs(Label.class);
        assertThat(live.getText()).contains("成员人数 22（要求 ≥ 20）✓");
        assertThat(robot.lookup("#roster_fromRoster").tryQuery()).isPresent();
        robot.interact(() -> window.vm().undo());
        settle();
        assertThat(window.vm().draft().rowCount("roster")).isZero();
        assertThat(live.getText()).contains("成员人数 0（要求 ≥ 20）✗");
    }

    @Test
    void openingADraftWhoseTeamChangedInTheRosterOffersTheUpdate(FxRobot robot) throws Exception {
        Path file = rosterWithOne();
        Roster r = RosterFiles.load(file);
        for (int i = 2; i <= 3; i++) {
            r.add(Expert.of("专家" + i, "第" + i + "研究所", "研究员", "1380013800" + i, "", "1980-01-01", false, false, ""));
        }
        RosterFiles.save(r, file);
        window.model().services().settings().setRoster(file);
        Path draft = home.resolve("申报书.shenbao");
        robot.interact(() -> {
            RosterModel m;
            try {
                m = new RosterModel(file, window.model().texts());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            RosterModel.TeamChoice c = m.team(window.vm());
            c.add(List.copyOf(m.shown()));
            c.apply();
            window.saveAs(draft);
        });
        Roster changed = RosterFiles.load(file);
        changed.replace(changed.find("E2").orElseThrow().with(RosterField.MOBILE, "13999999999"));
        RosterFiles.save(changed, file);
        prompter.unsavedAnswer = cn.shenbao.app.ui.Prompter.Unsaved.DISCARD;
        robot.interact(() -> window.open(draft));
        settle();
        assertThat(prompter.asked).anySatisfy(a -> assertThat(a).startsWith("roster:").contains("专家2（E2）")
                .contains("13800138002 → 13999999999"));
        assertThat(window.vm().draft().text("members[1].contact")).isEqualTo("13999999999");
        assertThat(window.vm().isDirty()).isTrue();
    }

    /** The picture a person sees, to look at (target/roster-*.png). */
    private static void snapshot(FxRobot robot, RosterWindow w, String name) {
        robot.interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                        w.stage().getScene().snapshot(null), null), "png", Path.of("target", name).toFile());
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    private Path csvUnchecked() {
        try {
            return csv();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
