package cn.shenbao.forms.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamTest {
    private static final TemplateDef KCZG = TemplateRegistry.builtIn().find("kczg-2024").orElseThrow();

    /** 24 experts: 12 born after 1980 (≤ 45 at the deadline), 3 托举, 2 蹲点. */
    static Roster roster() {
        Roster r = new Roster();
        for (int i = 1; i <= 24; i++) {
            String birth = i <= 12 ? "1985-0" + (1 + i % 9) + "-15" : "1960-06";
            r.add(Expert.of("专家" + i, "第" + i + "研究所", i % 2 == 0 ? "研究员" : "", "138001380" + String.format("%02d", i),
                    "", birth, i <= 3, i == 5 || i == 6, ""));
        }
        return r;
    }

    @Test
    void everyBuiltInDefinitionHasValidTeamAttributes() {
        for (TemplateDef t : TemplateRegistry.builtIn().all()) {
            assertThat(Team.problems(t)).as(t.id()).isEmpty();
        }
        assertThat(Team.of(KCZG)).hasValueSatisfying(t -> {
            assertThat(t.all().id()).isEqualTo("roster");
            assertThat(t.printed().id()).isEqualTo("members");
            assertThat(t.printedMax()).isEqualTo(20);
        });
    }

    @Test
    void theWholeTeamGoesToTheRosterTableAndTheChosenToSectionEight() {
        Roster r = roster();
        Draft d = SampleDrafts.kczgComplete();
        String keptDuty = d.rows("members").get(0).get("duty");
        List<Expert> team = r.experts();
        List<Expert> printed = new ArrayList<>(team.subList(0, 20));
        // the first printed member is the one who had the first row: its duty stays
        printed.set(0, r.experts().get(0).with(RosterField.NAME, d.rows("members").get(0).get("name")));
        Team.set(KCZG, d, team, printed);
        assertThat(d.rowCount("roster")).isEqualTo(24);
        assertThat(d.rowCount("members")).isEqualTo(20);
        assertThat(d.rows("roster").get(1)).containsEntry("name", "专家2").containsEntry("unit", "第2研究所")
                .containsEntry("birthDate", "1985-03-15").containsEntry("tuoju", "true").containsEntry("rosterId", "E2");
        assertThat(d.rows("roster").get(20)).containsEntry("birthDate", "1960-06-01");
        assertThat(d.rows("members").get(1)).containsEntry("unitPost", "第2研究所 研究员").containsEntry("contact", "13800138002");
        assertThat(d.rows("members").get(0).get("duty")).isEqualTo(keptDuty);
        assertThat(Team.memberIds(KCZG, d)).hasSize(24).startsWith("E1", "E2");
        List<Finding> f = RuleEngine.check(KCZG, d);
        assertThat(f).extracting(Finding::rule).doesNotContain("rowCount", "ageCount", "flagCount");
        assertThatThrownBy(() -> Team.set(KCZG, d, team, team)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCountingRulesSeeATeamThatIsTooSmall() {
        Roster r = roster();
        Draft d = SampleDrafts.kczgComplete();
        Team.set(KCZG, d, r.experts().subList(12, 24), r.experts().subList(12, 20));
        List<String> rules = RuleEngine.check(KCZG, d).stream().map(Finding::rule).toList();
        assertThat(rules).contains("rowCount", "ageCount", "flagCount"); // 12 < 20, none young, no 托举
    }

    @Test
    void aChangedRosterEntryIsOfferedToTheDraft() {
        Roster r = roster();
        Draft d = SampleDrafts.kczgComplete();
        Team.set(KCZG, d, r.experts(), r.experts().subList(0, 20));
        assertThat(Team.changes(KCZG, d, r)).isEmpty();
        Expert e3 = r.find("E3").orElseThrow();
        r.replace(e3.with(RosterField.MOBILE, "13999999999").with(RosterField.UNIT, "新单位"));
        List<Team.PersonChange> ch = Team.changes(KCZG, d, r);
        assertThat(ch).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("E3");
            assertThat(p.name()).isEqualTo("专家3");
            assertThat(p.cells()).extracting(Team.CellChange::path)
                    .containsExactlyInAnyOrder("roster[2].unit", "members[2].unitPost", "members[2].contact");
        });
        Team.apply(d, ch);
        assertThat(d.text("members[2].contact")).isEqualTo("13999999999");
        assertThat(d.text("roster[2].unit")).isEqualTo("新单位");
        assertThat(Team.changes(KCZG, d, r)).isEmpty();
    }

    @Test
    void theTallyOfTheTeamTableCountsWithTheRulesThemselves() {
        Roster r = roster();
        Draft d = SampleDrafts.kczgComplete();
        Team.set(KCZG, d, r.experts().subList(0, 21), r.experts().subList(0, 20));
        java.util.Map<String, cn.shenbao.forms.rules.Tally> t = new java.util.LinkedHashMap<>();
        for (cn.shenbao.forms.rules.Tally x : cn.shenbao.forms.rules.Tally.of(KCZG, d, "roster")) {
            t.put(x.rule().name(), x);
        }
        assertThat(t.keySet()).containsExactly("rowCount", "ageCount", "flagCount#tuoju", "flagCount#dundian", "differentPersons");
        assertThat(t.get("rowCount").count()).isEqualTo(21);
        assertThat(t.get("rowCount").min()).isEqualTo(20);
        assertThat(t.get("ageCount").count()).isEqualTo(12);
        assertThat(t.get("flagCount#tuoju").count()).isEqualTo(3);
        assertThat(t.get("flagCount#dundian").count()).isEqualTo(2);
        assertThat(t.get("flagCount#dundian").max()).isEqualTo(2);
        assertThat(t.values()).allMatch(cn.shenbao.forms.rules.Tally::ok);
        d.set("roster[6].dundian", "true");
        assertThat(cn.shenbao.forms.rules.Tally.of(KCZG, d, "roster")).filteredOn(x -> x.rule().name().equals("flagCount#dundian"))
                .singleElement().satisfies(x -> {
                    assertThat(x.count()).isEqualTo(3);
                    assertThat(x.ok()).isFalse();
                });
    }
}
