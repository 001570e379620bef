package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.NewFormChooser;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * 文件 › 新建 offers every form grouped by notice (title, issuer, deadline) with a one-line description;
 * the window title and the navigation say which form a draft is.
 */
class NewFormDialogTest extends ClientTestBase {
    private static final UiTexts ZH = new UiTexts(Locale.SIMPLIFIED_CHINESE);

    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    @Test
    void theChooserGroupsEveryFormByItsNotice() {
        List<TemplateDef> all = TemplateRegistry.builtIn().all();
        NewFormChooser m = new NewFormChooser(all);
        assertThat(m.groups()).as("one group per notice")
                .hasSize((int) all.stream().map(t -> t.notice().title()).distinct().count());
        NewFormChooser.Group kczg = m.groups().get(0);
        assertThat(kczg.notice().title()).isEqualTo("关于开展2024年“科创中国”科技服务团项目申报的通知");
        assertThat(kczg.entries()).extracting(e -> e.template().id()).containsExactly("kczg-2024");
        NewFormChooser.Group lq = m.groups().get(1);
        assertThat(lq.notice().issuer()).isEqualTo("龙泉市科学技术局");
        assertThat(lq.notice().deadline()).isEqualTo("2024-04-15");
        assertThat(lq.entries()).extracting(e -> e.template().id())
                .containsExactly("jblx-2024", "lq-2024-enterprise", "lq-2024-association");
        assertThat(lq.entries()).allSatisfy(e -> assertThat(e.description()).isNotBlank());
        NewFormChooser.Group zj = m.groups().stream().filter(g -> g.notice() != null
                && "浙江省科学技术厅".equals(g.notice().issuer())).findFirst().orElseThrow();
        assertThat(zj.entries()).extracting(e -> e.template().id()).contains("jyb-2024", "jxmb-2024");
        assertThat(NewFormDialog.noticeText(ZH, lq))
                .isEqualTo("关于征集2024年度科技项目技术攻关需求的通知（龙泉市科学技术局，截止 2024年4月15日）");
        assertThat(NewFormDialog.noticeText(new UiTexts(Locale.ENGLISH), lq)).contains("due 2024-04-15");
        assertThat(m.result()).map(TemplateDef::id).hasValue("kczg-2024");
        m.select(all.get(2));
        assertThat(m.result()).hasValue(all.get(2));
    }

    @Test
    void theDialogListsTheNoticesAndReturnsTheChosenForm(FxRobot robot) {
        NewFormChooser m = new NewFormChooser(TemplateRegistry.builtIn().all());
        NewFormDialog[] d = new NewFormDialog[1];
        robot.interact(() -> d[0] = new NewFormDialog(stage, ZH, m));
        List<TreeItem<Object>> groups = d[0].tree().getRoot().getChildren();
        assertThat(groups).hasSize(m.groups().size());
        TreeItem<Object> lq = groups.get(1);
        assertThat(lq.isExpanded()).isTrue();
        assertThat(lq.getChildren()).hasSize(3);
        robot.interact(() -> d[0].tree().getSelectionModel().select(lq.getChildren().get(2)));
        assertThat(m.selectedProperty().get().id()).isEqualTo("lq-2024-association");
        robot.interact(() -> d[0].tree().getSelectionModel().select(lq));
        assertThat(m.selectedProperty().get()).as("a notice is not a form").isNull();
        assertThat(d[0].okButton().isDisabled()).isTrue();
    }

    @Test
    void theWindowTitleAndTheNavigationNameTheForm(FxRobot robot) {
        robot.interact(() -> window.newDraft(TemplateRegistry.builtIn().get("lq-2024-enterprise")));
        settle();
        assertThat(stage.getTitle()).contains("龙泉市2024年度科技项目技术攻关需求征集表（企业填报）");
        Label form = robot.lookup("#navForm").queryAs(Label.class);
        assertThat(form.getText()).isEqualTo("龙泉市2024年度科技项目技术攻关需求征集表（企业填报）");
        assertThat(window.vm().value("region").get()).as("the printed form's default").isEqualTo("龙泉市");
    }

    @Test
    void theNantongSummaryAndTheNationalSelfCheckHaveTheirOwnNotices() {
        NewFormChooser m = new NewFormChooser(TemplateRegistry.builtIn().all());
        NewFormChooser.Group nt = m.groups().stream().filter(g -> g.notice().issuer().startsWith("南通市科学技术局"))
                .findFirst().orElseThrow();
        assertThat(nt.entries()).extracting(e -> e.template().id()).containsExactly("nt-2023-summary");
        assertThat(NewFormDialog.noticeText(ZH, nt)).contains("截止 2024年1月31日");
        NewFormChooser.Group gj = m.groups().stream().filter(g -> g.notice().issuer().equals("工业和信息化部"))
                .findFirst().orElseThrow();
        assertThat(gj.entries()).extracting(e -> e.template().id()).containsExactly("gjzx-2024-eligibility");
        assertThat(gj.entries().get(0).description()).contains("不是官方表格");
    }
}
