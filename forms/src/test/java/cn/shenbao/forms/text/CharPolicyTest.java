package cn.shenbao.forms.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The per-class character policy (issue 9, defect 9) and how values are shown in messages (defect 8). */
class CharPolicyTest {
    @Test
    void eachClassIsRecognised() {
        for (int c : new int[] {0, 7, 0x0B, 0x0C, 0x1B, 0x7F, 0x85, 0x9B}) {
            assertThat(CharPolicy.kindOf(c)).as("U+%04X", c).isEqualTo(CharPolicy.Kind.CONTROL);
        }
        for (int c : new int[] {0x202E, 0x202A, 0x2066, 0x200F, 0x061C}) {
            assertThat(CharPolicy.kindOf(c)).as("U+%04X", c).isEqualTo(CharPolicy.Kind.BIDI);
        }
        for (int c : new int[] {0x200B, 0x200D, 0x2060, 0xFEFF}) {
            assertThat(CharPolicy.kindOf(c)).as("U+%04X", c).isEqualTo(CharPolicy.Kind.INVISIBLE);
        }
        for (int c : new int[] {'\t', '\n', '申', 0x20000, 0x3000, '“'}) {
            assertThat(CharPolicy.kindOf(c)).as("U+%04X", c).isNull();
        }
    }

    @Test
    void crlfIsALineBreakALoneCrIsAControl() {
        assertThat(CharPolicy.firstHit("一\r\n二")).isNull();
        CharPolicy.Hit h = CharPolicy.firstHit("一\r二");
        assertThat(h.kind()).isEqualTo(CharPolicy.Kind.CONTROL);
        assertThat(h.position()).isEqualTo(2);
        assertThat(CharPolicy.normaliseTyped("一\r二\r\n三")).isEqualTo("一\n二\n三");
    }

    @Test
    void printableLeavesOutEveryClassAndKeepsTheRest() {
        assertThat(CharPolicy.printable("𠀾a\u001b\u202eb\u200bc\r\nd\re\tf")).isEqualTo("𠀾abc\r\nde\tf");
        String same = "普通文字";
        assertThat(CharPolicy.printable(same)).isSameAs(same);
    }

    @Test
    void shownValuesAreEscapedAndShortened() {
        assertThat(Shown.escape("a\u001b[2Jb\u0007\u202e\n\t")).isEqualTo("a\\u001B[2Jb\\u0007\\u202E\n\t");
        String long100 = "字".repeat(100);
        assertThat(Shown.value(Locale.SIMPLIFIED_CHINESE, long100)).isEqualTo("字".repeat(80) + "…（共 100 字）");
        assertThat(Shown.value(Locale.ENGLISH, long100)).endsWith("… (100 characters in all)");
        assertThat(Shown.value(Locale.SIMPLIFIED_CHINESE, "𠀾".repeat(81))).startsWith("𠀾".repeat(80) + "…");
    }
}
