package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.text.CharCount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** 字数 as reviewers count them: every character except line breaks. */
class CharCountTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
        "人工智能;4",
        "AI人工智能2024;10",
        "Hello, 世界!;10",
        "“科创中国”人工智能科技服务团，服务1-2个省。;24",
        "（一）研发指南1份；智库报告1份。;17",
        "ＡＢＣ１２３；;7",
        "a b　c;5",
    })
    void everyCharacterCountsOne(String text, int expected) {
        assertThat(CharCount.count(text)).isEqualTo(expected);
    }

    @Test
    void lineBreaksDoNotCount() {
        assertThat(CharCount.count("第一段\n第二段")).isEqualTo(6);
        assertThat(CharCount.count("第一段\r\n第二段\r\n")).isEqualTo(6);
        assertThat(CharCount.count("\n\n\r\n")).isZero();
    }

    @Test
    void charactersOutsideTheBmpCountOne() {
        String ext = new String(Character.toChars(0x2003E));
        assertThat(ext).hasSize(2);
        assertThat(CharCount.count(ext)).isEqualTo(1);
        assertThat(CharCount.count("张" + ext + "明")).isEqualTo(3);
        assertThat(CharCount.count("好\uD83D\uDE00")).isEqualTo(2);
    }

    @Test
    void nullAndEmptyCountZero() {
        assertThat(CharCount.count(null)).isZero();
        assertThat(CharCount.count("")).isZero();
    }
}
