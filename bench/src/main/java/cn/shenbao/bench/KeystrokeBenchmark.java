package cn.shenbao.bench;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.LiveCheck;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.StringProperty;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One keystroke in the client, without a window: the complete 科创中国 draft with 20 members and a
 * 200-row roster. {@code fullCheck} is what every keystroke cost before (the whole rule engine);
 * {@code liveCheck*} the incremental check of {@link LiveCheck}; {@code viewModel*} a keystroke through
 * {@link DraftViewModel} (the text property of a field set, draft updated, undo step, the check, the
 * findings list diffed, part status, live sums) — everything but the redrawing of the few controls whose
 * decoration changed. Each keystroke alternates between two texts, so every call is a real change;
 * the {@code Toggling} cases make a finding come and go on every keystroke.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KeystrokeBenchmark {
    static final int ROSTER_ROWS = 200;

    TemplateDef template;
    Draft draft;
    LiveCheck live;
    DraftViewModel vm;
    StringProperty workPlan;
    StringProperty rosterName;
    StringProperty mobile;
    String workPlanText;
    String rosterText;
    int n;

    @Setup
    public void setup() {
        template = TemplateRegistry.builtIn().get("kczg-2024");
        draft = SampleDrafts.kczgCompleteWithRoster(ROSTER_ROWS);
        live = new LiveCheck(template, SampleDrafts.kczgCompleteWithRoster(ROSTER_ROWS));
        vm = new DraftViewModel(template, SampleDrafts.kczgCompleteWithRoster(ROSTER_ROWS), null);
        workPlan = vm.value("workPlan");
        rosterName = vm.value("roster[150].name");
        mobile = vm.value("leader.mobile");
        workPlanText = workPlan.get();
        rosterText = rosterName.get();
    }

    private String next(String base) {
        return (n++ & 1) == 0 ? base + "字" : base;
    }

    @Benchmark
    public List<Finding> fullCheck() {
        draft.set("workPlan", next(workPlanText));
        return RuleEngine.check(template, draft);
    }

    @Benchmark
    public List<Finding> liveCheckLongText() {
        live.draft().set("workPlan", next(workPlanText));
        return live.changed("workPlan");
    }

    @Benchmark
    public List<Finding> liveCheckRosterCell() {
        live.draft().set("roster[150].name", next(rosterText));
        return live.changed("roster[150].name");
    }

    @Benchmark
    public int viewModelLongText() {
        workPlan.set(next(workPlanText));
        return vm.findings().size();
    }

    @Benchmark
    public int viewModelRosterCell() {
        rosterName.set(next(rosterText));
        return vm.findings().size();
    }

    @Benchmark
    public int viewModelTogglingFinding() {
        // 1391234567 is one digit short (an error), 13912345678 is valid
        mobile.set((n++ & 1) == 0 ? "1391234567" : "13912345678");
        return vm.findings().size();
    }
}
