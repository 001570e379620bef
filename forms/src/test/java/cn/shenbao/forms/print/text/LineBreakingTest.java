package cn.shenbao.forms.print.text;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.print.text.LineBreaking.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakingTest {
    @Test
    void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        for (char c : "，。、；：？！）》」』”’％".toCharArray()) {
            assertThat(LineBreaking.mayBreak('字', c, Token.NONE)).as("break before %s", c).isFalse();
            assertThat(LineBreaking.mayBreak('9', c, Token.NONE)).as("break before %s after a digit", c).isFalse();
        }
        for (char c : "（《「『“‘".toCharArray()) {
            assertThat(LineBreaking.mayBreak(c, '字', Token.NONE)).as("break after %s", c).isFalse();
        }
        assertThat(LineBreaking.mayBreak('，', '字', Token.NONE)).isTrue();
        assertThat(LineBreaking.mayBreak('字', '（', Token.NONE)).isTrue();
        assertThat(LineBreaking.mayBreak('字', '字', Token.NONE)).isTrue();
    }

    @Test
    void wordsNumbersDashesAndEllipsesStayTogether() {
        assertThat(LineBreaking.mayBreak('a', 'b', Token.NONE)).isFalse();
        assertThat(LineBreaking.mayBreak('2', '0', Token.NONE)).isFalse();
        assertThat(LineBreaking.mayBreak('—', '—', Token.NONE)).isFalse();
        assertThat(LineBreaking.mayBreak('…', '…', Token.NONE)).isFalse();
        assertThat(LineBreaking.mayBreak('4', '年', Token.NONE)).isTrue();
        assertThat(LineBreaking.mayBreak(' ', 'a', Token.NONE)).isTrue();
        assertThat(LineBreaking.mayBreak('-', '5', Token.NONE)).as("010-5095").isFalse();
    }

    @Test
    void eMailAddressesAndUrlsAreFoundAndBreakOnlyAfterAtDotSlash() {
        String text = "邮箱：zhangjg@sae-china.org，网址 https://www.cast.org.cn/kczg/2024。";
        List<LineBreaking.Span> spans = LineBreaking.tokens(text);
        assertThat(spans).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("zhangjg@sae-china.org", "https://www.cast.org.cn/kczg/2024");
        assertThat(LineBreaking.tokenMode("zhangjg@sae-china.org", s -> true)).isEqualTo(Token.WHOLE);
        assertThat(LineBreaking.tokenMode("zhangjg@sae-china.org", s -> s.length() <= 12)).isEqualTo(Token.AT_DOTS);
        assertThat(LineBreaking.tokenMode("zhangjg@sae-china.org", s -> s.length() <= 5))
                .isEqualTo(Token.AT_DOTS_HYPHENS);
        assertThat(LineBreaking.mayBreak('g', '@', Token.WHOLE)).isFalse();
        assertThat(LineBreaking.mayBreak('-', 'c', Token.WHOLE)).isFalse();
        assertThat(LineBreaking.mayBreak('@', 's', Token.AT_DOTS)).isTrue();
        assertThat(LineBreaking.mayBreak('.', 'o', Token.AT_DOTS)).isTrue();
        assertThat(LineBreaking.mayBreak('-', 'c', Token.AT_DOTS)).isFalse();
        assertThat(LineBreaking.mayBreak('-', 'c', Token.AT_DOTS_HYPHENS)).isTrue();
    }
}
