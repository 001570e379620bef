package cn.shenbao.bench;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.rules.CrossDraftCheck;
import cn.shenbao.forms.rules.CrossDraftCheck.NamedDraft;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import cn.shenbao.forms.workspace.Workspace;
import cn.shenbao.forms.workspace.WorkspaceCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The workspace check of issue 13 over {@code drafts} complete 科创中国 applications of 50 roster members
 * each (and 20 printed members), five applications per 申报单位 (as the notice allows), every team, problem,
 * region and content its own, so every item is hashed and nothing found — plus one shared member in every
 * unit so that findings are made too. {@code cross}: the rules across applications (the part that could grow
 * with the square of the drafts; the target ≤ 50 ms at 100 drafts, linear growth to 1,000); {@code whole}: each
 * draft's own rules as well (what {@code workspace check} does after reading the files).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkspaceCheckBenchmark {
    @Param({"100", "1000"})
    public int drafts;

    TemplateDef template;
    TemplateRegistry registry;
    List<NamedDraft> named;
    Workspace workspace;

    /** {@code n} applications, five per unit, 50 roster members each, nothing shared but one member per unit. */
    public static List<NamedDraft> drafts(int n) {
        List<NamedDraft> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Draft d = SampleDrafts.kczgCompleteWithRoster(50);
            String tag = "-" + i;
            String unit = "中国第" + (i / 5) + "学会";
            d.set("unitName", unit);
            for (String p : List.of("problemName", "description", "cities", "workPlan")) {
                d.set(p, d.text(p) + tag);
            }
            List<Map<String, String>> roster = new ArrayList<>();
            for (Map<String, String> r : d.rows("roster")) {
                Map<String, String> c = new java.util.LinkedHashMap<>(r);
                c.put("name", r.get("name") + tag);
                roster.add(c);
            }
            if (i % 5 == 1) {
                roster.get(0).put("name", d.rows("roster").get(0).get("name") + "-" + (i - 1)); // shared with the previous
            }
            d.setRows("roster", roster);
            for (int row = 0; row < d.rowCount("members"); row++) {
                d.set("members[" + row + "].name", d.text("members[" + row + "].name") + tag);
                d.set("members[" + row + "].contact", String.format("13%05d%04d", i, row));
            }
            out.add(new NamedDraft("d" + i + ".shenbao", d));
        }
        return out;
    }

    @Setup
    public void setup() {
        registry = TemplateRegistry.builtIn();
        template = registry.get("kczg-2024");
        named = drafts(drafts);
        List<Workspace.Entry> entries = new ArrayList<>();
        for (NamedDraft d : named) {
            entries.add(new Workspace.Entry(Path.of(d.name()), d.name(), d.draft(), null));
        }
        workspace = Workspace.of(Path.of("."), entries);
        int found = CrossDraftCheck.check(List.of(template), named).size();
        if (found != 2 * (drafts / 5)) {
            throw new IllegalStateException("expected one shared member per unit, found " + found);
        }
    }

    @Benchmark
    public int cross() {
        return CrossDraftCheck.check(List.of(template), named).size();
    }

    @Benchmark
    public int whole() {
        return WorkspaceCheck.check(workspace, registry).items().size();
    }
}
