package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.draft.ValueException;
import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.template.FieldDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 统一社会信用代码 (GB 32100-2015). */
class UsccTest {
    private static final FieldDef USCC = ValidKczgDraft.template().field("uscc");

    @Test
    void aPublishedExampleIsValid() {
        assertThat(Values.usccProblem("91350100M000100Y43")).isNull();
        assertThat(Values.usccCheckChar("91350100M000100Y4")).isEqualTo('3');
    }

    @ParameterizedTest
    @ValueSource(strings = {"51100000500012345", "91110108MA01ABCDE", "12100000400000624", "9132050000000000X", "31110000000000000"})
    void codesCompletedWithTheCheckCharAreValid(String first17) {
        String code = first17 + Values.usccCheckChar(first17);
        assertThat(Values.usccProblem(code)).isNull();
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        assertThat(Values.usccProblem(first17 + wrong)).isEqualTo("value.uscc.check");
    }

    @Test
    void aWrongCheckCharIsFound() {
        assertThat(Values.usccProblem("91350100M000100Y44")).isEqualTo("value.uscc.check");
        assertThat(Values.usccProblem("91350100M000100Y4")).isEqualTo("value.uscc.length");
        assertThat(Values.usccProblem("91350100M000100YI3")).isEqualTo("value.uscc.chars");
    }

    @Test
    void lowercaseAndFullWidthInputIsAccepted() throws ValueException {
        assertThat(Values.parse(USCC, "91350100m000100y43")).isEqualTo("91350100M000100Y43");
        assertThat(Values.parse(USCC, " ９１３５０１００Ｍ０００１００Ｙ４３ ")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void aWrongCodeIsRefusedWhenTyped() {
        assertThatThrownBy(() -> Values.parse(USCC, "91350100m000100y44"))
                .isInstanceOfSatisfying(ValueException.class, e -> assertThat(e.key()).isEqualTo("value.uscc.check"));
    }
}
