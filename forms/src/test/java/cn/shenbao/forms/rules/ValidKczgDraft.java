package cn.shenbao.forms.rules;

import cn.shenbao.forms.draft.Assign;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.ValueException;
import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;

/**
 * A complete, valid 科创中国 (kczg-2024) draft: every required field, 22 roster members (12 aged 45 or
 * younger on 2024-05-24, 2 托举工程 selectees, 2 doing “蹲点”), three phases inside the project period
 * whose budgets add up to the total, a budget identity that holds and expense columns that add up.
 * {@code RuleEngine.check} finds nothing in it; tests change one value to make one rule fire.
 */
public final class ValidKczgDraft {
    public static final String UNIT = "中国人工智能学会";
    /** 17 characters of a 统一社会信用代码 of a social organisation (5 = 民政, 1 = 社会团体). */
    public static final String USCC_17 = "51100000500012345";
    public static final String USCC = USCC_17 + Values.usccCheckChar(USCC_17);

    private ValidKczgDraft() {}

    /** Seven digits of the members' mobiles: 1390000 untagged, else derived from the tag (drafts of one unit share none). */
    static String mobilePrefix(String tag) {
        return tag.isEmpty() ? "1390000" : String.format("137%04d", Math.floorMod(tag.hashCode(), 10_000));
    }

    public static TemplateDef template() {
        return TemplateRegistry.builtIn().get("kczg-2024");
    }

    /** A new valid draft (a fresh copy each call). */
    public static Draft build() {
        return build(UNIT, "");
    }

    /**
     * A new valid draft of the given unit; {@code tag} is added to the names of people, the problem,
     * the cities and the work plan so that drafts of one unit built with different tags share nothing.
     */
    public static Draft build(String unit, String tag) {
        TemplateDef t = template();
        Draft d = new Draft(t.id(), t.version());
        try {
            Assign.set(t, d, "projectNo", "KJFWT2024-01");
            Assign.set(t, d, "projectName", "“科创中国”人工智能科技服务团");
            Assign.set(t, d, "applicant", unit);
            Assign.set(t, d, "contact", "李明");
            Assign.set(t, d, "contactMobile", "13812345678");
            Assign.set(t, d, "contactPhone", "010-62121916");
            Assign.set(t, d, "contactEmail", "liming@caai.example.org");
            Assign.set(t, d, "applyDate", "2024年5月20日");

            Assign.set(t, d, "unitName", unit);
            Assign.set(t, d, "uscc", USCC);
            Assign.set(t, d, "unitAddress.address", "北京市海淀区学院路30号");
            Assign.set(t, d, "unitAddress.postcode", "100083");
            Assign.set(t, d, "unitHead.name", "王强");
            Assign.set(t, d, "unitHead.title", "秘书长");
            Assign.set(t, d, "unitHead.phone", "010-62283056");
            Assign.set(t, d, "unitHead.email", "wangqiang@caai.example.org");
            Assign.set(t, d, "unitContact.name", "李明");
            Assign.set(t, d, "unitContact.title", "副主任");
            Assign.set(t, d, "unitContact.phone", "13812345678");
            Assign.set(t, d, "unitContact.email", "liming@caai.example.org");
            Assign.set(t, d, "unitIntro", "学会成立于1981年，是全国性学术团体，业务范围包括学术交流、科学普及、人才举荐和科技服务。"
                    + "学会长期参与“科创中国”建设，2024年重点推进人工智能赋能制造业。");
            Assign.set(t, d, "memberUnits[0].name", "南京大学");
            Assign.set(t, d, "memberUnits[1].name", "浙江大学");

            Assign.set(t, d, "leader.name", "赵刚" + tag);
            Assign.set(t, d, "leader.mobile", "13900001111");
            Assign.set(t, d, "leader.email", "zhaogang@caai.example.org");
            Assign.set(t, d, "leader.phone", "010-62283057");
            Assign.set(t, d, "leader.unitPost", "中国人工智能学会 副秘书长");
            Assign.set(t, d, "chiefExpert.name", "孙伟" + tag);
            Assign.set(t, d, "chiefExpert.mobile", "13900002222");
            Assign.set(t, d, "chiefExpert.email", "sunwei@nju.example.edu.cn");
            Assign.set(t, d, "chiefExpert.phone", "025-83592000");
            Assign.set(t, d, "chiefExpert.unitPost", "南京大学 人工智能学院院长");
            Assign.set(t, d, "chiefExpert.proTitle", "教授");
            Assign.set(t, d, "industry", "人工智能");
            Assign.set(t, d, "provinces", "江苏省、浙江省");
            Assign.set(t, d, "cities", "南京市、苏州市、杭州市" + tag);

            Assign.set(t, d, "basis", "依据《新一代人工智能发展规划》和江苏、浙江两省“十四五”规划，前期征集遴选难题12项，"
                    + "本项目旨在推动人工智能与制造业深度融合。");
            Assign.set(t, d, "workPlan", "围绕智能制造难题，组织专家开展技术诊断、联合攻关和成果转化" + tag + "。");
            Assign.set(t, d, "goals", "形成研发指南1份、智库报告1份、满意度评价报告1份；建立学会服务站1个；"
                    + "选派2名专家开展“蹲点”服务不少于60天；提交总结报告、典型案例各1篇，发布宣传报道不少于2篇。");
            Assign.set(t, d, "conditions", "学会拥有会员十万余人，与服务区域已有合作基础，地方科协提供资金支持。");

            Assign.set(t, d, "projectPeriod", "2024-06-01/2025-03-31");
            phase(t, d, 0, "30", "难题诊断与调研", "2024-06-01", "2024-08-31");
            phase(t, d, 1, "30", "联合攻关与对接", "2024-09-01", "2024-12-31");
            phase(t, d, 2, "40", "成果转化与总结", "2025-01-01", "2025-03-31");

            for (int i = 0; i < 5; i++) {
                Assign.set(t, d, "members[" + i + "].name", "成员" + tag + (i + 1));
                Assign.set(t, d, "members[" + i + "].unitPost", "南京大学 教授");
                Assign.set(t, d, "members[" + i + "].contact", mobilePrefix(tag) + (3000 + i));
                Assign.set(t, d, "members[" + i + "].duty", "技术诊断与攻关");
            }
            for (int i = 0; i < 22; i++) {
                String row = "roster[" + i + "].";
                Assign.set(t, d, row + "name", "成员" + tag + (i + 1));
                Assign.set(t, d, row + "unit", "南京大学");
                // rows 0–11 born 1985 (39 years old on 2024-05-24), rows 12–21 born 1965
                Assign.set(t, d, row + "birthDate", (i < 12 ? "1985-03-" : "1965-07-") + String.format("%02d", i + 1));
                Assign.set(t, d, row + "tuoju", i == 0 || i == 1 ? "是" : "否");
                Assign.set(t, d, row + "dundian", i == 2 || i == 3 ? "是" : "否");
            }

            Assign.set(t, d, "totalBudget", "100");
            Assign.set(t, d, "castFunding", "80");
            Assign.set(t, d, "ownFunding", "15");
            Assign.set(t, d, "localFunding", "5");
            expense(t, d, 0, "专家咨询费", "30", "10");
            expense(t, d, 1, "差旅费", "30", "5");
            expense(t, d, 2, "会议费", "20", "5");

            Assign.set(t, d, "recommendationLetter", "是");

            Assign.set(t, d, "problemName", "工业视觉质检模型泛化能力不足" + tag);
            Assign.set(t, d, "proposer", "苏州市科学技术协会");
            Assign.set(t, d, "category", "培育壮大新兴产业");
            Assign.set(t, d, "industryFields", "生成式人工智能|电子信息制造业");
            Assign.set(t, d, "keyAreas", "国家制定的产业发展规划列明的重点产业领域");
            Assign.set(t, d, "description", "制造企业质检模型在新产线上准确率明显下降" + tag + "。");
            Assign.set(t, d, "investment", "500");
            Assign.set(t, d, "solveBy", "2025年3月");
            Assign.set(t, d, "location.city", "江苏省苏州市");
            Assign.set(t, d, "location.siteType", "“科创中国”试点城市（园区）");
            Assign.set(t, d, "resources.local", "市科协配套资金50万元。");
            Assign.set(t, d, "assessment", "问题真实、紧迫，具备解决条件。");
            Assign.set(t, d, "foundation", "学会在工业视觉领域有专家储备和成功案例。");
            Assign.set(t, d, "solution", "开展技术诊断、联合攻关和“蹲点”服务。");
        } catch (ValueException e) {
            throw new IllegalStateException("fixture value rejected: " + e.getMessage(), e);
        }
        return d;
    }

    private static void phase(TemplateDef t, Draft d, int row, String budget, String content, String from, String to)
            throws ValueException {
        String p = "phases[" + row + "].";
        Assign.set(t, d, p + "budget", budget);
        Assign.set(t, d, p + "content", content);
        Assign.set(t, d, p + "from", from);
        Assign.set(t, d, p + "to", to);
    }

    private static void expense(TemplateDef t, Draft d, int row, String item, String cast, String other)
            throws ValueException {
        String p = "expenses[" + row + "].";
        Assign.set(t, d, p + "item", item);
        Assign.set(t, d, p + "cast", cast);
        Assign.set(t, d, p + "other", other);
        Assign.set(t, d, p + "basis", "按实际标准测算");
    }
}
