package cn.shenbao.forms.gather;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFileException;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.i18n.Messages;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import cn.shenbao.forms.text.Shown;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Gathering the rows of a T6 拟支持项目建议表 ({@code jyb-2024}) from T5 绩效目标申报表 drafts ({@code jxmb-2024}):
 * the one mechanism the command line ({@code gather}) and the client (工具 › 从绩效目标表汇总…) call.
 *
 * <p>A row takes 项目名称 and 承担单位 as in the T5, 拟支持经费 = 中央补助, 自筹经费 = 总预算 − 中央补助, 相关领域 =
 * the direction, and a suggested 主要支持内容 ({@link #suggestedContent}). Each gathered row keeps, in two hidden
 * columns, where it came from ({@code source}: the draft's path relative to the T6 draft's folder) and what it
 * took ({@code taken}: template, fingerprint and the six values). Gathering again compares three values per
 * cell — what was taken, what the row holds now (the user's edits) and what the source gives now — and offers
 * only the source's changes ({@link Change}); a change of a cell the user left alone is taken by default, one
 * the user edited is kept by default. {@link #plan} changes nothing; {@link #apply} writes the rows.
 */
public final class Gathering {
    /** The template gathered from (T5 绩效目标申报表). */
    public static final String SOURCE_TEMPLATE = "jxmb-2024";
    /** The template gathered into (T6 拟支持项目建议表). */
    public static final String TARGET_TEMPLATE = "jyb-2024";
    /** The table of T6 the rows go to. */
    public static final String TABLE = "projects";
    /** The columns a row takes from its source, in order. */
    public static final List<String> COLUMNS = List.of("name", "unit", "content", "field", "funding", "selfFunding");
    /** Hidden column: the source draft's path (relative to the T6 draft's folder when it has one, with '/'). */
    public static final String SOURCE = "source";
    /** Hidden column: JSON of what the row took: {@code {"template", "fingerprint", "values": {column: value}}}. */
    public static final String TAKEN = "taken";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TemplateRegistry registry;
    private final DraftFiles files;

    public Gathering(TemplateRegistry registry) {
        this.registry = registry;
        this.files = new DraftFiles(registry);
    }

    public static Gathering builtIn() {
        return new Gathering(TemplateRegistry.builtIn());
    }

    // ------------------------------------------------------------------------------------------ the plan

    /** What gathering one source draft does. */
    public enum Status {
        /** no row refers to it yet: a new row */
        NEW,
        /** its row exists and the source changed cells the user may take */
        CHANGED,
        /** its row exists and nothing of the source changed (or the row already holds it) */
        UNCHANGED
    }

    /**
     * One source draft in a plan.
     *
     * @param file      the draft file
     * @param reference what the row's {@code source} column will hold
     * @param values    the six values it gives now (column → canonical text)
     * @param taken     the hidden {@code taken} text the row will hold after {@link #apply}
     * @param row       index of its row in the T6 table, or -1 for a new row
     * @param status    what gathering it does
     * @param changes   the cells the source changed (empty unless CHANGED)
     */
    public record Source(Path file, String reference, Map<String, String> values, String taken, int row,
                         Status status, List<Change> changes) {
        /** The project's name (from the source). */
        public String name() {
            return values.getOrDefault("name", "");
        }
    }

    /**
     * A cell of a gathered row that changed in its source since the row took it.
     *
     * @param file   the source draft
     * @param row    the row's index in the T6 table
     * @param column the column id
     * @param label  the column's label (as printed)
     * @param taken  what the row took last time ("" when the row was typed by hand and linked by its name)
     * @param mine   what the row holds now
     * @param theirs what the source gives now
     */
    public record Change(Path file, int row, String column, String label, String taken, String mine, String theirs) {
        /** Whether the user changed this cell since it was taken (then the default is to keep it). */
        public boolean edited() {
            return !Objects.equals(mine, taken);
        }

        /** What an interactive-free run does: take the source's change unless the user edited the cell. */
        public boolean takeByDefault() {
            return !edited();
        }
    }

    /** A file that could not be gathered: the message names it and says what to do; it changed nothing. */
    public record Problem(Path file, String key, Object[] args, DraftFileException cause) {
        public String message(Locale locale) {
            return cause != null ? cause.message(locale) : Messages.get(locale, key, args);
        }
    }

    /**
     * The result of comparing the sources with a T6 draft; {@link #apply} carries it out.
     *
     * @param sources  one entry per readable T5 draft, in the order given (folders sorted by name)
     * @param problems files that were not gathered, each with its message
     * @param skipped  drafts of other forms found in folders (named files of other forms are problems)
     */
    public record Plan(List<Source> sources, List<Problem> problems, List<Path> skipped) {
        /** Every change of every source. */
        public List<Change> changes() {
            return sources.stream().flatMap(s -> s.changes().stream()).toList();
        }

        public long count(Status status) {
            return sources.stream().filter(s -> s.status() == status).count();
        }

        /** Whether applying changes the draft at all (new rows, changes, or a newer fingerprint to record). */
        public boolean changesAnything(Draft t6) {
            for (Source s : sources) {
                if (s.row() < 0 || !s.changes().isEmpty()
                        || !Objects.equals(t6.text(FieldPath.cell(TABLE, s.row(), TAKEN)), s.taken())
                        || !Objects.equals(t6.text(FieldPath.cell(TABLE, s.row(), SOURCE)), s.reference())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Compares T5 drafts with a T6 draft without changing either.
     *
     * @param t6     the T6 draft (template {@value #TARGET_TEMPLATE})
     * @param t6File where it is saved (row references are relative to its folder), or null for an unsaved one
     * @param inputs T5 draft files and folders (a folder: every {@code .shenbao} file below it)
     * @throws IllegalArgumentException when {@code t6} is not a T6 draft
     */
    public Plan plan(Draft t6, Path t6File, Collection<Path> inputs) {
        if (!TARGET_TEMPLATE.equals(t6.templateId())) {
            throw new IllegalArgumentException("not a " + TARGET_TEMPLATE + " draft: " + t6.templateId());
        }
        TemplateDef target = registry.get(TARGET_TEMPLATE);
        Path base = t6File == null ? null : t6File.toAbsolutePath().normalize().getParent();
        Path self = t6File == null ? null : t6File.toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        Set<Integer> claimed = new LinkedHashSet<>();
        List<Map<String, String>> rows = t6.rows(TABLE);
        List<Path> refs = new ArrayList<>(rows.size()); // each row's source, resolved once
        for (Map<String, String> r : rows) {
            String ref = r.getOrDefault(SOURCE, "");
            refs.add(ref.isEmpty() ? null : resolve(base, ref));
        }
        for (Path input : inputs) {
            boolean folder = Files.isDirectory(input);
            List<Path> list;
            if (folder) {
                try (Stream<Path> walk = Files.walk(input)) {
                    list = walk.filter(p -> p.getFileName().toString().endsWith(DraftFiles.EXTENSION))
                            .filter(Files::isRegularFile).sorted().toList();
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(new Problem(input, "gather.folder", new Object[] {Shown.escape(input.toString()),
                            String.valueOf(e.getMessage())}, null));
                    continue;
                }
            } else {
                list = List.of(input);
            }
            for (Path file : list) {
                Path abs = file.toAbsolutePath().normalize();
                if (abs.equals(self) || !seen.add(abs)) {
                    continue; // the T6 draft itself in its own folder, or a file named twice
                }
                Draft d;
                try {
                    d = files.load(file);
                } catch (DraftFileException e) {
                    problems.add(new Problem(file, null, null, e));
                    continue;
                }
                if (!SOURCE_TEMPLATE.equals(d.templateId())) {
                    if (folder) {
                        skipped.add(file);
                    } else {
                        problems.add(new Problem(file, "gather.foreign", new Object[] {Shown.escape(file.toString()),
                                registry.find(d.templateId()).map(TemplateDef::title).orElse(d.templateId()),
                                d.templateId(), registry.find(SOURCE_TEMPLATE).map(TemplateDef::title)
                                        .orElse(SOURCE_TEMPLATE)}, null));
                    }
                    continue;
                }
                String reference = reference(base, abs);
                Map<String, String> values = rowOf(d);
                String taken = takenText(d, values);
                int row = findRow(rows, refs, abs, values, claimed);
                if (row < 0) {
                    sources.add(new Source(file, reference, values, taken, -1, Status.NEW, List.of()));
                    continue;
                }
                claimed.add(row);
                Map<String, String> before = takenValues(rows.get(row).get(TAKEN));
                List<Change> changes = new ArrayList<>();
                for (String c : COLUMNS) {
                    String was = before.getOrDefault(c, "");
                    String mine = rows.get(row).getOrDefault(c, "");
                    String now = values.getOrDefault(c, "");
                    if (!now.equals(was) && !now.equals(mine)) {
                        changes.add(new Change(file, row, c, label(target, c), was, mine,
                                now));
                    }
                }
                sources.add(new Source(file, reference, values, taken, row,
                        changes.isEmpty() ? Status.UNCHANGED : Status.CHANGED, List.copyOf(changes)));
            }
        }
        return new Plan(List.copyOf(sources), List.copyOf(problems), List.copyOf(skipped));
    }

    /**
     * Carries out a plan made for this very draft: appends the new rows, writes the changes {@code take} accepts
     * (the others keep the row's cell) and records in every gathered row what it took now, so that the next
     * gathering offers only what changes after this one.
     */
    public static void apply(Draft t6, Plan plan, Predicate<Change> take) {
        for (Source s : plan.sources()) {
            if (s.row() < 0) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String c : COLUMNS) {
                    String v = s.values().get(c);
                    if (v != null && !v.isEmpty()) {
                        cells.put(c, v);
                    }
                }
                cells.put(SOURCE, s.reference());
                cells.put(TAKEN, s.taken());
                t6.addRow(TABLE, cells);
                continue;
            }
            for (Change ch : s.changes()) {
                if (take.test(ch)) {
                    t6.set(FieldPath.cell(TABLE, ch.row(), ch.column()), ch.theirs().isEmpty() ? null : ch.theirs());
                }
            }
            t6.set(FieldPath.cell(TABLE, s.row(), SOURCE), s.reference());
            t6.set(FieldPath.cell(TABLE, s.row(), TAKEN), s.taken());
        }
    }

    // ------------------------------------------------------------------------------------------ one row

    /** What a T5 draft gives a T6 row: column id → canonical text (empty values left out). */
    public static Map<String, String> rowOf(Draft t5) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "name", t5.text("projectName"));
        put(m, "unit", t5.text("unit"));
        put(m, "content", suggestedContent(t5));
        put(m, "field", t5.text("direction"));
        put(m, "funding", t5.text("budgetCentral"));
        put(m, "selfFunding", difference(t5.text("budgetTotal"), t5.text("budgetCentral")));
        return m;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v.strip());
        }
    }

    /** 总预算 − 中央补助 as plain text, or "" when either is not a number. */
    static String difference(String total, String part) {
        BigDecimal t = Values.numberOrNull(total);
        BigDecimal p = Values.numberOrNull(part);
        if (t == null || p == null) {
            return "";
        }
        BigDecimal d = t.subtract(p);
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    /**
     * The suggested 主要支持内容, as the seed's example rows read: the T5's 总体目标 as one paragraph, then its
     * output and benefit indicators that have a value, each as name (without a trailing 数量) + value + unit,
     * joined by “，” and closed by “。” — “转化科技成果15项，促进技术合同成交额1500万元”. The 时效 and 满意度
     * indicators (资金使用及时率, 被服务对象满意度: near 100 % in every project) are left out, as in the seed.
     */
    public static String suggestedContent(Draft t5) {
        StringBuilder sb = new StringBuilder();
        String goal = t5.text("goalOverall").strip().replaceAll("\\s*\\n\\s*", "");
        if (!goal.isEmpty()) {
            sb.append(goal);
            char last = goal.charAt(goal.length() - 1);
            if ("，,；;、：:".indexOf(last) >= 0) {
                sb.setLength(sb.length() - 1);
                sb.append('。');
            } else if ("。！？.!?".indexOf(last) < 0) {
                sb.append('。');
            }
        }
        List<String> parts = new ArrayList<>();
        for (Map<String, String> r : t5.rows("indicators")) {
            String value = r.getOrDefault("value", "").strip();
            String name = r.getOrDefault("name", "").strip();
            if (value.isEmpty() || name.isEmpty() || !included(r)) {
                continue;
            }
            if (name.endsWith("数量")) {
                name = name.substring(0, name.length() - 2);
            }
            parts.add(name + value + r.getOrDefault("unit", "").strip());
        }
        if (!parts.isEmpty()) {
            sb.append(String.join("，", parts)).append('。');
        }
        return sb.toString();
    }

    private static boolean included(Map<String, String> indicator) {
        return !indicator.getOrDefault("level1", "").contains("满意度")
                && !indicator.getOrDefault("level2", "").contains("时效");
    }

    // ------------------------------------------------------------------------------------------ references

    /** The {@code source} text of a file: relative to the T6 draft's folder, with '/', else absolute. */
    static String reference(Path base, Path abs) {
        if (base != null && Objects.equals(base.getRoot(), abs.getRoot())) {
            try {
                return base.relativize(abs).toString().replace('\\', '/');
            } catch (IllegalArgumentException e) {
                // another drive: absolute
            }
        }
        return abs.toString();
    }

    /**
     * The row a source belongs to: the one whose {@code source} names the file; else (a moved file) the one whose
     * taken or typed 项目名称 is the source's, not yet claimed by another source and not referring to a file
     * that still exists.
     */
    private static int findRow(List<Map<String, String>> rows, List<Path> refs, Path abs, Map<String, String> values,
            Set<Integer> claimed) {
        for (int i = 0; i < rows.size(); i++) {
            if (abs.equals(refs.get(i)) && !claimed.contains(i)) {
                return i;
            }
        }
        String name = values.getOrDefault("name", "");
        if (name.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (claimed.contains(i)) {
                continue;
            }
            Map<String, String> r = rows.get(i);
            Path other = refs.get(i);
            if (other != null && Files.exists(other)) {
                continue; // belongs to another file that is still there
            }
            String takenName = takenValues(r.get(TAKEN)).getOrDefault("name", "");
            if (name.equals(takenName) || name.equals(r.getOrDefault("name", "").strip())) {
                return i;
            }
        }
        return -1;
    }

    private static Path resolve(Path base, String ref) {
        try {
            Path p = Path.of(ref);
            return (p.isAbsolute() || base == null ? p : base.resolve(p)).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------ taken

    private static String takenText(Draft t5, Map<String, String> values) {
        ObjectNode o = JSON.createObjectNode();
        o.put("template", t5.templateId());
        o.put("fingerprint", Exporter.fingerprint(t5));
        ObjectNode v = o.putObject("values");
        values.forEach(v::put);
        return o.toString();
    }

    /** The values recorded in a row's {@code taken} column (empty when absent or unreadable). */
    public static Map<String, String> takenValues(String taken) {
        Map<String, String> m = new LinkedHashMap<>();
        if (taken == null || taken.isBlank()) {
            return m;
        }
        try {
            JsonNode v = JSON.readTree(taken).path("values");
            v.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText("")));
        } catch (IOException e) {
            // a damaged reference: the row counts as typed by hand
        }
        return m;
    }

    /** The labels of the gathered columns, for reports. */
    public static String label(TemplateDef t6, String column) {
        FieldDef table = t6.field(TABLE);
        FieldDef c = table == null ? null : table.child(column);
        return c == null ? column : c.label();
    }
}
