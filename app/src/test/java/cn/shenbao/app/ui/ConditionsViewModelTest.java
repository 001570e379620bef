package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.junit.jupiter.api.Test;

/**
 * The view-model follows conditions ({@code when}) at once: changing the tested choice flips the shown property of
 * the conditional fields and parts, the hidden fields' values stay in the draft, their findings go away and come
 * back, and the values kept in hidden fields are listed for the export warning.
 */
class ConditionsViewModelTest {
    static final String JSON = """
            {"id": "cond-vm", "version": 1, "title": "条件",
             "sections": [
               {"id": "main", "title": "基本", "fields": [
                 {"id": "kind", "label": "类别", "type": "SINGLE_CHOICE", "options": ["甲类", "乙类"]},
                 {"id": "onlyA", "label": "甲类专有", "type": "TEXT", "required": true, "when": {"path": "kind", "in": ["甲类"]}}
               ]},
               {"id": "partB", "title": "乙类", "when": {"path": "kind", "in": ["乙类"]}, "fields": [
                 {"id": "bText", "label": "乙类说明", "type": "TEXT", "required": true}
               ]}
             ]}""";

    @Test
    void switchingTheChoiceShowsAndHidesAtOnceAndKeepsTheValues() throws Exception {
        TemplateDef t = TemplateRegistry.load(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)), "cond-vm.json");
        DraftViewModel vm = new DraftViewModel(t, new Draft(t.id(), t.version()), null);
        ReadOnlyBooleanProperty a = vm.shownProperty("onlyA");
        ReadOnlyBooleanProperty b = vm.sectionShownProperty("partB");
        assertThat(a.get()).isFalse();
        assertThat(b.get()).isFalse();
        vm.value("kind").set("甲类");
        assertThat(a.get()).isTrue();
        assertThat(b.get()).isFalse();
        assertThat(vm.allFindings()).extracting(Finding::path).contains("onlyA").doesNotContain("bText");
        vm.value("onlyA").set("甲类的值");
        vm.value("kind").set("乙类");
        assertThat(a.get()).isFalse();
        assertThat(b.get()).isTrue();
        assertThat(vm.draft().text("onlyA")).isEqualTo("甲类的值");
        assertThat(vm.hiddenValues()).containsExactly("onlyA");
        assertThat(vm.allFindings()).extracting(Finding::path).contains("bText").doesNotContain("onlyA");
        vm.undo();
        assertThat(vm.draft().text("kind")).isEqualTo("甲类");
        assertThat(a.get()).isTrue();
        assertThat(vm.hiddenValues()).isEmpty();
    }
}
