package cn.shenbao.forms.draft;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.print.layout.LayoutCompiler;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import cn.shenbao.forms.testing.Property;
import cn.shenbao.forms.testing.RandomDrafts;
import cn.shenbao.forms.testing.Rnd;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing of the draft file reader, over every form in the registry: {@value #DEFAULT_COUNT} mutated and
 * random files a run — truncated JSON, flipped bytes, inserted tokens, values of the wrong type and shape,
 * huge strings, deep nesting, unknown fields and templates, future versions, invalid and overlong UTF-8,
 * BOMs and other encodings, control characters. Each must load, or be refused with a
 * {@link DraftFileException} whose message names the file; never another exception or an {@code Error};
 * never more than {@value #MAX_CPU_SECONDS} s of CPU time for one file (CPU time of the test thread, so a
 * loaded machine does not fail it); never a change to the file. A loaded draft is also checked by the rule
 * engine (every message formatted) and compiled for print, without exception.
 *
 * <p>Every file comes from its own seed; a failure names it and keeps the file under
 * {@code forms/target/fuzz-failures/}. Replay one: {@code -Dshenbao.seed=<seed> -Dshenbao.fuzz.count=1};
 * the long run: {@code mvn -o -pl forms test -Dtest=FuzzDraftFilesTest -Dshenbao.fuzz.count=1000000}
 * (docs/draft-format.md).
 */
class FuzzDraftFilesTest {
    static final int DEFAULT_COUNT = 10_000;
    static final int MAX_CPU_SECONDS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final List<TemplateDef> TEMPLATES = TemplateRegistry.builtIn().all();

    @TempDir
    Path dir;

    /** What the mutations produced, by outcome (shown at the end, and checked: the fuzzer must reach both). */
    enum Outcome { LOADED, REFUSED }

    @Test
    void everyMutatedOrRandomFileLoadsOrIsRefusedCleanly() throws Exception {
        int count = Integer.getInteger("shenbao.fuzz.count", DEFAULT_COUNT);
        long base = Property.baseSeed();
        System.out.println("fuzzing " + count + " draft files, first seed " + base
                + " (replay one with -D" + Property.SEED + "=<seed> -Dshenbao.fuzz.count=1)");
        List<byte[]> seeds = seedFiles(new Rnd(base));
        DraftFiles files = DraftFiles.builtIn();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Path f = dir.resolve("草稿 fuzz.shenbao");
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<String, Integer> skipped = new java.util.TreeMap<>();
        long[] slowest = {0, 0};
        long[] cpuTotal = {0, 0};
        long wallStart = System.nanoTime();
        Assertions.assertTimeoutPreemptively(Duration.ofMinutes(Math.max(10, count / 2_000)), () -> {
            for (int i = 0; i < count; i++) {
                long caseStart = cpu.getCurrentThreadCpuTime();
                long seed = Property.caseSeed(base, i);
                byte[] input = mutate(new Rnd(seed), seeds);
                String known = knownDefect(input);
                if (known != null) {
                    skipped.merge(known, 1, Integer::sum);
                    continue;
                }
                Files.write(f, input);
                byte[] hash = sha256(input);
                long t0 = cpu.getCurrentThreadCpuTime();
                Outcome o;
                try {
                    o = loadCheckCompile(files, f);
                } catch (Throwable t) { // NOPMD - any other throwable is the failure this test looks for
                    throw failure(seed, input, "threw " + t, t);
                }
                long spent = cpu.getCurrentThreadCpuTime() - t0;
                if (spent > slowest[0]) {
                    slowest[0] = spent;
                    slowest[1] = seed;
                }
                if (spent > MAX_CPU_SECONDS * 1_000_000_000L) {
                    throw failure(seed, input, "took " + spent / 1_000_000 + " ms of CPU time", null);
                }
                if (!Arrays.equals(sha256(Files.readAllBytes(f)), hash)) {
                    throw failure(seed, input, "changed the file", null);
                }
                outcomes.merge(o, 1, Integer::sum);
                cpuTotal[0] += spent;
                cpuTotal[1] += cpu.getCurrentThreadCpuTime() - caseStart;
            }
        });
        System.out.println("fuzzing: " + outcomes + ", kept out (open defects of issue 9): " + skipped
                + "; " + cpuTotal[0] / 1_000_000 + " ms CPU loading and checking, "
                + cpuTotal[1] / 1_000_000 + " ms CPU in all, " + (System.nanoTime() - wallStart) / 1_000_000
                + " ms wall; slowest " + slowest[0] / 1_000_000 + " ms CPU (seed " + slowest[1] + ")");
        if (count >= 1000) {
            assertThat(outcomes.getOrDefault(Outcome.LOADED, 0)).as("mutations that still load").isGreaterThan(count / 20);
            assertThat(outcomes.getOrDefault(Outcome.REFUSED, 0)).as("mutations that are refused").isGreaterThan(count / 20);
        }
    }

    /**
     * The name of a defect listed in issue 9 that this input hits, while its fix is not on main yet; such
     * inputs are kept out of the run (and counted). None is open now: defects 2 (a multiple choice stored as
     * one string) and 3 (long a.a.a… keys and e-mails) were kept out here until their fix (4645c24) was merged.
     * Add an entry (with the defect's name) only for a listed defect whose fix is under way.
     */
    static String knownDefect(byte[] input) {
        return null;
    }

    private static Outcome loadCheckCompile(DraftFiles files, Path f) {
        Draft d;
        try {
            d = files.load(f);
        } catch (DraftFileException e) {
            for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String m = e.message(l);
                assertThat(m).as("message of a refused file names it").contains(f.getFileName().toString());
            }
            return Outcome.REFUSED;
        }
        TemplateDef t = TemplateRegistry.builtIn().get(d.templateId());
        for (Finding finding : RuleEngine.check(t, d)) {
            finding.message(Locale.SIMPLIFIED_CHINESE);
        }
        LayoutCompiler.compile(t, d, Locale.SIMPLIFIED_CHINESE);
        return Outcome.LOADED;
    }

    private AssertionError failure(long seed, byte[] input, String what, Throwable cause) {
        Path kept = Path.of("target", "fuzz-failures", seed + ".shenbao");
        try {
            Files.createDirectories(kept.getParent());
            Files.write(kept, input);
        } catch (Exception e) {
            kept = null;
        }
        AssertionError e = new AssertionError("a fuzzed draft file " + what + "; seed " + seed + " (replay with -D"
                + Property.SEED + "=" + seed + " -Dshenbao.fuzz.count=1)" + (kept == null ? "" : ", the file is kept as "
                + kept.toAbsolutePath()) + "; its start: " + preview(input), cause);
        return e;
    }

    private static String preview(byte[] b) {
        String s = new String(b, 0, Math.min(b.length, 300), StandardCharsets.UTF_8);
        return s.replaceAll("\\p{Cntrl}", "·") + (b.length > 300 ? "… (" + b.length + " bytes)" : "");
    }

    private static byte[] sha256(byte[] b) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }

    // ---- inputs ------------------------------------------------------------------------------------

    /** Files of complete random drafts of every form, and a blank one of each, to start the mutations from. */
    private static List<byte[]> seedFiles(Rnd r) {
        List<byte[]> out = new ArrayList<>();
        for (TemplateDef t : TEMPLATES) {
            out.add(DraftFiles.toBytes(new Draft(t.id(), t.version())));
            for (int i = 0; i < 4; i++) {
                out.add(DraftFiles.toBytes(RandomDrafts.valid(t).next(r)));
            }
        }
        return out;
    }

    static byte[] mutate(Rnd r, List<byte[]> seeds) throws Exception {
        byte[] good = r.pick(seeds);
        int rounds = r.oneIn(4) ? r.between(2, 4) : 1;
        byte[] b = good;
        for (int k = 0; k < rounds; k++) {
            b = mutateOnce(r, b);
        }
        return b;
    }

    private static byte[] mutateOnce(Rnd r, byte[] b) throws Exception {
        switch (r.below(10)) {
            case 0 -> {
                return Arrays.copyOf(b, r.below(Math.max(1, b.length))); // truncated
            }
            case 1 -> {
                byte[] c = b.clone();
                for (int k = r.between(1, 8); k > 0 && c.length > 0; k--) {
                    c[r.below(c.length)] = (byte) r.below(256);
                }
                return c;
            }
            case 2 -> {
                String[] tokens = {"{", "}", "[", "]", ",", ":", "\"", "null", "1e999", "-1", "true", "\\u0000",
                    "\\ud800", "\"\\u001b]0;owned\\u0007\"", "9".repeat(400), "{\"a\":", "[[[[", "\\"};
                return insert(b, r.below(b.length + 1), tokens[r.below(tokens.length)].getBytes(StandardCharsets.UTF_8));
            }
            case 3 -> {
                byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE4, (byte) 0xB8}};
                return insert(b, r.below(b.length + 1), bad[r.below(bad.length)]); // invalid and overlong UTF-8
            }
            case 4 -> {
                return encoding(r, b);
            }
            case 5 -> {
                return random(r);
            }
            default -> {
                return tree(r, b);
            }
        }
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
        out.write(b, 0, at);
        out.write(what, 0, what.length);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    /** The same JSON with a BOM, or in another encoding. */
    private static byte[] encoding(Rnd r, byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        return switch (r.below(6)) {
            case 0 -> insert(b, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            case 1 -> s.getBytes(StandardCharsets.UTF_16LE);
            case 2 -> s.getBytes(StandardCharsets.UTF_16); // with BOM
            case 3 -> s.getBytes(Charset.forName("UTF-32"));
            case 4 -> s.getBytes(Charset.forName("GB18030"));
            default -> insert(b, 0, new byte[] {(byte) 0xFE, (byte) 0xFF});
        };
    }

    /** Not a mutation of a draft at all: random bytes, or random JSON. */
    private static byte[] random(Rnd r) throws Exception {
        if (r.oneIn(2)) {
            byte[] b = new byte[r.below(2000)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) r.below(256);
            }
            return b;
        }
        return JSON.writeValueAsBytes(randomNode(r, 0));
    }

    private static JsonNode randomNode(Rnd r, int depth) {
        switch (depth > 6 ? r.below(6) : r.below(8)) {
            case 0 -> {
                return N.nullNode();
            }
            case 1 -> {
                return N.booleanNode(r.oneIn(2));
            }
            case 2 -> {
                return r.pick(N.numberNode(r.between(-5, 5)), N.numberNode(1.9), N.numberNode(4294967297L),
                        N.numberNode(new java.math.BigDecimal("1e400")), N.numberNode(-0.0));
            }
            case 3, 4, 5 -> {
                return N.textNode(string(r));
            }
            case 6 -> {
                ArrayNode a = N.arrayNode();
                for (int i = r.below(5); i > 0; i--) {
                    a.add(randomNode(r, depth + 1));
                }
                return a;
            }
            default -> {
                ObjectNode o = N.objectNode();
                for (int i = r.below(5); i > 0; i--) {
                    o.set(r.pick("format", "formatVersion", "template", "id", "version", "values", "meta", "acknowledged",
                            "created", "x", string(r)), randomNode(r, depth + 1));
                }
                return o;
            }
        }
    }

    /** A string value meant to hurt: control characters, escapes, bidi, huge, CJK, surrogates, paths. */
    private static String string(Rnd r) {
        return switch (r.below(13)) {
            case 0 -> "";
            case 1 -> "\u001b[2J\u001b]0;owned\u0007清屏";
            case 2 -> "\u202e反转\u200b零宽\u0000NUL\r单独CR\u000b\u000c";
            case 3 -> "中".repeat(r.oneIn(20) ? r.between(1, 200_000) : r.between(1, 2_000));
            case 4 -> "a".repeat(r.oneIn(20) ? r.between(1, 70_000) : r.between(1, 5_000));
            case 5 -> "\ud800孤立\udfff";
            case 6 -> "members[" + r.pick("0", "-1", "99999999999", "1000001", "x") + "].name";
            case 7 -> r.pick("kczg-2024", "kczg-2099", "../../etc/passwd", "shenbao-draft", "$castFundingMax");
            case 8 -> r.pick("2024-05-24", "2024-02-30", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "+999999-01-01");
            case 9 -> r.pick("80", "-1", "1e9", "NaN", "0.001", "80.00", "８０", "true", "是", "☑");
            case 10 -> "𠀾𪚥😀👩‍🔬".repeat(r.between(1, 50));
            case 11 -> r.pick("a@" + "a.".repeat(3000) + "com", "a.".repeat(5000) + "a", "x@y.cn"); // issue 9, defect 3
            default -> "值" + r.below(1000);
        };
    }

    /** A change to the JSON tree of a draft. */
    private static byte[] tree(Rnd r, byte[] b) throws Exception {
        JsonNode root;
        try {
            root = JSON.readTree(b);
        } catch (Exception e) {
            return b; // an earlier round broke it already
        }
        if (!(root instanceof ObjectNode o)) {
            return JSON.writeValueAsBytes(randomNode(r, 0));
        }
        ObjectNode values = o.get("values") instanceof ObjectNode v ? v : o.putObject("values");
        TemplateDef t = TEMPLATES.stream().filter(x -> x.id().equals(o.path("template").path("id").asText())).findFirst()
                .orElse(r.pick(TEMPLATES));
        switch (r.below(12)) {
            case 0 -> { // a value of another type or shape
                List<String> keys = new ArrayList<>();
                values.fieldNames().forEachRemaining(keys::add);
                String key = keys.isEmpty() ? r.pick(t.paths()) : r.pick(keys);
                values.set(key, randomNode(r, 4));
            }
            case 1 -> values.set(r.pick(t.paths()).replace("[]", "[" + r.below(3) + "]"), randomNode(r, 3));
            case 2 -> o.set(r.pick("format", "formatVersion", "template", "meta", "values", "acknowledged"), randomNode(r, 3));
            case 3 -> (o.get("template") instanceof ObjectNode tn ? tn : o.putObject("template")).set(r.pick("id", "version"), r.pick(N.textNode("kczg-2099"), N.numberNode(2), N.numberNode(1.9),
                            N.booleanNode(true), N.textNode("1"), N.numberNode(4294967297L), N.numberNode(0), N.nullNode()));
            case 4 -> o.set("formatVersion", r.pick(N.numberNode(2), N.numberNode(1.9), N.textNode("1"), N.booleanNode(true),
                    N.numberNode(-1), N.numberNode(new java.math.BigDecimal("1e30")), N.numberNode(999)));
            case 5 -> { // unknown fields anywhere
                o.put("x" + r.below(100), string(r));
                values.put("unknown" + r.below(100), string(r));
            }
            case 6 -> { // deep nesting
                int depth = r.pick(10, 500, 1_001, 5_000);
                String deep = "[".repeat(depth) + "]".repeat(depth);
                return JSON.writeValueAsString(o).replaceFirst("\"values\"\\s*:\\s*\\{", "\"values\":{\"deep\":" + deep + ",")
                        .getBytes(StandardCharsets.UTF_8);
            }
            case 7 -> { // a table: rows of the wrong shape, many rows, cells of the wrong shape
                List<String> tables = t.paths().stream().filter(p -> t.field(p).type() == FieldType.TABLE).toList();
                if (tables.isEmpty()) {
                    return b;
                }
                String table = r.pick(tables);
                ArrayNode rows = N.arrayNode();
                int n = r.oneIn(20) ? 2_000 : r.pick(0, 1, 21, 200);
                FieldDef tf = t.field(table);
                for (int i = 0; i < n; i++) {
                    ObjectNode row = rows.addObject();
                    for (FieldDef c : tf.columns()) {
                        row.set(c.id(), r.oneIn(20) ? randomNode(r, 5) : N.textNode(string(r).substring(0, 0) + "值" + i));
                    }
                }
                if (r.oneIn(3)) {
                    rows.add(randomNode(r, 5));
                }
                values.set(table, rows);
            }
            case 8 -> { // texts with control characters, bidi controls, escapes in every kind of field
                String path = r.pick(t.paths()).replace("[]", "[0]");
                values.put(path.contains("[") ? path.substring(0, path.indexOf('[')) + "x" : path, string(r));
            }
            case 9 -> { // a value at its type's edge
                String path = r.pick(t.paths().stream().filter(p -> !p.contains("[]")).toList());
                FieldDef f = t.field(path);
                values.put(path, switch (f.type()) {
                    case MONEY, INTEGER, PERCENT -> r.pick("999999999.99", "1e10", "-0", "0.001", "99999999999999999999");
                    case DATE -> r.pick("0000-01-01", "2024-13-01", "2024/5/20", "２０２４年５月２０日", "-999999999-01-01");
                    case EMAIL -> r.pick("a@b", "@", "a@b.c" + "c".repeat(r.between(1, 300)));
                    default -> string(r);
                });
            }
            case 10 -> { // acknowledgements of any shape
                o.set("acknowledged", r.oneIn(2) ? randomNode(r, 3) : N.arrayNode().add(string(r)).add(1).add(N.nullNode()));
            }
            default -> { // metadata of any shape
                o.set("meta", r.oneIn(2) ? randomNode(r, 3) : N.objectNode().put("created", string(r)).put("modified", string(r)));
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o);
    }

    @Test
    void theMutationsAreDeterministicForASeed() throws Exception {
        List<byte[]> seeds = seedFiles(new Rnd(1));
        for (long s = 0; s < 50; s++) {
            assertThat(mutate(new Rnd(s), seeds)).isEqualTo(mutate(new Rnd(s), seeds));
        }
    }

}
