package cn.shenbao.forms.rules;

import static cn.shenbao.forms.rules.RuleTesting.T;
import static cn.shenbao.forms.rules.RuleTesting.ZH;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.rules.CrossDraftCheck.DraftFinding;
import cn.shenbao.forms.rules.CrossDraftCheck.NamedDraft;
import cn.shenbao.forms.template.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules over one society's applications: at most 5, nothing shared between them (notice 三.5). */
class CrossRulesTest {
    private static final String UNIT_A = "中国人工智能学会";
    private static final String UNIT_B = "中国自动化学会";

    private static NamedDraft draft(String unit, String tag) {
        return new NamedDraft(unit + "-" + tag + ".shenbao", ValidKczgDraft.build(unit, tag));
    }

    private static List<DraftFinding> check(List<NamedDraft> drafts) {
        return CrossDraftCheck.check(List.of(T), drafts);
    }

    private static String describe(List<DraftFinding> fs) {
        StringBuilder sb = new StringBuilder();
        fs.forEach(f -> sb.append("\n  ").append(f.draftName()).append(": ").append(f.finding().message(ZH)));
        return sb.toString();
    }

    @Test
    void sixDraftsOfOneUnitAreAnErrorOnEach() {
        List<NamedDraft> drafts = new ArrayList<>();
        for (String tag : List.of("甲", "乙", "丙", "丁", "戊", "己")) {
            drafts.add(draft(UNIT_A, tag));
        }
        drafts.add(draft(UNIT_B, "甲"));
        List<DraftFinding> fs = check(drafts);
        assertThat(fs).as(describe(fs)).hasSize(6)
                .allSatisfy(f -> {
                    assertThat(f.finding().rule()).isEqualTo("maxDraftsPerUnit");
                    assertThat(f.finding().severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.finding().path()).isEqualTo("unitName");
                    assertThat(f.finding().message(ZH)).contains(UNIT_A).contains("6 份").contains("5 份").contains("单位名称");
                    assertThat(f.finding().message(Locale.ENGLISH)).contains(UNIT_A).contains("6");
                });
        assertThat(fs).extracting(DraftFinding::draftName).doesNotHaveDuplicates().allMatch(n -> n.startsWith(UNIT_A));
    }

    @Test
    void fiveDraftsOfOneUnitPass() {
        List<NamedDraft> drafts = new ArrayList<>();
        for (String tag : List.of("甲", "乙", "丙", "丁", "戊")) {
            drafts.add(draft(UNIT_A, tag));
        }
        assertThat(check(drafts)).isEmpty();
    }

    @Test
    void twoUnitsOfThreeDraftsPass() {
        List<NamedDraft> drafts = new ArrayList<>();
        for (String tag : List.of("甲", "乙", "丙")) {
            drafts.add(draft(UNIT_A, tag));
            drafts.add(draft(UNIT_B, tag));
        }
        List<DraftFinding> fs = check(drafts);
        assertThat(fs).as(describe(fs)).isEmpty();
    }

    @Test
    void unitNamesAreComparedTrimmed() {
        List<NamedDraft> drafts = new ArrayList<>();
        for (String tag : List.of("甲", "乙", "丙", "丁", "戊", "己")) {
            NamedDraft d = draft(UNIT_A, tag);
            if (tag.equals("己")) {
                d.draft().set("unitName", " " + UNIT_A + "　");
            }
            drafts.add(d);
        }
        assertThat(check(drafts)).hasSize(6);
    }

    @Test
    void aMemberSharedByTwoDraftsOfOneUnitIsAnErrorOnBoth() {
        NamedDraft a = draft(UNIT_A, "甲");
        NamedDraft b = draft(UNIT_A, "乙");
        b.draft().set("members[2].name", "成员甲4");
        List<DraftFinding> fs = check(List.of(a, b));
        assertThat(fs).as(describe(fs)).hasSize(2);
        DraftFinding onA = fs.stream().filter(f -> f.draftName().equals(a.name())).findFirst().orElseThrow();
        DraftFinding onB = fs.stream().filter(f -> f.draftName().equals(b.name())).findFirst().orElseThrow();
        assertThat(onA.finding().path()).isEqualTo("members[3].name");
        assertThat(onB.finding().path()).isEqualTo("members[2].name");
        for (DraftFinding f : fs) {
            assertThat(f.finding().rule()).isEqualTo("noSharedValues");
            assertThat(f.finding().severity()).isEqualTo(Severity.ERROR);
            assertThat(f.finding().key()).isEqualTo("rule.cross.noSharedValues.member");
            assertThat(f.finding().message(ZH)).contains("成员甲4").contains("项目负责人及主要参加人员");
        }
        assertThat(onA.finding().message(ZH)).contains(b.name()).doesNotContain(a.name());
        assertThat(onB.finding().message(ZH)).contains(a.name()).doesNotContain(b.name());
    }

    @Test
    void theSameNameInDraftsOfDifferentUnitsIsNothing() {
        NamedDraft a = draft(UNIT_A, "甲");
        NamedDraft b = draft(UNIT_B, "甲");
        assertThat(a.draft().text("members[0].name")).isEqualTo(b.draft().text("members[0].name"));
        assertThat(check(List.of(a, b))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "problemName;problem;ERROR;难题问题名称",
        "cities;region;WARNING;拟重点服务的示范市和试点城市（园区）",
        "workPlan;content;WARNING;工作方案",
        "roster[7].name;member;ERROR;服务团成员名册 第8行 › 姓名",
    })
    void otherSharedValuesAreFoundToo(String path, String what, Severity severity, String label) {
        NamedDraft a = draft(UNIT_A, "甲");
        NamedDraft b = draft(UNIT_A, "乙");
        b.draft().set(path, "  " + a.draft().text(path) + " ");
        List<DraftFinding> fs = check(List.of(a, b));
        assertThat(fs).as(describe(fs)).hasSize(2).allSatisfy(f -> {
            assertThat(f.finding().path()).isEqualTo(path);
            assertThat(f.finding().severity()).isEqualTo(severity);
            assertThat(f.finding().key()).isEqualTo("rule.cross.noSharedValues." + what);
            assertThat(f.finding().message(ZH)).contains(label);
        });
    }

    @Test
    void draftsOfAnotherTemplateAreIgnored() {
        Draft other = new Draft("other-form", 1);
        other.set("unitName", UNIT_A);
        List<NamedDraft> drafts = new ArrayList<>();
        for (String tag : List.of("甲", "乙", "丙", "丁", "戊")) {
            drafts.add(draft(UNIT_A, tag));
        }
        drafts.add(new NamedDraft("other.shenbao", other));
        assertThat(check(drafts)).isEmpty();
    }

    @Test
    void aMemberIsTheSamePersonByMobileWhateverTheNameIsWritten() {
        NamedDraft a = draft(UNIT_A, "甲");
        NamedDraft b = draft(UNIT_A, "乙");
        b.draft().set("members[4].contact", "+86 " + a.draft().text("members[1].contact").replaceAll("(\\d{3})(\\d{4})(\\d{4})", "$1 $2 $3"));
        List<DraftFinding> fs = check(List.of(a, b));
        assertThat(fs).as(describe(fs)).hasSize(2);
        DraftFinding onB = fs.stream().filter(f -> f.draftName().equals(b.name())).findFirst().orElseThrow();
        assertThat(onB.finding().path()).isEqualTo("members[4].name");
        assertThat(onB.others()).containsExactly(new CrossDraftCheck.Ref(a.name(), "members[1].name"));
        assertThat(onB.finding().message(ZH)).contains(a.name()).contains("成员乙5");
    }

    @Test
    void anOfficePhoneSharedByMembersIsNoMatch() {
        NamedDraft a = draft(UNIT_A, "甲");
        NamedDraft b = draft(UNIT_A, "乙");
        a.draft().set("members[0].contact", "010-62283056");
        b.draft().set("members[0].contact", "010-62283056");
        assertThat(check(List.of(a, b))).isEmpty();
    }

    @Test
    void aMemberIsTheSamePersonByNameAndUnitNotByNameAlone() {
        NamedDraft a = draft(UNIT_A, "甲");
        NamedDraft b = draft(UNIT_A, "乙");
        b.draft().set("members[2].name", "成员甲4");
        b.draft().set("members[2].unitPost", "浙江大学 研究员");
        assertThat(check(List.of(a, b))).as("a namesake at another unit is another person").isEmpty();
        b.draft().set("members[2].unitPost", "南京大学　教授");
        b.draft().set("members[2].name", "成员 甲4");
        List<DraftFinding> fs = check(List.of(a, b));
        assertThat(fs).as(describe(fs)).hasSize(2).allSatisfy(f -> assertThat(f.others()).hasSize(1));
    }

    @Test
    void problemsAreComparedWithoutSpacesAndPunctuation() {
        NamedDraft a = draft(UNIT_A, "甲");
        NamedDraft b = draft(UNIT_A, "乙");
        String name = a.draft().text("problemName");
        b.draft().set("problemName", "“" + name.substring(0, 4) + " ，" + name.substring(4) + "”。");
        List<DraftFinding> fs = check(List.of(a, b));
        assertThat(fs).as(describe(fs)).hasSize(2).allSatisfy(f -> {
            assertThat(f.finding().path()).isEqualTo("problemName");
            assertThat(f.finding().key()).isEqualTo("rule.cross.noSharedValues.problem");
        });
        b.draft().set("problemName", name + "二");
        assertThat(check(List.of(a, b))).as("a different problem").isEmpty();
    }

    @Test
    void theSameProblemDescriptionUnderAnotherNameIsFound() {
        NamedDraft a = draft(UNIT_A, "甲");
        NamedDraft b = draft(UNIT_A, "乙");
        b.draft().set("description", a.draft().text("description").replace("。", "．").replace("在", " 在 "));
        List<DraftFinding> fs = check(List.of(a, b));
        assertThat(fs).as(describe(fs)).hasSize(2).allSatisfy(f -> {
            assertThat(f.finding().path()).isEqualTo("description");
            assertThat(f.finding().severity()).isEqualTo(Severity.ERROR);
            assertThat(f.finding().message(ZH)).contains("难题问题描述");
        });
    }

    @Test
    void aServiceRegionIsProvinceAndCity() {
        NamedDraft a = draft(UNIT_A, "甲");
        NamedDraft b = draft(UNIT_A, "乙");
        b.draft().set("cities", a.draft().text("cities"));
        b.draft().set("provinces", "安徽省");
        assertThat(check(List.of(a, b))).as("the same city names in another province").isEmpty();
        b.draft().set("provinces", " 江苏省，浙江省 ");
        assertThat(check(List.of(a, b))).hasSize(2).allSatisfy(f -> assertThat(f.finding().path()).isEqualTo("cities"));
    }

    @Test
    void sharingIsFoundInLinearTimeAmongManyDrafts() {
        // 200 drafts of one unit, every one sharing one member with the next: 2 findings a pair, none missed
        List<NamedDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            drafts.add(draft(UNIT_A, "第" + i + "号"));
        }
        for (int i = 1; i < 200; i += 2) {
            drafts.get(i).draft().set("roster[0].name", drafts.get(i - 1).draft().text("roster[0].name"));
        }
        List<DraftFinding> fs = check(drafts).stream().filter(f -> f.finding().path().startsWith("roster")).toList();
        assertThat(fs).hasSize(200).allSatisfy(f -> assertThat(f.others()).hasSize(1));
    }
}
