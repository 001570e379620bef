package cn.shenbao.forms.rules;

import static cn.shenbao.forms.rules.RuleTesting.T;
import static cn.shenbao.forms.rules.RuleTesting.assertClean;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import org.junit.jupiter.api.Test;

class ValidKczgDraftTest {
    @Test
    void theValidDraftHasNoFindingAtAll() {
        assertClean(ValidKczgDraft.build());
    }

    @Test
    void theValidDraftFillsEveryTopLevelSectionAndTheRoster() {
        Draft d = ValidKczgDraft.build();
        assertThat(d.rowCount("roster")).isGreaterThanOrEqualTo(20);
        assertThat(d.rowCount("phases")).isEqualTo(3);
        assertThat(d.text("uscc")).hasSize(18);
        assertThat(T.id()).isEqualTo(d.templateId());
    }
}
