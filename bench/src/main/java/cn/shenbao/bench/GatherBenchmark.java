package cn.shenbao.bench;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.gather.Gathering;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
 * Gathering {@code drafts} T5 绩效目标申报表 files (a folder, as the client's 选择文件夹… and {@code shenbao gather}
 * give it) into one T6 拟支持项目建议表, end to end: read and check every file, compare with the rows, write the
 * rows and save the T6 atomically. {@code first}: an empty T6 (every draft a new row); {@code again}: a T6 that
 * gathered an older version of every draft (中央补助 and 总体目标 changed since: three changes per row, the
 * default policy). Target (issue 11): 200 drafts in ≤ 1 s. Run:
 * {@code mvn -B -o -Pbench -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar GatherBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GatherBenchmark {
    @Param("200")
    int drafts;

    private Path dir;
    private Path sources;
    private Path t6File;
    private Gathering gathering;
    private DraftFiles files;
    private Draft gatheredBefore;

    /** The seed's indicators (name, unit, level1, level2) with a value for most of them. */
    private static final String[][] INDICATORS = {
        {"产出指标", "数量指标", "支持自由探索类基础研究项目数量", "个"}, {"产出指标", "数量指标", "支持建设科技创新基地项目数量", "个"},
        {"产出指标", "数量指标", "转化科技成果数量", "项"}, {"产出指标", "数量指标", "支持区域创新载体项目数量", "个"},
        {"产出指标", "数量指标", "支持东西部科技合作及区域协同创新项目数量", "个"}, {"产出指标", "数量指标", "取得的基础研究成果数量", "项"},
        {"产出指标", "数量指标", "突破的关键核心技术数量", "项"}, {"产出指标", "时效指标", "资金使用及时率", "%"},
        {"效益指标", "经济效益指标", "带动社会投入与引导资金投入比例", "%"}, {"效益指标", "经济效益指标", "促进科技投融资金额", "万元"},
        {"效益指标", "经济效益指标", "支持高新技术企业数量", "家"}, {"效益指标", "经济效益指标", "支持科技型中小企业数量", "家"},
        {"效益指标", "经济效益指标", "促进技术合同成交额", "万元"}, {"效益指标", "经济效益指标", "带动地方投入东西科技合作及区域协同创新资金", "万元"},
        {"效益指标", "经济效益指标", "通过项目实施预期可增加的销售收入", "万元"}, {"效益指标", "社会效益指标", "培训从事技术创新服务人员数量", "人次"},
        {"效益指标", "社会效益指标", "提供技术咨询/技术服务数量", "人次"}, {"效益指标", "社会效益指标", "科技帮扶支撑乡村振兴项目数量", "个"},
        {"效益指标", "社会效益指标", "培训技术经纪人数量", "人次"}, {"满意度指标", "服务对象满意度", "被服务对象满意度", "%"}};

    private Draft t5(int i, String central, String goal) {
        TemplateRegistry r = TemplateRegistry.builtIn();
        Draft d = new Draft(Gathering.SOURCE_TEMPLATE, r.get(Gathering.SOURCE_TEMPLATE).version());
        d.set("projectName", "第" + i + "号科技成果转移转化公共服务平台建设");
        d.set("unit", "第" + i + "号科技成果转化服务中心");
        d.set("direction", "科技成果转移转化");
        d.set("leadKind", "企业");
        d.set("budgetTotal", "1000");
        d.set("budgetCentral", central);
        d.set("goalOverall", goal + "，建成面向山区26县的科技成果转移转化公共服务平台，集聚高校院所科技成果1000项以上，"
                + "建设概念验证中心1个、中试基地2个，服务企业300家，带动社会投入3000万元以上。");
        d.set("goalYear", "2024年度完成平台一期建设，上线成果库和需求库，集聚科技成果400项。");
        for (int k = 0; k < INDICATORS.length; k++) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("level1", INDICATORS[k][0]);
            row.put("level2", INDICATORS[k][1]);
            row.put("name", INDICATORS[k][2]);
            row.put("unit", INDICATORS[k][3]);
            if (k % 5 != 0) {
                row.put("value", INDICATORS[k][3].equals("%") ? "90" : Integer.toString(10 + k * 7 + i % 13));
            }
            d.addRow("indicators", row);
        }
        return d;
    }

    private Draft emptyT6() {
        Draft d = new Draft(Gathering.TARGET_TEMPLATE, TemplateRegistry.builtIn().get(Gathering.TARGET_TEMPLATE).version());
        d.set("recommender", "杭州市");
        d.set("unitName", "杭州市科学技术局");
        return d;
    }

    @Setup
    public void setup() throws Exception {
        TemplateRegistry registry = TemplateRegistry.builtIn();
        if (registry.find(Gathering.SOURCE_TEMPLATE).isEmpty()) {
            throw new IllegalStateException("the built-in forms lack " + Gathering.SOURCE_TEMPLATE + " (T5)");
        }
        gathering = new Gathering(registry);
        files = new DraftFiles(registry);
        dir = Files.createTempDirectory("shenbao-gather");
        sources = Files.createDirectories(dir.resolve("绩效目标申报表"));
        t6File = dir.resolve("建议表.shenbao");
        for (int i = 0; i < drafts; i++) {
            files.save(t5(i, "200", "项目实施周期内"), sources.resolve(String.format("t5-%03d.shenbao", i)));
        }
        gatheredBefore = emptyT6();
        Gathering.apply(gatheredBefore, gathering.plan(gatheredBefore, t6File, List.of(sources)),
                Gathering.Change::takeByDefault);
        for (int i = 0; i < drafts; i++) {
            files.save(t5(i, "180", "项目实施周期内（2024年6月1日至2026年5月31日）"),
                    sources.resolve(String.format("t5-%03d.shenbao", i)));
        }
        Gathering.Plan check = gathering.plan(gatheredBefore, t6File, List.of(sources));
        if (check.changes().size() != 3 * drafts || !check.problems().isEmpty()) {
            throw new IllegalStateException("unexpected plan: " + check.changes().size() + " changes, "
                    + check.problems().size() + " problems");
        }
    }

    private Draft gatherAndSave(Draft t6) throws Exception {
        Gathering.Plan plan = gathering.plan(t6, t6File, List.of(sources));
        Gathering.apply(t6, plan, Gathering.Change::takeByDefault);
        files.save(t6, t6File);
        return t6;
    }

    @Benchmark
    public Draft first() throws Exception {
        return gatherAndSave(emptyT6());
    }

    @Benchmark
    public Draft again() throws Exception {
        return gatherAndSave(gatheredBefore.copy());
    }
}
