package cn.shenbao.forms.rules;

import static cn.shenbao.forms.rules.RuleTesting.ZH;
import static cn.shenbao.forms.rules.RuleTesting.assertClean;
import static cn.shenbao.forms.rules.RuleTesting.assertFinding;
import static cn.shenbao.forms.rules.RuleTesting.of;
import static cn.shenbao.forms.rules.RuleTesting.single;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.text.CharCount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules the kczg-2024 field definitions imply (required, 字数, formats, rows, choices). */
class ImplicitRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "projectName;项目名称",
        "applicant;申报单位",
        "contactMobile;手机",
        "contactEmail;电子邮箱",
        "unitName;单位名称",
        "uscc;统一社会信用代码",
        "unitAddress.address;通讯地址及邮编 › 通讯地址",
        "unitAddress.postcode;通讯地址及邮编 › 邮编",
        "unitHead.phone;负责人 › 联系电话",
        "unitContact.email;联系人 › 电子邮箱",
        "unitIntro;申报单位简介",
        "leader.name;团长 › 姓名",
        "chiefExpert.proTitle;首席专家 › 专业职称",
        "industry;拟重点服务的产业领域",
        "cities;拟重点服务的示范市和试点城市（园区）、以及该产业链在省内布局的其他城市",
        "basis;立项依据和目的",
        "workPlan;工作方案",
        "goals;目标及预期成果",
        "conditions;组织实施条件",
        "projectPeriod.from;项目起止时间 › 起",
        "phases[1].content;实施阶段 第2行 › 目标内容",
        "members[0].duty;项目负责人及主要参加人员 第1行 › 在本项目中承担的主要工作",
        "roster[5].name;服务团成员名册 第6行 › 姓名",
        "expenses[2].item;经费支出预算表 第3行 › 支出内容",
        "castFunding;申请中国科协项目经费",
        "problemName;难题问题名称",
        "category;所属分类",
        "industryFields;产业领域",
        "keyAreas;是否国家（地方）鼓励或支持的重点领域",
        "investment;解决难题问题预计总投入",
        "location.siteType;实施地点 › 是否位于创新驱动示范市（区）或“科创中国”试点城市（园区）",
        "assessment;全国学会评估意见",
        "solution;难题问题解决初步方案",
    })
    void anEmptyRequiredFieldIsAnError(String path, String label) {
        Draft d = ValidKczgDraft.build();
        if (path.equals("industryFields") || path.equals("keyAreas") || path.equals("location.siteType")) {
            d.setChoices(path, List.of());
        } else {
            d.set(path, null);
        }
        Finding f = assertFinding(single(d, "required"), path, Severity.ERROR, label);
        assertThat(f.message(ZH)).isEqualTo("请填写“" + label + "”。");
    }

    @Test
    void optionalFieldsMayStayEmpty() {
        Draft d = ValidKczgDraft.build();
        for (String p : List.of("projectNo", "contactPhone", "applyDate", "otherCities", "resources.local")) {
            d.set(p, null);
        }
        assertClean(d);
    }

    @Test
    void anEmptyRequiredTableIsAnError() {
        Draft d = ValidKczgDraft.build();
        d.setRows("memberUnits", List.of());
        assertFinding(single(d, "minRows"), "memberUnits", Severity.ERROR, "服务团组成单位名称");
    }

    @ParameterizedTest(name = "{0} ≤ {1}")
    @CsvSource({"unitIntro,200,申报单位简介", "basis,200,立项依据和目的", "workPlan,300,工作方案",
            "goals,300,目标及预期成果", "conditions,300,组织实施条件"})
    void textsAtTheLimitPassAndOneMoreIsAnError(String path, int limit, String label) {
        Draft d = ValidKczgDraft.build();
        String base = d.text(path);
        String atLimit = base + "字".repeat(limit - CharCount.count(base));
        assertThat(CharCount.count(atLimit)).isEqualTo(limit);
        d.set(path, atLimit);
        assertClean(d);
        d.set(path, atLimit.replaceFirst("。", "。\n\r\n"));
        assertClean(d);

        d.set(path, atLimit + "a");
        Finding f = assertFinding(single(d, "maxChars"), path, Severity.ERROR, label);
        assertThat(f.message(ZH)).isEqualTo("“" + label + "”限 " + limit + " 字，现 " + (limit + 1) + " 字，请删减 1 字。");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "uscc;91350100M000100Y44;value.uscc.check;统一社会信用代码",
        "uscc;91350100M000100Y4;value.uscc.length;统一社会信用代码",
        "uscc;91350100M000100YO3;value.uscc.chars;统一社会信用代码",
        "unitAddress.postcode;10008;value.postcode.format;通讯地址及邮编 › 邮编",
        "unitAddress.postcode;1000834;value.postcode.format;通讯地址及邮编 › 邮编",
        "contactMobile;1381234567;value.mobile.format;手机",
        "contactMobile;010-62121916;value.mobile.format;手机",
        "leader.mobile;23812345678;value.mobile.format;团长 › 手机",
        "contactPhone;12345;value.phone.format;电话",
        "unitHead.phone;010-621;value.phone.format;负责人 › 联系电话",
        "contactEmail;liming@;value.email.format;电子邮箱",
        "chiefExpert.email;sunwei.nju.edu.cn;value.email.format;首席专家 › 电子邮箱",
        "applyDate;2024-02-30;value.date.invalid.field;申报日期",
        "roster[0].birthDate;1985-13-01;value.date.invalid.field;服务团成员名册 第1行 › 出生日期",
        "phases[0].from;2024/6/1;value.date.format.field;实施阶段 第1行 › 开始日期",
        "castFunding;-5;value.money.negative;申请中国科协项目经费",
        "ownFunding;12.345;value.money.decimals;自有经费",
        "totalBudget;一百;value.money.format;经费总预算",
        "expenses[0].cast;-1;value.money.negative;经费支出预算表 第1行 › 申请中国科协经费",
        "phases[0].budget;30.125;value.money.decimals;实施阶段 第1行 › 经费预算（万元）",
        "investment;1e3;value.money.format;解决难题问题预计总投入",
    })
    void badlyFormattedValuesAreErrors(String path, String value, String key, String label) {
        Draft d = ValidKczgDraft.build();
        d.set(path, value);
        Finding f = assertFinding(single(d, "format"), path, Severity.ERROR, label);
        assertThat(f.key()).isEqualTo(key);
        if (!key.equals("value.money.negative")) {
            assertThat(f.message(ZH)).contains(value);
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "contactMobile;+86 13812345678",
        "contactMobile;19912345678",
        "contactPhone;(010)62121916",
        "contactPhone;0571-87654321转123",
        "contactPhone;400-810-8888",
        "unitHead.phone;13812345678",
        "contactEmail;li.ming+shenbao@mail.caai.org.cn",
        "unitAddress.postcode;310027",
        "investment;0",
        "investment;12.5",
        "investment;12.34",
    })
    void wellFormattedValuesPass(String path, String value) {
        Draft d = ValidKczgDraft.build();
        d.set(path, value);
        assertClean(d);
    }

    @Test
    void twentyMembersPassAndTwentyOneAreAnError() {
        Draft d = ValidKczgDraft.build();
        for (int i = 5; i < 20; i++) {
            d.addRow("members", Map.of("name", "专家" + i, "unitPost", "浙江大学 研究员", "contact", "1380000" + (1000 + i),
                    "duty", "联合攻关"));
        }
        assertThat(d.rowCount("members")).isEqualTo(20);
        assertClean(d);
        d.addRow("members", Map.of("name", "专家20", "unitPost", "浙江大学 研究员", "contact", "13800001020", "duty", "联合攻关"));
        Finding f = assertFinding(single(d, "maxRows"), "members", Severity.ERROR, "项目负责人及主要参加人员");
        assertThat(f.message(ZH)).contains("最多 20 行").contains("现有 21 行");
    }

    @Test
    void 以上都不是AloneOrTheOthersTogetherPass() {
        Draft d = ValidKczgDraft.build();
        d.setChoices("location.siteType", List.of("以上都不是"));
        assertClean(d);
        d.setChoices("location.siteType", List.of("创新驱动示范市（区）", "“科创中国”试点城市（园区）"));
        assertClean(d);
    }

    @Test
    void 以上都不是WithAnotherOptionIsAnError() {
        Draft d = ValidKczgDraft.build();
        d.setChoices("location.siteType", List.of("创新驱动示范市（区）", "以上都不是"));
        Finding f = assertFinding(single(d, "exclusive"), "location.siteType", Severity.ERROR,
                "实施地点 › 是否位于创新驱动示范市（区）或“科创中国”试点城市（园区）");
        assertThat(f.message(ZH)).contains("以上都不是");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"industryFields;产业领域", "keyAreas;是否国家（地方）鼓励或支持的重点领域"})
    void 其他NeedsItsText(String path, String label) {
        Draft d = ValidKczgDraft.build();
        d.setChoices(path, List.of(d.choices(path).get(0), "其他"));
        Finding f = assertFinding(single(d, "otherText"), path + ".other", Severity.ERROR, label);
        assertThat(f.message(ZH)).contains("其他");
        d.set(path + ".other", "地方出台的人工智能产业指导意见");
        assertClean(d);
        assertThat(of(d, "otherText")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"industryFields;产业领域", "keyAreas;是否国家（地方）鼓励或支持的重点领域"})
    void 其他TextWithout其他TickedIsAWarningOnTheText(String path, String label) {
        Draft d = ValidKczgDraft.build();
        List<String> chosen = d.choices(path).stream().filter(o -> !o.equals("其他")).toList();
        d.setChoices(path, chosen);
        d.set(path + ".other", "地方出台的人工智能产业指导意见");
        // the paper would show the text beside an empty □其他 box
        Finding f = assertFinding(single(d, "otherUnticked"), path + ".other", Severity.WARNING, label);
        assertThat(f.message(ZH)).contains("其他", "地方出台的人工智能产业指导意见", "勾选");
        assertThat(f.message(java.util.Locale.ENGLISH)).contains("其他", "tick");
        d.setChoices(path, java.util.stream.Stream.concat(chosen.stream(), java.util.stream.Stream.of("其他")).toList());
        assertClean(d);
    }
}
