package cn.shenbao.forms.print.stress;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.samples.SampleDrafts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Valid 科创中国 drafts that push the paper layout to its corners, built from the complete sample: members 1–20,
 * 服务团组成单位 1–12, expense rows 1–8, phases 1–6, every long text at its limit with dense punctuation,
 * 40-character unit names, 45–70 character e-mail addresses, rare characters, binding margin 0–30 mm, duplex
 * on and off. Seeded: the same seed always gives the same draft. Plain JUnit, no property framework.
 */
public final class StressDrafts {
    /** Rare characters of the 通用规范汉字表 found in names (not in GB 2312). */
    static final String RARE = "镕堃喆珺赟昇龑玥婧彧";
    private static final String DENSE = "（一）“科创中国”：产学研协同，需求—供给；成果（专利、标准、报告）转化！"
            + "质量？《指南》、《报告》……“蹲点”服务，100%覆盖；";
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";

    private StressDrafts() {
    }

    /**
     * One stress case.
     *
     * @param name      what it is, for messages
     * @param members   printed members (1–20)
     * @param units     服务团组成单位 (1–12)
     * @param expenses  expense rows (1–8)
     * @param phases    phases (1–6)
     * @param emailLen  length of the long e-mail addresses (45–70)
     * @param bindingMm binding margin (0–30)
     * @param duplex    double-sided
     * @param seed      the random seed of the texts
     */
    public record Case(String name, int members, int units, int expenses, int phases, int emailLen, int bindingMm,
                       boolean duplex, long seed) {
        public Draft draft() {
            return build(this);
        }

        public PrintOptions options() {
            return PrintOptions.defaults().withBindingMarginMm(bindingMm).withDuplex(duplex);
        }

        @Override
        public String toString() {
            return name + " [members " + members + ", units " + units + ", expenses " + expenses + ", phases " + phases
                    + ", e-mail " + emailLen + ", binding " + bindingMm + " mm" + (duplex ? ", duplex" : "")
                    + ", seed " + seed + "]";
        }
    }

    /** The cases the issue reports as broken, then {@code random} seeded cases over the whole range. */
    public static List<Case> sample(int random, long seed) {
        List<Case> out = new ArrayList<>(named());
        Random r = new Random(seed);
        for (int i = 0; i < random; i++) {
            out.add(new Case("random " + i, 1 + r.nextInt(20), 1 + r.nextInt(12), 1 + r.nextInt(8),
                    1 + r.nextInt(6), 45 + r.nextInt(26), r.nextInt(31), r.nextBoolean(), r.nextLong()));
        }
        return out;
    }

    /** The valid drafts the issue names as printing wrongly. */
    public static List<Case> named() {
        return List.of(
                new Case("12 members, 4 expense rows (十一 split)", 12, 4, 4, 3, 45, 0, false, 1),
                new Case("20 members, 6 expense rows (十一 split)", 20, 4, 6, 3, 45, 0, false, 2),
                new Case("20 members, 8 expense rows", 20, 4, 8, 3, 50, 10, true, 3),
                new Case("5 units (首席专家 label split)", 8, 5, 4, 3, 45, 0, false, 4),
                new Case("11 units (团长 label split)", 8, 11, 4, 3, 45, 0, false, 5),
                new Case("70-character e-mails, 30 mm binding (cover)", 5, 3, 2, 2, 70, 30, true, 6),
                new Case("62-character e-mails, 25 mm binding (cover)", 1, 1, 1, 1, 62, 25, false, 7),
                new Case("6 phases, 12 units, 20 members, 8 expenses", 20, 12, 8, 6, 70, 30, false, 8));
    }

    static Draft build(Case c) {
        Random r = new Random(c.seed());
        Draft d = SampleDrafts.kczgComplete();
        for (String p : List.of("contactEmail", "unitHead.email", "unitContact.email", "leader.email",
                "chiefExpert.email")) {
            d.set(p, email(c.emailLen(), r));
        }
        d.set("projectName", "“科创中国”" + unit(20, r) + "科技服务团");
        d.set("applicant", unit(40, r));
        d.set("unitName", unit(40, r));
        d.set("unitAddress.address", unit(40, r));
        d.set("leader.unitPost", unit(40, r));
        d.set("chiefExpert.unitPost", unit(40, r));
        d.set("contact", name(r));
        d.set("leader.name", name(r));
        d.set("chiefExpert.name", name(r));
        for (String p : List.of("unitIntro", "basis")) {
            d.set(p, dense(200, r));
        }
        for (String p : List.of("workPlan", "goals", "conditions", "assessment", "foundation")) {
            d.set(p, dense(300, r));
        }
        d.set("solution", dense(400, r));
        d.set("description", dense(500, r));
        d.set("cities", dense(120, r));
        d.set("otherCities", dense(60, r));

        List<Map<String, String>> units = new ArrayList<>();
        for (int i = 0; i < c.units(); i++) {
            units.add(Map.of("name", unit(40, r)));
        }
        d.setRows("memberUnits", units);

        List<Map<String, String>> members = new ArrayList<>();
        for (int i = 0; i < c.members(); i++) {
            // 联系方式 of a member: a mobile number, or now and then a long e-mail address
            String contact = r.nextInt(4) == 0 ? email(45 + r.nextInt(26), r)
                    : "13" + (100000000 + r.nextInt(899999999));
            members.add(row("name", name(r), "unitPost", unit(40, r), "contact", contact,
                    "duty", dense(20 + r.nextInt(40), r)));
        }
        d.setRows("members", members);

        // phases: the budget is split so the phase sums still equal the total (80 + 0 + 100 = 180)
        List<Map<String, String>> phases = new ArrayList<>();
        int[] budgets = split(180, c.phases());
        String[][] dates = phaseDates(c.phases());
        for (int i = 0; i < c.phases(); i++) {
            phases.add(row("stage", "第" + "一二三四五六".charAt(i) + "阶段", "budget", String.valueOf(budgets[i]),
                    "content", dense(40 + r.nextInt(40), r), "from", dates[i][0], "to", dates[i][1]));
        }
        d.setRows("phases", phases);

        // expenses: cast 80 and other 100 split over the rows
        List<Map<String, String>> expenses = new ArrayList<>();
        int[] cast = split(80, c.expenses());
        int[] other = split(100, c.expenses());
        for (int i = 0; i < c.expenses(); i++) {
            expenses.add(row("item", "费用" + (i + 1) + unit(6, r), "cast", String.valueOf(cast[i]),
                    "other", String.valueOf(other[i]), "basis", dense(20 + r.nextInt(30), r)));
        }
        d.setRows("expenses", expenses);
        return d;
    }

    /** {@code total} split into {@code n} positive whole parts. */
    private static int[] split(int total, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = total / n + (i < total % n ? 1 : 0);
        }
        return out;
    }

    /** Consecutive phase date ranges between 2024-06-01 and 2025-03-31. */
    private static String[][] phaseDates(int n) {
        java.time.LocalDate start = java.time.LocalDate.of(2024, 6, 1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, java.time.LocalDate.of(2025, 3, 31)) + 1;
        String[][] out = new String[n][2];
        for (int i = 0; i < n; i++) {
            out[i][0] = start.plusDays(days * i / n).toString();
            out[i][1] = start.plusDays(days * (i + 1) / n - 1).toString();
        }
        return out;
    }

    static String email(int len, Random r) {
        String domain = "@sae-china.org.cn";
        StringBuilder local = new StringBuilder();
        String letters = "abcdefghijklmnopqrstuvwxyz";
        while (local.length() < len - domain.length()) {
            if (local.length() > 0 && local.length() % 9 == 0 && local.length() < len - domain.length() - 1) {
                local.append(r.nextBoolean() ? '.' : '_');
            } else {
                local.append(letters.charAt(r.nextInt(letters.length())));
            }
        }
        return local + domain;
    }

    /** A unit name of exactly {@code len} characters, with a rare character in it. */
    static String unit(int len, Random r) {
        String base = "中国科学院" + RARE.charAt(r.nextInt(RARE.length())) + "新能源与智能网联汽车动力电池安全技术重点实验室"
                + "（长三角分中心）联合研究院";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < len) {
            sb.append(base);
        }
        return sb.substring(0, len);
    }

    static String name(Random r) {
        return "" + SURNAMES.charAt(r.nextInt(SURNAMES.length())) + RARE.charAt(r.nextInt(RARE.length()))
                + RARE.charAt(r.nextInt(RARE.length()));
    }

    /** Exactly {@code chars} characters of dense punctuation and text, starting at a random place. */
    static String dense(int chars, Random r) {
        StringBuilder sb = new StringBuilder();
        int start = r.nextInt(DENSE.length());
        while (sb.length() < chars + start) {
            sb.append(DENSE);
        }
        return sb.substring(start, start + chars);
    }

    private static Map<String, String> row(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
