package cn.shenbao.forms.gather;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * T5 绩效目标申报表 drafts ({@code jxmb-2024}) for the gathering tests, with the header values and indicators each
 * test needs.
 */
public final class T5Drafts {
    private T5Drafts() {}

    /** The built-in forms (T5 among them). */
    public static TemplateRegistry registry() {
        return TemplateRegistry.builtIn();
    }

    public static DraftFiles files() {
        return new DraftFiles(registry());
    }

    /** A T5 draft with the header values and some indicators ({level1, level2, name, unit, value} each). */
    public static Draft draft(String name, String unit, String total, String central, String direction, String goal,
            String[]... indicators) {
        Draft d = new Draft(Gathering.SOURCE_TEMPLATE, registry().get(Gathering.SOURCE_TEMPLATE).version());
        d.set("projectName", name);
        d.set("unit", unit);
        d.set("budgetTotal", total);
        d.set("budgetCentral", central);
        d.set("direction", direction);
        d.set("goalOverall", goal);
        for (String[] i : indicators) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("level1", i[0]);
            r.put("level2", i[1]);
            r.put("name", i[2]);
            r.put("unit", i[3]);
            if (i[4] != null) {
                r.put("value", i[4]);
            }
            d.addRow("indicators", r);
        }
        return d;
    }

    /** The seed's first example row as a T5 draft (转化科研成果15项，促进技术合同成交额1500万元…). */
    public static Draft lab() {
        return draft("浙江省某全国重点实验室建设", "浙江某大学", "800", "500", "科技创新基地建设",
                "应用人工智能等技术，开展智能感知等方面研究，完善实验室基础条件建设、人才队伍建设、学术交流机制等",
                new String[] {"产出指标", "数量指标", "支持自由探索类基础研究项目数量", "个", "20"},
                new String[] {"产出指标", "数量指标", "转化科技成果数量", "项", "15"},
                new String[] {"产出指标", "数量指标", "突破的关键核心技术数量", "项", null},
                new String[] {"产出指标", "时效指标", "资金使用及时率", "%", "100"},
                new String[] {"效益指标", "经济效益指标", "促进技术合同成交额", "万元", "1500"},
                new String[] {"效益指标", "社会效益指标", "培训从事技术创新服务人员数量", "人次", "100"},
                new String[] {"效益指标", "社会效益指标", "提供技术咨询/技术服务数量", "人次", "200"},
                new String[] {"满意度指标", "服务对象满意度", "被服务对象满意度", "%", "95"});
    }

    /** The seed's second example row. */
    public static Draft city() {
        return draft("某市国家创新型城市建设", "某市科技局", "500", "300", "区域科技创新体系建设",
                "围绕高水平建设国家创新型城市，主要开展科技企业培育等工作。",
                new String[] {"产出指标", "数量指标", "转化科技成果数量", "项", "50"},
                new String[] {"效益指标", "经济效益指标", "支持高新技术企业数量", "家", "100"},
                new String[] {"效益指标", "经济效益指标", "支持科技型中小企业数量", "家", "300"});
    }

    public static Path save(Draft d, Path file) throws Exception {
        files().save(d, file);
        return file;
    }
}
