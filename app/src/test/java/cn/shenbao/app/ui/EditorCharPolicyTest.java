package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

/** Issue 9, defect 9 in the editors: the same character policy as set, validate and export. */
class EditorCharPolicyTest {
    private static final TemplateDef T = TemplateRegistry.builtIn().get("kczg-2024");

    @Test
    void zeroWidthCharactersAreRemovedAndALoneCrBecomesALineBreak() {
        DraftViewModel vm = new DraftViewModel(T, new Draft(T.id(), T.version()), null);
        vm.value("projectName").set("科\u200b创\ufeff中国");
        vm.normalize("projectName");
        assertThat(vm.draft().text("projectName")).isEqualTo("科创中国");
        vm.value("unitIntro").set("一\r二");
        vm.normalize("unitIntro");
        assertThat(vm.draft().text("unitIntro")).isEqualTo("一\n二");
    }

    @Test
    void aControlCharacterIsAnErrorOnTheFieldAtOnce() {
        DraftViewModel vm = new DraftViewModel(T, new Draft(T.id(), T.version()), null);
        vm.value("projectName").set("“科创中国”\u001b[2J科技服务团");
        vm.normalize("projectName");
        assertThat(vm.findingsAt("projectName")).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("chars");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }
}
