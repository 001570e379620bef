package cn.shenbao.forms.handoff;

import cn.shenbao.forms.draft.Assign;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFileException;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.draft.ValueException;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The field-by-field comparison of a returned DOCX with the draft it was made from (embedded in it) and with the
 * draft it is read into: every value is parsed by its field's type as {@code set} and the editors parse it
 * ({@link Assign}); nothing is written here ({@link #apply} changes a draft in memory).
 */
public final class Comparison {
    /** What happened to one value. */
    public enum Status {
        /** the DOCX holds the value it was exported with (or the draft's own) */
        UNCHANGED,
        /** changed in the DOCX */
        CHANGED,
        /** changed in the DOCX and, differently, in the draft since the export: shown side by side */
        CONFLICT,
        /** the text of a control is not a value of its field (a date that is none, an option twice …) */
        UNREADABLE,
        /** a control the export wrote is gone: the value is left as it is */
        DELETED,
        /** a value of a table row that was added in Word by copying a row */
        NEW_ROW
    }

    /**
     * One value.
     *
     * @param status   what happened
     * @param path     the draft path (for a new row: the row it will get when taken)
     * @param label    the field's label
     * @param group    the table row it belongs to ({@code members[3]}, a new row {@code members+1}), or "" outside
     *                 tables: the comparison dialog takes or leaves a whole row at once
     * @param original the value when exported
     * @param current  the value in the draft read into
     * @param proposed the value read from the DOCX (canonical, as stored); null when unreadable or deleted
     * @param message  why it is unreadable, or ""
     */
    public record Change(Status status, String path, String label, String group, String original, String current,
                         String proposed, String message) {
        /** Whether taking it changes the draft. */
        public boolean takeable() {
            return status == Status.CHANGED || status == Status.CONFLICT || status == Status.NEW_ROW;
        }
    }

    /**
     * The result of reading one DOCX.
     *
     * @param templateId the form
     * @param original   the draft the DOCX was exported from (or the target when the DOCX carries none)
     * @param changes    every value, in the order of the document
     */
    public record Result(String templateId, Draft original, List<Change> changes) {
        public List<Change> takeable() {
            return changes.stream().filter(Change::takeable).toList();
        }

        public List<Change> of(Status s) {
            return changes.stream().filter(c -> c.status() == s).toList();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Comparison() {
    }

    /**
     * Compares a DOCX with its embedded draft and with {@code target} (null: none, e.g. a new draft from the DOCX).
     *
     * @throws DocxReader.ReadException when the DOCX is not ours, is mangled, or is of another form than target
     */
    public static Result compare(TemplateRegistry registry, Path file, DocxReader.Content content, Draft target,
                                 Locale locale) throws DocxReader.ReadException {
        String name = String.valueOf(file.getFileName());
        Draft original = null;
        if (content.hasDraft()) {
            try {
                original = new DraftFiles(registry).fromJson(file, MAPPER.readTree(content.draftJson()));
            } catch (DraftFileException | java.io.IOException | RuntimeException e) {
                original = null;
            }
        }
        if (original == null && target == null) {
            throw new DocxReader.ReadException(DocxReader.msg(locale, content.controls().isEmpty()
                    ? "handoff.read.notOurs" : "handoff.read.noDraft", name, content.controls().size()), null);
        }
        if (original == null && content.controls().isEmpty()) {
            throw new DocxReader.ReadException(DocxReader.msg(locale, "handoff.read.notOurs", name, 0), null);
        }
        if (original != null && target != null && !original.templateId().equals(target.templateId())) {
            throw new DocxReader.ReadException(DocxReader.msg(locale, "handoff.read.otherForm", name,
                    original.templateId(), target.templateId()), null);
        }
        Draft base = original != null ? original : target;
        TemplateDef template = registry.get(base.templateId());
        return new Result(base.templateId(), base, changes(template, content, base, target, locale));
    }

    private static List<Change> changes(TemplateDef t, DocxReader.Content content, Draft original, Draft target,
                                        Locale locale) {
        // first occurrence of each tag decides its row; a later occurrence in another table row is a copied row
        Map<String, Integer> firstRow = new LinkedHashMap<>();
        Map<String, List<DocxReader.Control>> byTag = new LinkedHashMap<>();
        Map<String, Map<Integer, List<DocxReader.Control>>> newRows = new LinkedHashMap<>(); // table → tr → controls
        for (DocxReader.Control c : content.controls()) {
            String path = base(c.tag());
            FieldPath p;
            try {
                p = FieldPath.parse(path);
            } catch (IllegalArgumentException e) {
                p = null;
            }
            if (p != null && p.isCell() && c.row() >= 0) {
                Integer row = firstRow.putIfAbsent(c.tag(), c.row());
                if (row != null && row != c.row()) {
                    newRows.computeIfAbsent(p.table(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(c.row(), k -> new ArrayList<>()).add(c);
                    continue;
                }
            }
            byTag.computeIfAbsent(c.tag(), k -> new ArrayList<>()).add(c);
        }
        List<Change> out = new ArrayList<>();
        // values: check boxes of one choice together
        Set<String> done = new LinkedHashSet<>();
        for (String tag : byTag.keySet()) {
            String path = base(tag);
            if (!done.add(path)) {
                continue;
            }
            FieldDef f = field(t, path);
            if (f == null) {
                out.add(new Change(Status.UNREADABLE, path, path, group(path), "", "", null,
                        DocxReader.msg(locale, "handoff.unknownPath", path)));
                continue;
            }
            List<String> texts = new ArrayList<>();
            if (tag.contains("#")) {
                texts.addAll(choiceTexts(f, path, byTag, original));
                if (f.type() == FieldType.SINGLE_CHOICE && texts.get(0).contains("|")) {
                    String orig = original.text(path);
                    out.add(new Change(Status.UNREADABLE, path, f.label(), group(path), orig,
                            target == null ? orig : target.text(path), null, DocxReader.msg(locale,
                            "handoff.severalTicked", f.label(), texts.get(0).replace("|", "、"))));
                    continue;
                }
            } else {
                texts.addAll(texts(byTag.get(tag)));
            }
            out.add(change(t, f, path, texts, original, target, Status.CHANGED, group(path), locale));
        }
        // controls the export wrote that are gone
        Set<String> found = new LinkedHashSet<>(firstRow.keySet());
        found.addAll(byTag.keySet());
        for (String tag : new LinkedHashSet<>(content.written())) {
            if (!found.contains(tag)) {
                String path = base(tag);
                if (out.stream().anyMatch(c -> c.path().equals(path))) {
                    continue; // one box of a choice deleted: the others were read
                }
                FieldDef f = field(t, path);
                String orig = original.text(path);
                out.add(new Change(Status.DELETED, path, f == null ? path : f.label(), group(path), orig,
                        target == null ? orig : target.text(path), null,
                        DocxReader.msg(locale, "handoff.deleted")));
            }
        }
        // copied rows
        for (Map.Entry<String, Map<Integer, List<DocxReader.Control>>> e : newRows.entrySet()) {
            String table = e.getKey();
            int next = Math.max(original.rowCount(table), target == null ? 0 : target.rowCount(table));
            for (List<DocxReader.Control> row : e.getValue().values()) {
                String group = table + "+" + (next + 1);
                Map<String, List<DocxReader.Control>> cols = new LinkedHashMap<>();
                for (DocxReader.Control c : row) {
                    cols.computeIfAbsent(FieldPath.parse(base(c.tag())).column() + (c.tag().contains("#")
                            ? c.tag().substring(c.tag().indexOf('#')) : ""), k -> new ArrayList<>()).add(c);
                }
                Map<String, List<DocxReader.Control>> byNewTag = new LinkedHashMap<>();
                for (Map.Entry<String, List<DocxReader.Control>> ce : cols.entrySet()) {
                    String col = ce.getKey();
                    byNewTag.put(FieldPath.cell(table, next, col.replaceAll("#.*", ""))
                            + (col.contains("#") ? col.substring(col.indexOf('#')) : ""), ce.getValue());
                }
                Set<String> seen = new LinkedHashSet<>();
                for (String tag : byNewTag.keySet()) {
                    String path = base(tag);
                    if (!seen.add(path)) {
                        continue;
                    }
                    FieldDef f = field(t, path);
                    if (f == null) {
                        continue;
                    }
                    List<String> texts = new ArrayList<>();
                    if (tag.contains("#")) {
                        texts.addAll(choiceTexts(f, path, byNewTag, null));
                    } else {
                        texts.addAll(texts(byNewTag.get(tag)));
                    }
                    Change c = change(t, f, path, texts, new Draft(original.templateId(), original.templateVersion()),
                            null, Status.NEW_ROW, group, locale);
                    if (c.status() == Status.NEW_ROW || c.status() == Status.UNREADABLE) {
                        out.add(c);
                    }
                }
                next++;
            }
        }
        return out;
    }

    /**
     * The texts of the places a value is printed: the controls of one table cell are the lines of one text (each
     * printed line has its own control); a control showing its placeholder adds nothing.
     */
    private static List<String> texts(List<DocxReader.Control> controls) {
        Map<Integer, List<String>> byCell = new LinkedHashMap<>();
        int outside = -2;
        for (DocxReader.Control c : controls) {
            int key = c.cell() >= 0 ? c.cell() : outside--;
            List<String> lines = byCell.computeIfAbsent(key, k -> new ArrayList<>());
            if (!c.placeholder()) {
                lines.add(c.text());
            }
        }
        return byCell.values().stream().map(l -> String.join("\n", l)).toList();
    }

    /** The text a choice's boxes stand for: the checked options joined with |. */
    private static List<String> choiceTexts(FieldDef f, String path, Map<String, List<DocxReader.Control>> byTag,
                                            Draft original) {
        if (f.type() == FieldType.BOOLEAN || f.type() == FieldType.ATTACHMENT) {
            boolean before = original != null && "true".equals(original.text(path));
            boolean now = before;
            for (DocxReader.Control b : byTag.getOrDefault(path + "#0", List.of())) {
                if (b.checked() != null && b.checked() != before) {
                    now = b.checked();
                }
            }
            return List.of(Boolean.toString(now));
        }
        List<String> chosen = new ArrayList<>();
        List<String> was = original == null ? List.of() : original.choices(path);
        for (int i = 0; i < f.options().size(); i++) {
            List<DocxReader.Control> boxes = byTag.get(path + "#" + i);
            String opt = f.options().get(i);
            boolean before = was.contains(opt);
            boolean now = before;
            if (boxes != null) {
                // a box printed twice: the one that was changed counts
                for (DocxReader.Control b : boxes) {
                    if (b.checked() != null && b.checked() != before) {
                        now = b.checked();
                    }
                }
            }
            if (now) {
                chosen.add(opt);
            }
        }
        if (f.type() == FieldType.SINGLE_CHOICE && chosen.size() > 1) {
            return List.of(String.join("|", chosen)); // refused by the parser, naming the options
        }
        return List.of(String.join("|", chosen));
    }

    private static Change change(TemplateDef t, FieldDef f, String path, List<String> texts, Draft original,
                                 Draft target, Status ifChanged, String group, Locale locale) {
        String orig = canonical(f, original.text(path));
        String cur = target == null ? orig : canonical(f, target.text(path));
        List<String> values = new ArrayList<>();
        for (String text : texts) {
            Draft scratch = original.copy();
            try {
                Assign.set(t, scratch, path, text);
            } catch (ValueException e) {
                return new Change(Status.UNREADABLE, path, f.label(), group, orig, cur, null, e.message(locale));
            }
            values.add(canonical(f, scratch.text(path)));
        }
        // a value printed in several places (the project name on the cover and in 一): the changed one counts
        List<String> changed = values.stream().filter(v -> !v.equals(orig)).distinct().toList();
        if (changed.size() > 1) {
            return new Change(Status.UNREADABLE, path, f.label(), group, orig, cur, null,
                    DocxReader.msg(locale, "handoff.twoValues", String.join(" / ", changed)));
        }
        String read = changed.isEmpty() ? orig : changed.get(0);
        Status s;
        if (ifChanged == Status.NEW_ROW) {
            s = read.isEmpty() ? Status.UNCHANGED : Status.NEW_ROW;
        } else if (read.equals(orig) || read.equals(cur)) {
            s = Status.UNCHANGED;
        } else {
            s = cur.equals(orig) ? Status.CHANGED : Status.CONFLICT;
        }
        return new Change(s, path, f.label(), group, orig, cur, read, "");
    }

    /** A choice's options in the order of the field (a stored list may have another order). */
    private static String canonical(FieldDef f, String v) {
        if (f.type() == FieldType.BOOLEAN || f.type() == FieldType.ATTACHMENT) {
            return "true".equals(v) ? "true" : "";
        }
        if (f.type() != FieldType.MULTI_CHOICE || v.isEmpty()) {
            return v;
        }
        List<String> parts = List.of(v.split("\\|"));
        return String.join("|", f.options().stream().filter(parts::contains).toList());
    }

    private static FieldDef field(TemplateDef t, String path) {
        try {
            return Assign.resolve(t, path);
        } catch (ValueException | RuntimeException e) {
            return null;
        }
    }

    private static String base(String tag) {
        int i = tag.indexOf('#');
        return i < 0 ? tag : tag.substring(0, i);
    }

    private static String group(String path) {
        try {
            FieldPath p = FieldPath.parse(path);
            return p.isCell() ? p.table() + "[" + p.row() + "]" : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * Takes the given changes into {@code draft} (in memory): changed values are set as {@code set} sets them, new
     * rows are appended after the draft's rows in the order taken.
     */
    public static void apply(TemplateDef t, Draft draft, List<Change> taken) throws ValueException {
        Map<String, Integer> newRowIndex = new LinkedHashMap<>();
        for (Change c : taken) {
            if (!c.takeable()) {
                continue;
            }
            String path = c.path();
            if (c.status() == Status.NEW_ROW) {
                FieldPath p = FieldPath.parse(path);
                Integer row = newRowIndex.get(c.group());
                if (row == null) {
                    row = draft.rowCount(p.table());
                    draft.ensureRows(p.table(), row + 1);
                    newRowIndex.put(c.group(), row);
                }
                path = FieldPath.cell(p.table(), row, p.column());
            }
            Assign.set(t, draft, path, Objects.requireNonNull(c.proposed()));
        }
    }
}
