package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The read-back check after export finds a text value that a page break split so that only a line or
 * two of it went to the next page, after the footer of the page and the section heading repeated there
 * or whose cell in a table row split by the page has its last line on the next page, and a value that
 * goes on right after the footer with hex digits (found by EveryValueOnPaperTest: export reported these
 * values missing and the command line exited 3 although every character was printed).
 */
class SelfCheckPageBreakTest {
    private static final String FOOTER = "\n" + PrintTexts.pageOf(4, 12) + "    " + PrintTexts.fingerprint("6cf96bdb") + "\n";
    private static final String HEADING = "四、工作方案（300字以内，须体现项目实施要求）\n";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aValueWhoseLastShortLineWentToTheNextPageIsFound() {
        String value = "服务团将在合肥市开展调研并形成研发指南\n领5𩽾质了";
        String text = HEADING + "服务团将在合肥市开展调研并形成研发指南" + FOOTER + HEADING + "领5𩽾质了\n五、目标及预期成果\n";
        assertThat(SelfCheck.missing(Map.of("workPlan", List.of(value)), text, "PDF", ZH)).isEmpty();
    }

    @Test
    void aValueWhoseFirstShortLineEndsAPageIsFound() {
        String value = "一\n其余的内容在下一页继续写完";
        String text = HEADING + "上一栏的内容一" + FOOTER + HEADING + "其余的内容在下一页继续写完\n";
        assertThat(SelfCheck.missing(Map.of("workPlan", List.of(value)), text, "PDF", ZH)).isEmpty();
    }

    @Test
    void digitsAndLettersRightAfterTheFooterAreNotTakenForTheFingerprint() {
        // the fingerprint is 8 hex digits: "70" at the top of the next page belongs to the value
        String value = "选只3ISO-9001海为图九分争运队种给人合内GB/T\n70９０3许只７见思影";
        String text = HEADING + "选只3ISO-9001海\n为图九分争运队种给人合内GB/T" + FOOTER + "70９０3许只７见思影\n难题问题解决\n";
        assertThat(SelfCheck.missing(Map.of("foundation", List.of(value)), text, "PDF", ZH)).isEmpty();
        String beef = "第一页的最后一行文字就到这里" + FOOTER + "beef0123是下一页";
        assertThat(SelfCheck.missing(Map.of("x", List.of("第一页的最后一行文字就到这里beef0123是下一页")), beef, "PDF", ZH)).isEmpty();
    }

    @Test
    void aValueSpreadOverThreePagesIsFound() {
        String text = HEADING + "开头的一段" + FOOTER + HEADING + "整页都是这一栏" + FOOTER + HEADING + "尾\n";
        assertThat(SelfCheck.missing(Map.of("workPlan", List.of("开头的一段整页都是这一栏尾")), text, "PDF", ZH)).isEmpty();
    }

    @Test
    void aCellWhoseLastLineWentToTheNextPageIsFoundAmongTheOtherCellsOfItsRow() {
        // a table row split by the page: each cell's part on the page is followed by the other cells' parts
        String text = "实施阶段\t经费预算\t目标内容\n商导6之别下\n０ABC斗5定它\n706.32\n联性业珺Lab起都４阶" + FOOTER
                + "实施阶段\t经费预算\t目标内容\n𤩽\n划料构电花件6Li你把\n";
        assertThat(SelfCheck.missing(Map.of("phases[2].stage", List.of("商导6之别下０ABC斗5定它𤩽")), text, "PDF", ZH))
                .isEmpty();
    }

    @Test
    void shortPiecesFarFromAPageBreakDoNotCount() {
        String far = "别的内容".repeat(SelfCheck.NEAR_PAGE_BREAK);
        String text = HEADING + "领5" + far + FOOTER + HEADING + "𩽾质了\n";
        assertThat(SelfCheck.missing(Map.of("workPlan", List.of("领5𩽾质了")), text, "PDF", ZH)).hasSize(1);
        String text2 = HEADING + "领5" + FOOTER + far + "𩽾质了";
        assertThat(SelfCheck.missing(Map.of("workPlan", List.of("领5𩽾质了")), text2, "PDF", ZH)).hasSize(1);
        assertThat(SelfCheck.missing(Map.of("workPlan", List.of("领5𩽾质了没有")), HEADING + "领5" + FOOTER + "𩽾质了", "PDF", ZH))
                .hasSize(1);
    }
}
