package cn.shenbao.forms.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reviewers reject a form whose headings, labels or options differ from the official one: every
 * printed text of the definition must stand, character for character, in the official notice
 * ({@code ../shared/seeds/003_…txt}, the 科创中国 notice with its 附件3). Texts of our own (fields
 * not printed, sub-labels the form has only as one cell) are listed in {@link #OWN}.
 */
class LabelsMatchSeedTest {
    private static final String SEED = "003_087db2d3d9ef272b.txt";
    /** Labels that are ours: the editor needs a name where the paper form has a blank or one cell. */
    private static final List<String> OWN = List.of("开始日期", "结束日期", "起", "止", "通讯地址", "邮编",
            "单位名称全称", "出生日期", "工作单位");
    private static String seed;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = readSeed(SEED);
    }

    /** A seed beside the project; the test is skipped when it is missing, and fails then on CI. */
    static String readSeed(String name) throws IOException {
        Path p = null;
        for (Path base = Path.of("").toAbsolutePath(); base != null; base = base.getParent()) {
            Path candidate = base.resolve("shared/seeds").resolve(name);
            if (Files.exists(candidate)) {
                p = candidate;
                break;
            }
            candidate = base.resolveSibling("shared").resolve("seeds").resolve(name);
            if (Files.exists(candidate)) {
                p = candidate;
                break;
            }
        }
        cn.shenbao.forms.samples.FormExamples.assumeAvailable(p != null,
                "seed " + name + " not found beside the project (../shared/seeds)");
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void everyPrintedTextStandsInTheNotice() {
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        List<String> missing = new ArrayList<>();
        check(t.title().replace("项目申报书", ""), "title", missing);
        check(t.issuer(), "issuer", missing);
        check(t.instructions().heading(), "instructions", missing);
        t.instructions().points().forEach(p -> check(p, "instructions", missing));
        for (SectionDef s : t.sections()) {
            if (s.heading() != null && !s.id().equals("roster")) {
                check(s.heading(), "heading " + s.id(), missing);
            }
            for (FieldDef f : s.fields()) {
                if (f.isPrinted()) {
                    walk(f, f.id(), missing);
                }
            }
        }
        assertThat(missing).as("texts of the definition that are not in the notice").isEmpty();
    }

    /** The fixed texts of the paper layout (titles, table texts, signature and seal labels) too. */
    @Test
    void everyFixedTextOfThePaperLayoutStandsInTheNotice() throws IOException {
        com.fasterxml.jackson.databind.JsonNode layout;
        try (java.io.InputStream in = getClass().getResourceAsStream("/cn/shenbao/forms/templates/kczg-2024.print.json")) {
            layout = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        List<String> missing = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        collect(layout, null, texts);
        assertThat(texts).as("fixed texts found in the layout").contains("（单位公章）", "申报单位（全国学会）");
        for (String text : texts) {
            check(text, "layout", missing);
        }
        assertThat(missing).as("layout texts that are not in the notice").isEmpty();
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode n, String key, List<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> collect(e.getValue(), e.getKey(), out));
        } else if (n.isArray()) {
            n.forEach(v -> collect(v, key, out));
        } else if (n.isTextual() && List.of("text", "title", "seal", "label").contains(key)
                && n.asText().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            out.add(n.asText());
        }
    }

    private void walk(FieldDef f, String path, List<String> missing) {
        String printLabel = f.attrs().get("printLabel");
        if (printLabel != null) {
            check(printLabel.replaceFirst("^\\d\\.", "").replaceFirst("：$", ""), path + " printLabel", missing);
        } else if (!OWN.contains(f.label())) {
            check(f.label(), path + " label", missing);
        }
        if (f.hint() != null) {
            check(f.hint(), path + " hint", missing);
        }
        for (String o : f.options()) {
            check("□" + o, path + " option", missing);
        }
        for (FieldDef c : f.fields()) {
            walk(c, path + "." + c.id(), missing);
        }
        for (FieldDef c : f.columns()) {
            walk(c, path + "[]." + c.id(), missing);
        }
    }

    private static void check(String text, String where, List<String> missing) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !seed.contains(l)) {
                missing.add(where + ": " + l);
            }
        }
    }

    /**
     * The forms of the 龙泉 notice (seed 004: 附件1 尖兵领雁需求表, 附件2 and 附件3 需求征集表): every printed
     * text of the definition and every fixed text of the layout stands in the notice. The notice is a Word
     * table turned into text, which breaks cell texts over lines (攻关背景 / 和意义); white space is
     * therefore ignored on both sides, every other character must match.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"jblx-2024", "lq-2024-enterprise", "lq-2024-association",
            "jyb-2024"})
    void everyTextOfTheFormsOfSeed004StandsInTheNotice(String id) throws IOException {
        String notice = squash(readSeed("004_5c767020485e870f.txt"));
        TemplateDef t = TemplateRegistry.builtIn().get(id);
        List<String> texts = new ArrayList<>();
        texts.add(t.title());
        texts.add(t.issuer());
        texts.add(t.notice().title());
        for (SectionDef s : t.sections()) {
            if (s.heading() != null) {
                texts.add(s.heading());
            }
            for (FieldDef f : s.fields()) {
                if (f.isPrinted()) {
                    printedTexts(f, texts);
                }
            }
        }
        com.fasterxml.jackson.databind.JsonNode layout;
        try (java.io.InputStream in = getClass().getResourceAsStream("/cn/shenbao/forms/templates/" + id + ".print.json")) {
            layout = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        List<String> fixed = new ArrayList<>();
        collect(layout, null, fixed);
        assertThat(fixed).as("fixed texts of the layout").isNotEmpty();
        texts.addAll(fixed);
        List<String> missing = texts.stream().filter(x -> !notice.contains(squash(x))).toList();
        assertThat(missing).as("texts of %s that are not in the notice", id).isEmpty();
    }

    /** Labels of seed 004's forms that are ours: the paper has the level boxes without a caption. */
    private static final List<String> OWN_004 = List.of("级别");

    private static void printedTexts(FieldDef f, List<String> out) {
        if (!OWN_004.contains(f.label())) {
            out.add(f.attrs().getOrDefault("printLabel", f.label()));
        }
        if (f.hint() != null) {
            out.add(f.hint());
        }
        out.addAll(f.options());
        f.optionsBy().forEach((k, v) -> out.addAll(v));
        for (FieldDef c : f.fields()) {
            printedTexts(c, out);
        }
        for (FieldDef c : f.columns()) {
            if (c.isPrinted()) {
                printedTexts(c, out);
            }
        }
    }

    /** Texts of T7 that are ours: the recommender's kind decides the quota (通知 三) but has no box on the paper. */
    private static final List<String> OWN_001 = List.of("推荐单位类别", "推荐单位类别：", "推荐项目", "备注（不打印）");

    /**
     * T7, the 南通 项目推荐汇总表 (seed 001, 附件2): every label and option of the definition (the 指南编号 with the
     * names of 附件1, the kinds of recommender of 通知 三) and every fixed text of the layout stands in the notice.
     * The guidance hints are ours and are not compared.
     */
    @Test
    void everyTextOfTheNantongSummaryStandsInTheNotice() throws IOException {
        String notice = squash(readSeed("001_1980b886557aaaf5.txt"));
        TemplateDef t = TemplateRegistry.builtIn().get("nt-2023-summary");
        List<String> texts = new ArrayList<>(List.of(t.title(), t.issuer()));
        for (SectionDef s : t.sections()) {
            for (FieldDef f : s.fields()) {
                texts.add(f.label());
                texts.addAll(f.options());
                for (FieldDef c : f.columns()) {
                    texts.add(c.label());
                    texts.addAll(c.options());
                }
            }
        }
        com.fasterxml.jackson.databind.JsonNode layout;
        try (java.io.InputStream in = getClass().getResourceAsStream("/cn/shenbao/forms/templates/nt-2023-summary.print.json")) {
            layout = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        List<String> fixed = new ArrayList<>();
        collect(layout, null, fixed);
        assertThat(fixed).as("fixed texts of the layout").contains("附件2", "推荐单位：");
        texts.addAll(fixed);
        List<String> missing = texts.stream().filter(x -> !OWN_001.contains(x.strip()) && !notice.contains(squash(x)))
                .toList();
        assertThat(missing).as("texts of nt-2023-summary that are not in the notice").isEmpty();
        assertThat(notice).contains(squash("1001 人工智能"), squash("5002 智能医疗"));
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
