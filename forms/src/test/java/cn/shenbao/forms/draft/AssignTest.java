package cn.shenbao.forms.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typed input → canonical values, as the command line's set and the editors use it. */
class AssignTest {
    private final TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
    private final Draft d = new Draft(t.id(), t.version());

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "castFunding; 80.00; 80.00",
        "castFunding; 12.5; 12.5",
        "castFunding; ８０; 80",
        "castFunding; 80万元; 80",
        "applyDate; 2024-05-20; 2024-05-20",
        "applyDate; 2024/5/2; 2024-05-02",
        "applyDate; 2024年5月20日; 2024-05-20",
        "uscc; 91350100m000100y43; 91350100M000100Y43",
        "contactMobile; 13812345678; 13812345678",
        "contactPhone; 010-62121916; 010-62121916",
        "unitAddress.postcode; 100081; 100081",
        "category; 培育壮大新兴产业; 培育壮大新兴产业",
        "recommendationLetter; 是; true",
        "members[3].name; 张三; 张三",
    })
    void parsesTypedText(String path, String input, String stored) throws ValueException {
        Assign.set(t, d, path, input);
        assertThat(d.text(path)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "castFunding; 12.345; value.money.decimals",
        "castFunding; -1; value.money.negative",
        "castFunding; 八十; value.money.format",
        "applyDate; 2024-02-30; value.date.invalid",
        "applyDate; next week; value.date.format",
        "uscc; 91350100M000100Y44; value.uscc.check",
        "uscc; 9135010; value.uscc.length",
        "contactMobile; 12345; value.mobile.format",
        "contactEmail; a@b; value.email.format",
        "unitAddress.postcode; 10008; value.postcode.format",
        "category; 别的; value.choice.unknown",
        "industryFields; 新材料|火星; value.choice.unknown",
        "noSuchField; x; value.path.unknown",
        "members[0].age; 30; value.path.unknown",
        "leader; 张三; value.notSettable",
        "fundingSum; 3; value.notSettable",
        "projectPeriod; 2024-06-01; value.range.format",
    })
    void refusesWhatIsNotAValue(String path, String input, String key) {
        assertThatThrownBy(() -> Assign.set(t, d, path, input))
                .isInstanceOf(ValueException.class)
                .extracting(e -> ((ValueException) e).key()).isEqualTo(key);
        assertThat(d.keys()).isEmpty();
    }

    @Test
    void messagesNameTheFieldInChineseAndEnglish() {
        ValueException e = org.junit.jupiter.api.Assertions.assertThrows(ValueException.class,
                () -> Assign.set(t, d, "castFunding", "12.345"));
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("申请中国科协项目经费", "两位小数", "12.345");
        assertThat(e.message(Locale.ENGLISH)).contains("申请中国科协项目经费", "two decimals");
    }

    @Test
    void multipleChoicesAndOtherText() throws ValueException {
        Assign.set(t, d, "industryFields", "新材料|其他");
        Assign.set(t, d, "industryFields.other", "新型显示材料");
        assertThat(d.choices("industryFields")).containsExactly("新材料", "其他");
        assertThat(d.text("industryFields.other")).isEqualTo("新型显示材料");
    }

    @Test
    void dateRangeInOneGo() throws ValueException {
        Assign.set(t, d, "projectPeriod", "2024-06-01/2025-03-31");
        assertThat(d.text("projectPeriod.from")).isEqualTo("2024-06-01");
        assertThat(d.text("projectPeriod.to")).isEqualTo("2025-03-31");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2024/6/1 至 2025/3/31",
        "2024/6/1至2025/3/31",
        "2024/06/01 ~ 2025/03/31",
        "2024/6/1 / 2025/3/31",
        "2024年6月1日至2025年3月31日",
        "2024.6.1—2025.3.31",
    })
    void dateRangeAcceptsEveryDateFormThatADateFieldAccepts(String input) throws ValueException {
        Assign.set(t, d, "projectPeriod", input);
        assertThat(d.text("projectPeriod.from")).isEqualTo("2024-06-01");
        assertThat(d.text("projectPeriod.to")).isEqualTo("2025-03-31");
    }

    @Test
    void tableRowsAreCreatedAsNeededAndEditable() throws ValueException {
        Assign.set(t, d, "members[2].name", "王五");
        assertThat(d.rowCount("members")).isEqualTo(3);
        Assign.set(t, d, "members[0].name", "张三");
        d.moveRow("members", 2, 1);
        assertThat(d.rows("members")).extracting(r -> r.get("name")).containsExactly("张三", "王五", null);
        d.removeRow("members", 0);
        assertThat(d.text("members[0].name")).isEqualTo("王五");
        assertThat(d.flatten()).containsEntry("members[0].name", "王五").hasSize(1);
    }

    @Test
    void clearingRemovesTheValue() throws ValueException {
        Assign.set(t, d, "projectName", "x");
        Assign.set(t, d, "projectName", "  ");
        assertThat(d.has("projectName")).isFalse();
        assertThat(d.keys()).isEmpty();
    }

    @Test
    void usccCheckCharacterFollowsGb32100() {
        assertThat(Values.usccProblem("91350100M000100Y43")).isNull();
        String first17 = "91110108MA01ABCD0";
        String code = first17 + Values.usccCheckChar(first17);
        assertThat(Values.usccProblem(code)).isNull();
        for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (c != code.charAt(17)) {
                assertThat(Values.usccProblem(first17 + c)).isEqualTo("value.uscc.check");
            }
        }
        assertThat(Values.usccProblem("91350100M000100Y4I")).isEqualTo("value.uscc.chars");
    }

    @Test
    void copyIsDeep() throws ValueException {
        Assign.set(t, d, "members[0].name", "张三");
        Draft c = d.copy();
        Assign.set(t, c, "members[0].name", "李四");
        assertThat(d.text("members[0].name")).isEqualTo("张三");
        assertThat(c.sameContent(d)).isFalse();
        assertThat(d.copy().sameContent(d)).isTrue();
        assertThat(List.of(d.flatten().keySet())).hasSize(1);
    }

    @Test
    void oneLineTextIsTrimmedLongTextKeepsItsIndent() throws ValueException {
        Assign.set(t, d, "unitName", "  中国汽车工程学会 ");
        assertThat(d.text("unitName")).isEqualTo("中国汽车工程学会");
        Assign.set(t, d, "basis", "\u3000\u3000依据规划。\n ");
        assertThat(d.text("basis")).isEqualTo("\u3000\u3000依据规划。");
    }

    @Test
    void whiteSpaceOnlyCountsAsEmpty() {
        d.set("projectName", " \u3000 ");
        assertThat(d.has("projectName")).isFalse();
        assertThat(cn.shenbao.forms.rules.RuleEngine.check(t, d))
                .anyMatch(f -> f.path().equals("projectName") && f.rule().equals("required"));
    }
}
