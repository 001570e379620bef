package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/**
 * A keystroke must not rebuild what did not change (issue 8, defect 3): the findings list changes only
 * where findings came or went, and the result is always that of a full check. The cost itself is
 * measured by {@code bench/KeystrokeBenchmark} (docs/benchmarks.md), not here.
 */
class TypingCostTest {
    private static final TemplateDef T = TemplateRegistry.builtIn().get("kczg-2024");

    @Test
    void aKeystrokeThatChangesNoFindingLeavesTheListAlone() {
        DraftViewModel vm = new DraftViewModel(T, SampleDrafts.kczgCompleteWithRoster(200), null);
        vm.value("basis").set("字".repeat(201));
        List<ListChangeListener.Change<? extends Finding>> events = new ArrayList<>();
        vm.findings().addListener((ListChangeListener<Finding>) events::add);

        String plan = vm.value("workPlan").get();
        vm.value("workPlan").set(plan.substring(0, plan.length() - 1) + "甲");
        vm.value("roster[150].unit").set("另一单位");
        assertThat(events).as("no finding came or went").isEmpty();

        vm.value("basis").set("字".repeat(202)); // the same finding with a new count
        assertThat(events).hasSize(1);
        ListChangeListener.Change<? extends Finding> c = events.get(0);
        c.reset();
        assertThat(c.next()).isTrue();
        assertThat(c.getRemovedSize() + c.getAddedSize()).as("one finding replaced, not the list").isEqualTo(2);
        assertThat(vm.findings()).isEqualTo(RuleEngine.check(T, vm.draft()));
    }

    @Test
    void findingsAfterEveryKindOfEditEqualAFullCheck() {
        DraftViewModel vm = new DraftViewModel(T, SampleDrafts.kczgCompleteWithRoster(30), null);
        vm.value("roster[25].birthDate").set("不是日期");
        vm.value("leader.mobile").set("1391234567");
        vm.table("roster").removeRow(3);
        vm.value("roster[2].name").set(vm.value("roster[3].name").get());
        vm.value("castFunding").set("90");
        assertThat(vm.findings()).isEqualTo(RuleEngine.check(T, vm.draft()));
        vm.undo();
        vm.undo();
        assertThat(vm.findings()).isEqualTo(RuleEngine.check(T, vm.draft()));
    }
}
