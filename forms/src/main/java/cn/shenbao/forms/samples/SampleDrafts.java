package cn.shenbao.forms.samples;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Realistic complete drafts for tests, benchmarks and demonstrations. The values are invented but plausible;
 * long texts are filled up to their limits.
 */
public final class SampleDrafts {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
        "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"};
    private static final String[] GIVEN = {"建国", "晓明", "海涛", "丽娟", "志强", "文静", "国华", "雪梅", "振宇", "思远",
        "立新", "春燕", "宏伟", "佳怡", "德胜", "若兰", "子健", "慧敏", "鹏飞", "雨桐"};
    private static final String[] UNITS = {"清华大学车辆与运载学院", "北京理工大学机械与车辆学院", "中国汽车技术研究中心有限公司",
        "宁德时代新能源科技股份有限公司", "比亚迪汽车工业有限公司", "合肥工业大学汽车与交通工程学院", "中国科学院物理研究所",
        "同济大学汽车学院", "吉林大学汽车工程学院", "重庆长安汽车股份有限公司"};
    private static final String[] POSTS = {"教授", "研究员", "高级工程师", "副教授", "正高级工程师"};

    private SampleDrafts() {
    }

    /** A complete 科创中国 (kczg-2024) draft: 20 printed members, long texts at their limits, every option area used. */
    public static Draft kczgComplete() {
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        Draft d = new Draft(t.id(), t.version());
        d.set("projectNo", "KJFWT2024-01");
        d.set("projectName", "“科创中国”新能源汽车动力电池科技服务团");
        d.set("applicant", "中国汽车工程学会");
        d.set("contact", "刘晓明");
        d.set("contactMobile", "13800138000");
        d.set("contactPhone", "010-50950000");
        d.set("contactEmail", "liuxm@sae-china.org");
        d.set("applyDate", "2024-05-20");

        d.set("unitName", "中国汽车工程学会");
        d.set("uscc", "91350100M000100Y43");
        d.set("unitAddress.address", "北京市海淀区学院路30号科大天工大厦B座");
        d.set("unitAddress.postcode", "100083");
        d.set("unitHead.name", "张建国");
        d.set("unitHead.title", "研究员/秘书长");
        d.set("unitHead.phone", "010-50950001");
        d.set("unitHead.email", "zhangjg@sae-china.org");
        d.set("unitContact.name", "刘晓明");
        d.set("unitContact.title", "高级工程师/部长");
        d.set("unitContact.phone", "010-50950002");
        d.set("unitContact.email", "liuxm@sae-china.org");
        d.set("unitIntro", fill("中国汽车工程学会成立于1963年，是由汽车科技工作者自愿组成的全国性学术团体，业务范围涵盖学术交流、"
                + "科技咨询、标准研制、人才培养和科学普及。学会连续三年参与“科创中国”建设，在长三角和成渝地区建立学会服务站，"
                + "2024年度重点围绕动力电池、智能网联和氢能开展产学研协同服务。", 200));
        List<Map<String, String>> units = new ArrayList<>();
        for (String u : List.of("中国汽车工程学会", "清华大学车辆与运载学院", "中国汽车技术研究中心有限公司",
                "合肥工业大学汽车与交通工程学院")) {
            units.add(Map.of("name", u));
        }
        d.setRows("memberUnits", units);

        d.set("leader.name", "刘晓明");
        d.set("leader.mobile", "13800138000");
        d.set("leader.email", "liuxm@sae-china.org");
        d.set("leader.phone", "010-50950002");
        d.set("leader.unitPost", "中国汽车工程学会 技术交流部部长");
        d.set("chiefExpert.name", "陈振宇");
        d.set("chiefExpert.mobile", "13900139000");
        d.set("chiefExpert.email", "chenzy@tsinghua.edu.cn");
        d.set("chiefExpert.phone", "010-62780000");
        d.set("chiefExpert.unitPost", "清华大学车辆与运载学院 院长");
        d.set("chiefExpert.proTitle", "教授");
        d.set("industry", "新能源汽车动力电池");
        d.set("provinces", "安徽省、江苏省");
        d.set("cities", "合肥市（创新驱动示范市）、芜湖市（“科创中国”试点城市）、滁州市、宿州市，以及常州市动力电池产业集聚区");
        d.set("otherCities", "宜宾市、宁德市（意向推广解决方案）");

        d.set("basis", fill("依据《新能源汽车产业发展规划（2021—2035年）》和《安徽省“十四五”汽车产业高质量发展规划》，"
                + "前期联合安徽省科协征集动力电池产业链难题42项，经学会专家评估遴选出高镍正极热失控预警与电池包轻量化两项共性技术问题，"
                + "实施本项目旨在推动难题取得实质性进展，助力合肥、芜湖打造世界级新能源汽车产业集群。", 200));
        d.set("workPlan", fill("一是组建由首席专家、团长共同负责的科技服务团，设立技术攻关、产业咨询、成果转化三个工作组；"
                + "二是开展企业技术诊断和联合攻关，围绕热失控预警算法、电池包结构轻量化组织专题对接会不少于6场；"
                + "三是在合肥市建立学会服务站，选派2名青年科技工作者开展“蹲点”服务累计不少于60天；"
                + "四是研制团体标准1项，形成研发指南和智库报告，推动签约项目落地；五是建立月度调度和季度报告机制，"
                + "与项目监理单位保持沟通，确保按期完成。", 300));
        d.set("goals", fill("形成研发指南1份、智库报告1份，提交被服务方出具的满意度评价报告1份；在合肥市、芜湖市建立学会服务站、"
                + "科创中心2个；选派科技工作者开展“蹲点”服务累计不少于60天；提交项目总结报告1篇、典型案例1篇，"
                + "在主流媒体发布宣传报道不少于2篇；推动热失控预警技术在3家企业应用，形成已解决问题难题清单和决策建议。", 300));
        d.set("conditions", fill("学会拥有动力电池领域专家库成员1200余人，已在安徽、江苏建立4个学会服务站，"
                + "与合肥市科协、芜湖市科协签订长期合作协议；工作团队20人，其中45岁及以下青年科技人才12人、"
                + "青年人才托举工程入选者3人；合肥市政府承诺配套资金100万元，园区提供办公场所和试验条件，"
                + "龙头企业开放测试平台和应用场景。", 300));

        d.set("projectPeriod.from", "2024-06-01");
        d.set("projectPeriod.to", "2025-03-31");
        List<Map<String, String>> phases = new ArrayList<>();
        phases.add(row("stage", "第一阶段", "budget", "55", "content", "组建服务团，完成难题调研与企业技术诊断，建立学会服务站",
                "from", "2024-06-01", "to", "2024-08-31"));
        phases.add(row("stage", "第二阶段", "budget", "85", "content", "开展联合攻关与“蹲点”服务，形成研发指南和团体标准草案",
                "from", "2024-09-01", "to", "2024-12-31"));
        phases.add(row("stage", "第三阶段", "budget", "40", "content", "成果转化推广，提交智库报告、满意度评价报告和总结报告",
                "from", "2025-01-01", "to", "2025-03-31"));
        d.setRows("phases", phases);

        List<Map<String, String>> members = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            members.add(row("name", SURNAMES[i] + GIVEN[i],
                    "unitPost", UNITS[i % UNITS.length] + " " + POSTS[i % POSTS.length],
                    "contact", "139" + String.format("%08d", 10000000 + i * 7919),
                    "duty", i == 0 ? "项目总体负责，组织协调服务团工作" : i == 1 ? "首席专家，技术路线把关与难题攻关指导"
                            : "负责" + (i % 3 == 0 ? "热失控预警算法联合攻关" : i % 3 == 1 ? "电池包轻量化结构设计与验证"
                            : "企业技术诊断、“蹲点”服务与成果转化推广") + "（第" + (i + 1) + "组）"));
        }
        d.setRows("members", members);

        // the whole service team (not printed): the 20 printed members and two more; 12 are 45 or younger
        // on the deadline, 3 are 托举工程 selectees, 2 do the “蹲点” service
        List<Map<String, String>> roster = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            String name = i < 20 ? SURNAMES[i] + GIVEN[i] : i == 20 ? "韩雪松" : "曹文博";
            int birthYear = i < 12 ? 1982 + i % 10 : 1962 + i % 12;
            roster.add(row("name", name, "unit", UNITS[i % UNITS.length],
                    "birthDate", birthYear + "-0" + (1 + i % 9) + "-1" + (i % 9),
                    "tuoju", i == 4 || i == 7 || i == 9 ? "true" : "false",
                    "dundian", i == 4 || i == 9 ? "true" : "false"));
        }
        d.setRows("roster", roster);

        d.set("totalBudget", "180");
        d.set("castFunding", "80");
        d.set("ownFunding", "0");
        d.set("localFunding", "100");
        List<Map<String, String>> expenses = new ArrayList<>();
        expenses.add(row("item", "会议费", "cast", "20", "other", "30", "basis", "专题对接会6场，每场约8万元"));
        expenses.add(row("item", "差旅费", "cast", "25", "other", "20", "basis", "专家赴合肥、芜湖服务约150人次，每人次0.3万元"));
        expenses.add(row("item", "劳务费及专家咨询费", "cast", "25", "other", "30", "basis", "专家咨询100人次，每人次0.55万元"));
        expenses.add(row("item", "出版/文献/信息传播费", "cast", "10", "other", "20", "basis", "研发指南、智库报告印制与宣传报道"));
        d.setRows("expenses", expenses);
        d.set("recommendationLetter", "true");

        d.set("problemName", "高镍三元动力电池热失控早期预警与电池包轻量化关键技术");
        d.set("proposer", "合肥市科学技术协会");
        d.set("category", "培育壮大新兴产业");
        d.setChoices("industryFields", List.of("新能源", "新能源和智能网联汽车", "新型储能", "其他"));
        d.set("industryFields.other", "动力电池回收利用");
        d.setChoices("keyAreas", List.of("国家制定的产业发展规划列明的重点产业领域",
                "各省（自治区、直辖市）制定的产业发展规划列明的重点产业领域", "其他"));
        d.set("keyAreas.other", "合肥市新能源汽车产业集群发展指导意见");
        d.set("description", fill("高镍三元动力电池能量密度高，但热稳定性差，现有电池管理系统难以在热失控发生前10分钟以上给出可靠预警；"
                + "同时电池包结构件重量占比超过25%，制约整车续驶里程。目前合肥、芜湖相关企业已开展试验，但缺少多物理场耦合模型和"
                + "轻量化材料验证平台。拟通过联合攻关、技术诊断和成果转化，建立预警算法和轻量化设计方法，预期降低热失控事故率、"
                + "提升续驶里程5%以上，带动产业链新增产值10亿元。", 500));
        d.set("investment", "1500");
        d.set("solveBy", "2025年3月");
        d.set("location.city", "安徽省合肥市、芜湖市");
        d.setChoices("location.siteType", List.of("创新驱动示范市（区）", "“科创中国”试点城市（园区）"));
        d.set("resources.local", "合肥市政府配套资金100万元，市科协提供服务站场地和人员保障");
        d.set("resources.proposer", "提出单位协调龙头企业开放测试平台，配套研发经费300万元");
        d.set("assessment", fill("该难题关系动力电池产业安全和整车竞争力，企业需求真实迫切，技术基础较为成熟，"
                + "经学会组织专家评估，具有较高价值和可推动解决的条件，确定为本服务团选题。", 300));
        d.set("foundation", fill("学会动力电池分会汇聚专家1200余人，牵头制定团体标准15项，曾组织解决储能电站热管理等同类问题，"
                + "相关成果在5家企业推广应用。", 300));
        d.set("solution", fill("开展技术交流对接和产业技术诊断，联合高校院所与企业攻关热失控预警算法和轻量化结构，"
                + "建设学会服务站，组织“蹲点”服务，推动成果转化推广和团体标准研制。", 400));
        return d;
    }

    /**
     * The complete draft with a service-team roster of {@code rosterRows} people (the first 22 as in
     * {@link #kczgComplete()}, then more with distinct names; ages and flags as theirs): the large
     * draft of the typing benchmark.
     */
    public static Draft kczgCompleteWithRoster(int rosterRows) {
        Draft d = kczgComplete();
        List<Map<String, String>> roster = new ArrayList<>(d.rows("roster"));
        int base = roster.size();
        for (int i = base; i < rosterRows; i++) {
            Map<String, String> r = new java.util.LinkedHashMap<>(roster.get(i % base));
            r.put("name", r.get("name") + (i / base + 1));
            roster.add(r);
        }
        d.setRows("roster", roster);
        return d;
    }

    private static Map<String, String> row(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Repeats {@code text} (cut at a character boundary) to exactly {@code chars} characters. */
    static String fill(String text, int chars) {
        StringBuilder sb = new StringBuilder();
        while (sb.codePointCount(0, sb.length()) < chars) {
            sb.append(text);
        }
        int end = sb.offsetByCodePoints(0, chars);
        return sb.substring(0, end);
    }
}
