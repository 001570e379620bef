package cn.shenbao.forms.roster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Import of experts from an {@code .xlsx} or {@code .csv} file into a roster, in two steps: {@link #preview} reads
 * the file and compares it with the roster without changing anything; {@link Preview#apply} makes the changes on
 * a copy of the roster, which the caller saves ({@link RosterFiles#save}) — an import that fails changes nothing.
 *
 * <p>The header row is the first of the first ten rows that names the most known fields ({@link RosterField}
 * synonyms, any order); columns can also be mapped by hand ({@code 列标题 → field}). Each data row is either
 * new, a duplicate of an expert already in the roster (same mobile, or same name and unit: the user decides per
 * pair, {@link Decision}), or has problems (listed with its row number and the reasons; not imported).
 */
public final class RosterImport {
    private static final int HEADER_SEARCH_ROWS = 10;

    private RosterImport() {
    }

    /** What to do with a row that is a person already in the roster. */
    public enum Decision {
        /** The roster's entry stays as it is; the row is not imported. */
        KEEP,
        /** The row replaces the entry (same id). */
        REPLACE,
        /** Fields the row has overwrite the entry's, fields it lacks keep the entry's value; flags are or-ed. */
        MERGE
    }

    /** A data row that can be imported: its row number and the expert read from it. */
    public record Incoming(int row, Expert expert) {
    }

    /** A row that is a person already in the roster. */
    public record Duplicate(int row, Expert incoming, Expert existing) {
        /** The fields the row has (non-empty, or a ticked flag) whose value differs from the roster's. */
        public List<RosterField> differences() {
            List<RosterField> out = new ArrayList<>();
            for (RosterField f : RosterField.values()) {
                String v = incoming.get(f);
                if (!v.isEmpty() && !v.equals("false") && !v.equals(existing.get(f))) {
                    out.add(f);
                }
            }
            return out;
        }
    }

    /** A row that is not imported, with its reasons. */
    public record Rejected(int row, List<RosterValues.Problem> problems) {
        public String message(Locale locale) {
            StringBuilder sb = new StringBuilder();
            for (RosterValues.Problem p : problems) {
                if (sb.length() > 0) {
                    sb.append(locale.getLanguage().equals("en") ? "; " : "；");
                }
                sb.append(p.message(locale));
            }
            return sb.toString();
        }
    }

    /** What an import would do. */
    public static final class Preview {
        private final Path file;
        private final int headerRow;
        private final Map<String, RosterField> mapping;
        private final List<String> ignored;
        private final List<Incoming> added;
        private final List<Duplicate> duplicates;
        private final List<Rejected> rejected;
        private final List<SheetRows.Note> notes;
        private final Roster roster;

        Preview(Path file, int headerRow, Map<String, RosterField> mapping, List<String> ignored, List<Incoming> added,
                List<Duplicate> duplicates, List<Rejected> rejected, List<SheetRows.Note> notes, Roster roster) {
            this.file = file;
            this.headerRow = headerRow;
            this.mapping = Collections.unmodifiableMap(mapping);
            this.ignored = List.copyOf(ignored);
            this.added = List.copyOf(added);
            this.duplicates = List.copyOf(duplicates);
            this.rejected = List.copyOf(rejected);
            this.notes = List.copyOf(notes);
            this.roster = roster;
        }

        public Path file() {
            return file;
        }

        /** The row number of the header row. */
        public int headerRow() {
            return headerRow;
        }

        /** Header text → field, in the file's column order. */
        public Map<String, RosterField> mapping() {
            return mapping;
        }

        /** Headers of columns that are not imported. */
        public List<String> ignored() {
            return ignored;
        }

        /** Rows that become new experts. */
        public List<Incoming> added() {
            return added;
        }

        /** Rows that are a person already in the roster. */
        public List<Duplicate> duplicates() {
            return duplicates;
        }

        /** Rows with problems (not imported). */
        public List<Rejected> rejected() {
            return rejected;
        }

        /** How cells were read (formulas, merged cells). */
        public List<SheetRows.Note> notes() {
            return notes;
        }

        /** The notes in the reader's language. */
        public List<String> noteTexts(Locale locale) {
            List<String> out = new ArrayList<>();
            for (SheetRows.Note n : notes) {
                out.add(RosterException.text(locale, n.key(), n.args()));
            }
            return out;
        }

        /**
         * The roster after the import: a copy of the roster the preview was made against, with the new rows added
         * and each duplicate treated as decided ({@code decisions} by row number; others get {@code otherwise}).
         */
        public Result apply(Map<Integer, Decision> decisions, Decision otherwise) {
            Roster r = roster.copy();
            int kept = 0;
            int replaced = 0;
            int merged = 0;
            for (Incoming in : added) {
                r.add(in.expert());
            }
            for (Duplicate d : duplicates) {
                Decision dec = decisions.getOrDefault(d.row(), otherwise);
                Expert current = r.find(d.existing().id()).orElse(d.existing());
                switch (dec) {
                    case KEEP -> kept++;
                    case REPLACE -> {
                        r.replace(d.incoming().withId(current.id()));
                        replaced++;
                    }
                    case MERGE -> {
                        r.replace(merge(current, d.incoming()));
                        merged++;
                    }
                }
            }
            return new Result(r, added.size(), replaced, merged, kept, rejected.size());
        }
    }

    /** The roster after an import and what happened. */
    public record Result(Roster roster, int added, int replaced, int merged, int kept, int rejected) {
    }

    /** {@code incoming}'s non-empty fields over {@code existing}; flags or-ed; notes joined when they differ. */
    public static Expert merge(Expert existing, Expert incoming) {
        Expert out = existing;
        for (RosterField f : RosterField.values()) {
            String v = incoming.get(f);
            if (f == RosterField.TUOJU || f == RosterField.DUNDIAN) {
                if (Boolean.parseBoolean(v)) {
                    out = out.with(f, "true");
                }
            } else if (f == RosterField.NOTES) {
                if (!v.isEmpty() && !existing.notes().contains(v)) {
                    out = out.with(f, existing.notes().isEmpty() ? v : existing.notes() + "；" + v);
                }
            } else if (!v.isEmpty()) {
                out = out.with(f, v);
            }
        }
        return out;
    }

    /** Reads a file (by its extension: {@code .xlsx}, {@code .csv} or {@code .txt}) as rows of texts. */
    public static SheetRows read(Path file) throws RosterException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return XlsxReader.read(file);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return CsvReader.read(file);
        }
        if (name.endsWith(".xls") || name.endsWith(".et") || name.endsWith(".wps")) {
            throw new RosterException(file, "import.xls", null);
        }
        throw new RosterException(file, "import.kind", null);
    }

    /** {@link #preview(Path, Roster, Map, LocalDate)} with today's date and no hand mapping. */
    public static Preview preview(Path file, Roster roster) throws RosterException {
        return preview(file, roster, Map.of(), LocalDate.now());
    }

    /**
     * What importing {@code file} into {@code roster} would do. {@code map}: header text → field for columns the
     * synonyms do not name (or name wrongly); {@code today} bounds plausible birth dates.
     */
    public static Preview preview(Path file, Roster roster, Map<String, RosterField> map, LocalDate today)
            throws RosterException {
        SheetRows sheet = read(file);
        return preview(file, sheet, roster, map, today);
    }

    static Preview preview(Path file, SheetRows sheet, Roster roster, Map<String, RosterField> map, LocalDate today)
            throws RosterException {
        List<SheetRows.Row> rows = sheet.rows();
        int header = -1;
        int best = 0;
        for (int i = 0; i < rows.size() && i < HEADER_SEARCH_ROWS; i++) {
            int known = 0;
            boolean name = false;
            for (String c : rows.get(i).cells()) {
                RosterField f = field(c, map);
                if (f != null) {
                    known++;
                    name |= f == RosterField.NAME;
                }
            }
            if (name && known > best) {
                best = known;
                header = i;
            }
        }
        if (header < 0) {
            List<String> seen = rows.isEmpty() ? List.of() : rows.get(0).cells();
            throw new RosterException(file, "import.noNameColumn", null,
                    String.join("、", seen.stream().filter(s -> !s.isBlank()).limit(20).toList()));
        }
        SheetRows.Row head = rows.get(header);
        Map<Integer, RosterField> columns = new LinkedHashMap<>();
        Map<String, RosterField> mapping = new LinkedHashMap<>();
        Map<RosterField, String> taken = new EnumMap<>(RosterField.class);
        List<String> ignored = new ArrayList<>();
        for (int c = 0; c < head.cells().size(); c++) {
            String h = head.cells().get(c).strip();
            if (h.isEmpty()) {
                continue;
            }
            RosterField f = field(h, map);
            if (f == null || taken.containsKey(f)) {
                ignored.add(h);
                continue;
            }
            taken.put(f, h);
            columns.put(c, f);
            mapping.put(h, f);
        }
        List<Incoming> added = new ArrayList<>();
        List<Duplicate> dups = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        // the same person (same mobile, or same name + unit) found by hashing, never by comparing all pairs
        Map<String, Integer> seen = new java.util.HashMap<>();
        Map<String, Expert> inRoster = new java.util.HashMap<>();
        for (Expert x : roster.experts()) {
            for (String k : keys(x)) {
                inRoster.putIfAbsent(k, x);
            }
        }
        for (int i = header + 1; i < rows.size(); i++) {
            SheetRows.Row row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            List<RosterValues.Problem> problems = new ArrayList<>();
            Expert e = read(row, columns, today, problems);
            if (problems.isEmpty()) {
                for (String k : keys(e)) {
                    Integer earlier = seen.get(k);
                    if (earlier != null) {
                        problems.add(new RosterValues.Problem("sameAsRow", earlier));
                        break;
                    }
                }
            }
            if (!problems.isEmpty()) {
                rejected.add(new Rejected(row.number(), problems));
                continue;
            }
            Incoming in = new Incoming(row.number(), e);
            for (String k : keys(e)) {
                seen.putIfAbsent(k, row.number());
            }
            Expert same = null;
            for (String k : keys(e)) {
                same = same != null ? same : inRoster.get(k);
            }
            if (same == null) {
                added.add(in);
            } else {
                dups.add(new Duplicate(row.number(), e, same));
            }
        }
        return new Preview(file, head.number(), mapping, ignored, added, dups, rejected, sheet.notes(), roster.copy());
    }

    /** The keys under which {@link Expert#samePerson} finds a person: its mobile, its name with its unit. */
    static List<String> keys(Expert e) {
        List<String> k = new ArrayList<>(2);
        if (!e.mobile().isEmpty()) {
            k.add("m:" + e.mobile());
        }
        if (!e.name().isEmpty()) {
            k.add("n:" + e.name() + "\u0000" + Expert.unitKey(e.unit()));
        }
        return k;
    }

    private static RosterField field(String header, Map<String, RosterField> map) {
        String h = header.strip();
        if (h.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, RosterField> m : map.entrySet()) {
            if (RosterField.normalise(m.getKey()).equals(RosterField.normalise(h))) {
                return m.getValue();
            }
        }
        return RosterField.of(h);
    }

    private static Expert read(SheetRows.Row row, Map<Integer, RosterField> columns, LocalDate today,
            List<RosterValues.Problem> problems) {
        Map<RosterField, String> v = new EnumMap<>(RosterField.class);
        for (Map.Entry<Integer, RosterField> c : columns.entrySet()) {
            v.put(c.getValue(), row.cell(c.getKey()));
        }
        String name = RosterValues.text(v.getOrDefault(RosterField.NAME, ""));
        if (name.isEmpty()) {
            problems.add(new RosterValues.Problem("noName"));
        } else if (name.length() > 50) {
            problems.add(new RosterValues.Problem("nameTooLong"));
        }
        String mobile = "";
        String email = "";
        String birth = "";
        boolean tuoju = false;
        boolean dundian = false;
        try {
            mobile = RosterValues.mobile(v.getOrDefault(RosterField.MOBILE, ""));
        } catch (RosterValues.Problem p) {
            problems.add(p);
        }
        try {
            email = RosterValues.email(v.getOrDefault(RosterField.EMAIL, ""));
        } catch (RosterValues.Problem p) {
            problems.add(p);
        }
        try {
            birth = RosterValues.birthDate(v.getOrDefault(RosterField.BIRTH_DATE, ""), today);
        } catch (RosterValues.Problem p) {
            problems.add(p);
        }
        try {
            tuoju = RosterValues.flag(v.getOrDefault(RosterField.TUOJU, ""));
        } catch (RosterValues.Problem p) {
            problems.add(new RosterValues.Problem("flag", p.args()[0], RosterField.TUOJU.headers().get(0)));
        }
        try {
            dundian = RosterValues.flag(v.getOrDefault(RosterField.DUNDIAN, ""));
        } catch (RosterValues.Problem p) {
            problems.add(new RosterValues.Problem("flag", p.args()[0], RosterField.DUNDIAN.headers().get(0)));
        }
        return Expert.of(name, RosterValues.text(v.getOrDefault(RosterField.UNIT, "")),
                RosterValues.text(v.getOrDefault(RosterField.TITLE, "")), mobile, email, birth, tuoju, dundian,
                RosterValues.text(v.getOrDefault(RosterField.NOTES, "")));
    }
}
