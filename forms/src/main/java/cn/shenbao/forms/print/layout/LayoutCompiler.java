package cn.shenbao.forms.print.layout;

import cn.shenbao.forms.draft.Computed;
import cn.shenbao.forms.draft.Conditions;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.print.PrintMessages;
import cn.shenbao.forms.rules.Verdicts;
import cn.shenbao.forms.print.model.Align;
import cn.shenbao.forms.print.model.Block;
import cn.shenbao.forms.print.model.Cell;
import cn.shenbao.forms.print.model.FieldRef;
import cn.shenbao.forms.print.model.CheckBox;
import cn.shenbao.forms.print.model.CoverMetrics;
import cn.shenbao.forms.print.model.CoverPage;
import cn.shenbao.forms.print.model.FontRole;
import cn.shenbao.forms.print.model.Inline;
import cn.shenbao.forms.print.model.LineBreak;
import cn.shenbao.forms.print.model.PageBreak;
import cn.shenbao.forms.print.model.PageSection;
import cn.shenbao.forms.print.model.Paragraph;
import cn.shenbao.forms.print.model.PrintDocument;
import cn.shenbao.forms.print.model.Row;
import cn.shenbao.forms.print.model.SignatureBlock;
import cn.shenbao.forms.print.model.SignatureSection;
import cn.shenbao.forms.print.model.Table;
import cn.shenbao.forms.print.model.TextRun;
import cn.shenbao.forms.print.model.VAlign;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.TemplateDef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles (template, draft, layout) into a {@link PrintDocument}: fixed texts come from the template
 * (labels, headings, hints, 填报说明), values from the draft, table rows repeat per draft row and empty tables
 * print the template's blank rows. Records every value it places for the export self-check.
 */
public final class LayoutCompiler {
    /** Watermark text of drafts with errors: a form text, as printed on Chinese drafts. */
    public static final String DRAFT_MARK = "草稿";
    private static final String[] CN_DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final TemplateDef template;
    private final Draft draft;
    private final PrintLayout layout;
    private final Locale locale;
    private final LayoutSpec.File spec;
    private final float body;
    private final float textSize;
    private final float heading;
    private final float lineSpacing;
    private final Map<String, List<String>> printed = new LinkedHashMap<>();
    /** The empty form to fill in by hand: every conditional part and row is printed. */
    private final boolean blank;
    /** The draft as given: conditions are evaluated on it ({@link #draft} lacks the hidden values). */
    private final Draft source;

    private LayoutCompiler(TemplateDef template, Draft draft, PrintLayout layout, Locale locale, boolean blank) {
        this.template = template;
        this.source = draft;
        this.draft = Conditions.shownOnly(template, draft); // hidden fields print empty
        this.blank = blank;
        this.layout = layout;
        this.locale = locale;
        this.spec = layout.spec();
        this.body = spec.bodySizeOr();
        this.textSize = spec.textSizeOr();
        this.heading = spec.headingSizeOr();
        this.lineSpacing = spec.lineSpacingOr();
    }

    /** Compiles a draft with the template's built-in layout. */
    public static CompiledForm compile(TemplateDef template, Draft draft, Locale locale) {
        return compile(template, draft, PrintLayout.of(template, locale), locale);
    }

    /** Compiles a draft with the given layout. */
    public static CompiledForm compile(TemplateDef template, Draft draft, PrintLayout layout, Locale locale) {
        return compile(template, draft, layout, locale, false);
    }

    /**
     * Compiles the empty form to fill in by hand: no values, and the parts and rows that a layout prints only
     * under a condition ({@code when}: one kind of a two-kind form) are all printed, for the person to choose.
     */
    public static CompiledForm compileBlank(TemplateDef template, Locale locale) {
        return compile(template, new Draft(template.id(), template.version()), PrintLayout.of(template, locale), locale,
                true);
    }

    private static CompiledForm compile(TemplateDef template, Draft draft, PrintLayout layout, Locale locale,
            boolean blank) {
        LayoutCompiler c = new LayoutCompiler(template, draft, layout, locale, blank);
        List<Block> blocks = c.blocks();
        return new CompiledForm(new PrintDocument(template.title(), blocks, DRAFT_MARK), c.printed);
    }

    /**
     * The draft values that are printed on paper: path → text (for the self-check and the font preflight); the
     * values of hidden fields ({@code when}) are not printed.
     */
    public static Map<String, String> printableValues(TemplateDef template, Draft draft) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : Conditions.shownOnly(template, draft).flatten().entrySet()) {
            if (isPrintable(template, e.getKey()) && !e.getValue().isBlank()) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static boolean isPrintable(TemplateDef template, String path) {
        String top = path.split("[.\\[]", 2)[0];
        FieldDef topField = template.field(top);
        if (topField == null || !topField.isPrinted()) {
            return false;
        }
        String p = path.endsWith(".other") ? path.substring(0, path.length() - 6) : path;
        FieldDef f = template.field(p);
        return f != null && f.isPrinted() && f.type() != FieldType.COMPUTED && f.type() != FieldType.ATTACHMENT;
    }

    // ---------------------------------------------------------------- parts

    private List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        for (LayoutSpec.Part part : spec.parts()) {
            if (part instanceof LayoutSpec.TablePart t && !applies(t.when())
                    || part instanceof LayoutSpec.ParagraphPart p && !applies(p.when())
                    || part instanceof LayoutSpec.VerdictsPart v && !applies(v.when())) {
                continue;
            }
            if (part.page() != null) {
                out.add(new PageSection("A3".equals(part.page().sizeOr()) ? PageSection.PaperSize.A3
                        : PageSection.PaperSize.A4, part.page().landscape()));
            } else if (Boolean.TRUE.equals(part.pageBreakBefore())) {
                out.add(new PageBreak());
            }
            if (part instanceof LayoutSpec.Cover c) {
                out.add(cover(c));
            } else if (part instanceof LayoutSpec.Instructions i) {
                instructions(i, out);
            } else if (part instanceof LayoutSpec.TablePart t) {
                out.add(table(t));
            } else if (part instanceof LayoutSpec.Signature s) {
                out.add(signature(s.block()));
            } else if (part instanceof LayoutSpec.Signatures s) {
                out.add(signatures(s));
            } else if (part instanceof LayoutSpec.ParagraphPart p) {
                out.add(paragraphPart(p));
            } else if (part instanceof LayoutSpec.PageBreakPart) {
                out.add(new PageBreak());
            } else if (part instanceof LayoutSpec.VerdictsPart v) {
                out.add(verdicts(v));
            }
        }
        return out;
    }

    private static SignatureBlock signature(LayoutSpec.Block s) {
        return new SignatureBlock(s.name(), s.label(), s.seal() == null ? "" : s.seal(),
                s.date() == null ? "年  月  日" : s.date(), s.sealMm() == null ? SignatureBlock.MIN_SEAL_MM : s.sealMm(),
                s.size() == null ? 12f : s.size());
    }

    /** A heading cell (optional, as a table cell is written) and the signature blocks kept on one page with it. */
    private SignatureSection signatures(LayoutSpec.Signatures part) {
        LayoutSpec.CellSpec h = part.heading();
        Cell heading = h != null ? cell(h, content(h, null, -1)) : null;
        List<SignatureBlock> blocks = new ArrayList<>();
        part.blocks().forEach(b -> blocks.add(signature(b)));
        return new SignatureSection(heading, blocks);
    }

    private CoverPage cover(LayoutSpec.Cover part) {
        String numberLabel = "";
        String number = "";
        FieldRef numberRef = null;
        if (part.number() != null) {
            numberLabel = label(field(part.number()));
            number = value(part.number());
            numberRef = ref(part.number(), false);
        }
        List<CoverPage.Line> lines = new ArrayList<>();
        for (String path : part.lines()) {
            FieldDef f = field(path);
            String v = value(path);
            boolean placeholder = false;
            FieldRef r = ref(path, false);
            if (v.isEmpty() && (f.type() == FieldType.DATE || f.type() == FieldType.DATE_RANGE)) {
                v = spec.textsOr().dateBlankOr();
                r = r == null ? null : r.asPlaceholder();
            } else if (v.isEmpty() && f.hint() != null && !f.hint().isBlank() && !f.hint().contains("\n")) {
                // the form's own placeholder, e.g. “科创中国”XXXX科技服务团, in grey
                v = f.hint();
                placeholder = true;
                r = r == null ? null : r.asPlaceholder();
            }
            lines.add(new CoverPage.Line(label(f), v, placeholder, r));
        }
        return new CoverPage(part.mark(), numberLabel, number, part.title(), lines,
                part.issuer() != null ? part.issuer() : template.issuer(), metrics(part.metrics()), numberRef);
    }

    private static CoverMetrics metrics(LayoutSpec.CoverMetrics m) {
        CoverMetrics d = CoverMetrics.DEFAULT;
        if (m == null) {
            return d;
        }
        return new CoverMetrics(or(m.numberSize(), d.numberSize()), or(m.numberBoxWidth(), d.numberBoxWidth()),
                or(m.spaceBeforeTitle(), d.spaceBeforeTitle()), or(m.titleSize(), d.titleSize()),
                or(m.titleLine(), d.titleLine()), or(m.spaceBeforeLines(), d.spaceBeforeLines()),
                or(m.lineSize(), d.lineSize()), or(m.lineHeight(), d.lineHeight()), or(m.labelWidth(), d.labelWidth()),
                or(m.issuerSize(), d.issuerSize()), or(m.markSize(), d.markSize()));
    }

    private static float or(Float v, float dflt) {
        return v == null ? dflt : v;
    }

    private void instructions(LayoutSpec.Instructions part, List<Block> out) {
        TemplateDef.Instructions ins = template.instructions();
        if (ins == null) {
            return;
        }
        float size = or(part.size(), 14f);
        out.add(Paragraph.of(Align.CENTER, TextRun.heading(ins.heading(), or(part.headingSize(), 16f)))
                .withSpacing(12, 18).withLineSpacing(lineSpacing));
        for (String p : ins.points()) {
            out.add(Paragraph.of(Align.JUSTIFY, TextRun.body(p, size)).withIndent(2 * size)
                    .withLineSpacing(lineSpacing).withSpacing(0, 4));
        }
    }

    private Paragraph paragraphPart(LayoutSpec.ParagraphPart part) {
        if (part.inline() != null) {
            float size = or(part.size(), body);
            List<Inline> pieces = new ArrayList<>();
            for (Inline i : inline(part.inline(), null, -1)) {
                pieces.add(i instanceof TextRun t ? new TextRun(t.text(), t.role(), size, t.bold(), t.grey(), t.underline(),
                        t.field()) : i);
            }
            return new Paragraph(pieces, align(part.align(), Align.LEFT), or(part.spaceBefore(), 0),
                    or(part.spaceAfter(), 0), 0, lineSpacing);
        }
        String text = part.sectionHeading() != null ? section(part.sectionHeading()).heading() : part.text();
        float size = or(part.size(), body);
        FontRole role = "heading".equals(part.style()) ? FontRole.HEADING : FontRole.BODY;
        return new Paragraph(List.of(new TextRun(text, role, size, false, false, false)), align(part.align(),
                Align.LEFT), or(part.spaceBefore(), 0), or(part.spaceAfter(), 0), 0, lineSpacing);
    }

    /**
     * The verdict of each titled rule ({@link Verdicts}): 序号, the rule's title, its basis, the verdict word (不符合 in
     * bold; with {@code reasons}, followed by what the findings say, in Chinese like the rest of the paper).
     */
    private Table verdicts(LayoutSpec.VerdictsPart part) {
        float size = or(part.size(), body);
        List<Row> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        for (String h : part.headersOr()) {
            header.add(new Cell(List.of(Paragraph.of(Align.CENTER, TextRun.heading(h, size)).withLineSpacing(lineSpacing)),
                    1, 1, VAlign.CENTER));
        }
        rows.add(new Row(header, true, 0));
        List<String> words = part.wordsOr();
        int n = 0;
        for (Verdicts.Verdict v : Verdicts.of(template, source)) {
            n++;
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell(List.of(Paragraph.of(Align.CENTER, TextRun.body(String.valueOf(n), size))
                    .withLineSpacing(lineSpacing)), 1, 1, VAlign.CENTER));
            cells.add(new Cell(List.of(Paragraph.of(Align.LEFT, TextRun.body(v.rule().title(), size))
                    .withLineSpacing(lineSpacing)), 1, 1, VAlign.CENTER));
            String basis = v.rule().basis() == null ? "" : v.rule().basis();
            cells.add(new Cell(List.of(Paragraph.of(Align.CENTER, TextRun.body(basis, size)).withLineSpacing(lineSpacing)),
                    1, 1, VAlign.CENTER));
            List<Paragraph> verdict = new ArrayList<>();
            if (blank) {
                // the empty form: boxes to tick by hand
                verdict.add(Paragraph.of(Align.CENTER, new CheckBox(false, size), TextRun.body(words.get(0) + "  ", size),
                        new CheckBox(false, size), TextRun.body(words.get(1), size)).withLineSpacing(lineSpacing));
                cells.add(new Cell(verdict, 1, 1, VAlign.CENTER));
                rows.add(new Row(cells, true, 0));
                continue;
            }
            TextRun word = TextRun.body(words.get(v.status().ordinal()), size);
            verdict.add(Paragraph.of(Align.CENTER, v.status() == Verdicts.Status.NOT_MET ? word.withBold() : word)
                    .withLineSpacing(lineSpacing));
            for (cn.shenbao.forms.rules.Finding f : Boolean.TRUE.equals(part.reasons()) ? v.findings()
                    : List.<cn.shenbao.forms.rules.Finding>of()) {
                verdict.add(Paragraph.of(Align.LEFT, TextRun.body(f.message(Locale.SIMPLIFIED_CHINESE), size - 1.5f))
                        .withLineSpacing(1.2f));
            }
            cells.add(new Cell(verdict, 1, 1, VAlign.CENTER));
            rows.add(new Row(cells, true, 0));
        }
        return new Table(part.columns(), rows, 1, false);
    }

    /** Whether a part or row under this condition is printed: always on a blank form, else as the draft says. */
    private boolean applies(cn.shenbao.forms.template.Condition when) {
        return when == null || blank || Conditions.holds(template, when, source);
    }

    // ---------------------------------------------------------------- tables

    private Table table(LayoutSpec.TablePart part) {
        List<Row> rows = new ArrayList<>();
        for (LayoutSpec.RowSpec r : part.rows()) {
            if (!applies(r.when())) {
                continue;
            }
            if (r.repeat() != null) {
                repeatRows(r, rows);
            } else {
                rows.add(row(r, cells(r, null, -1)));
            }
        }
        int header = part.headerRows() == null ? 0 : part.headerRows();
        return new Table(part.columns(), rows, header, Boolean.TRUE.equals(part.keepWithNext()));
    }

    /**
     * A row the layout allows to split is still kept whole while it is short: a page break may only fall
     * inside a row whose cells hold long text (more than {@link #SHORT_ROW_CHARS} characters in a cell). Such a
     * row has no minimal height: the box is as tall as its text, so a page break never leaves only the rest of
     * an empty minimum (a heading repeated over an empty box) for the next page.
     */
    private Row row(LayoutSpec.RowSpec r, List<Cell> cells) {
        boolean mayBreak = Boolean.TRUE.equals(r.split()) && !isShort(cells);
        float min = mayBreak || r.minHeight() == null ? 0 : r.minHeight();
        if (mayBreak) {
            // LibreOffice never breaks a row with a vertically centred cell (it moves the whole row): a row that
            // may break has its cells at the top in both back ends, so both break it at the same place
            cells = cells.stream().map(c -> c.valign(VAlign.TOP)).toList();
        }
        return new Row(cells, !mayBreak, min, Boolean.TRUE.equals(r.keepWithNext()));
    }

    /** Characters a cell may hold and its row still count as short (about six lines of a narrow column). */
    static final int SHORT_ROW_CHARS = 80;

    private static boolean isShort(List<Cell> cells) {
        for (Cell c : cells) {
            int n = 0;
            for (Paragraph p : c.paragraphs()) {
                n += p.plainText().length();
            }
            if (n > SHORT_ROW_CHARS) {
                return false;
            }
        }
        return true;
    }

    private void repeatRows(LayoutSpec.RowSpec r, List<Row> rows) {
        String tableId = r.repeat();
        FieldDef tableField = field(tableId);
        List<Map<String, String>> data = draft.rows(tableId);
        boolean anyValue = data.stream().anyMatch(m -> m.values().stream().anyMatch(v -> v != null && !v.isBlank()));
        if (anyValue) {
            List<Integer> order = printOrder(tableField, data);
            int[][] spans = mergeSpans(r, tableId, order);
            for (int k = 0; k < order.size(); k++) {
                rows.add(row(r, mergedCells(r, tableId, order.get(k), spans == null ? null : spans[k])));
            }
            return;
        }
        int blanks = r.blankRows() == null ? 1 : "printRows".equals(r.blankRows())
                ? (tableField.printRows() == null ? 1 : tableField.printRows()) : Integer.parseInt(r.blankRows());
        for (int i = 0; i < blanks; i++) {
            rows.add(row(r, cells(r, tableId, i)));
        }
        if (Boolean.TRUE.equals(r.ellipsis())) {
            List<Cell> cells = new ArrayList<>();
            int n = 0;
            for (LayoutSpec.CellSpec c : r.cells()) {
                cells.add(cell(c, List.of(n++ == 0 ? para(c, Align.CENTER, text(spec.textsOr().ellipsisOr()))
                        : para(c, Align.LEFT))));
            }
            rows.add(new Row(cells, true, 0));
        }
    }

    /**
     * The draft rows of a table in printed order: as stored, but for a grouped table ({@code groups}) by group in the
     * order of its groups (stable inside a group; rows of no known group last), so a row appended at the end of
     * the draft still prints in its group.
     */
    private static List<Integer> printOrder(FieldDef table, List<Map<String, String>> data) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        if (table.groups() != null) {
            List<List<String>> groups = table.groups().groups();
            order.sort(java.util.Comparator.comparingInt(i -> {
                int g = groups.indexOf(table.groups().keyOf(data.get(i)));
                return g < 0 ? Integer.MAX_VALUE : g;
            }));
        }
        return order;
    }

    /**
     * For a repeated row with {@code mergeDown}: per printed row and per cell of the row spec, the rows the cell
     * spans (≥ 1) where a run of equal values starts, 0 where it is covered by the cell above; null without
     * {@code mergeDown}. A column's run ends where its value changes, is empty, or a column before it in
     * {@code mergeDown} starts a new run.
     */
    private int[][] mergeSpans(LayoutSpec.RowSpec r, String tableId, List<Integer> order) {
        if (r.mergeDown() == null || r.mergeDown().isEmpty()) {
            return null;
        }
        int n = order.size();
        int cellsN = r.cells().size();
        int[][] spans = new int[n][cellsN];
        for (int[] s : spans) {
            java.util.Arrays.fill(s, 1);
        }
        boolean[] breakAt = new boolean[n]; // a run of an outer column starts here
        for (String col : r.mergeDown()) {
            int ci = -1;
            for (int c = 0; c < cellsN; c++) {
                if (col.equals(r.cells().get(c).value())) {
                    ci = c;
                }
            }
            if (ci < 0) {
                continue; // LayoutCheck refuses such a layout
            }
            boolean[] starts = new boolean[n];
            int start = 0;
            for (int k = 0; k < n; k++) {
                String v = draft.text(tableId + "[" + order.get(k) + "]." + col).strip();
                String prev = k == 0 ? null : draft.text(tableId + "[" + order.get(k - 1) + "]." + col).strip();
                starts[k] = k == 0 || breakAt[k] || v.isEmpty() || !v.equals(prev);
                if (starts[k]) {
                    start = k;
                } else {
                    spans[start][ci]++;
                    spans[k][ci] = 0;
                }
            }
            for (int k = 0; k < n; k++) {
                breakAt[k] |= starts[k];
            }
        }
        return spans;
    }

    /** The cells of one printed row: a cell covered by a merged cell above is left out (its value is printed there). */
    private List<Cell> mergedCells(LayoutSpec.RowSpec r, String tableId, int rowIndex, int[] spans) {
        if (spans == null) {
            return cells(r, tableId, rowIndex);
        }
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < r.cells().size(); c++) {
            LayoutSpec.CellSpec spec = r.cells().get(c);
            if (spans[c] == 0) {
                value(tableId + "[" + rowIndex + "]." + spec.value()); // printed in the merged cell above
                continue;
            }
            Cell cell = cell(spec, content(spec, tableId, rowIndex));
            cells.add(spans[c] > 1 ? cell.span(spans[c], cell.colSpan()) : cell);
        }
        return cells;
    }

    private List<Cell> cells(LayoutSpec.RowSpec r, String tableId, int rowIndex) {
        List<Cell> cells = new ArrayList<>();
        for (LayoutSpec.CellSpec c : r.cells()) {
            cells.add(cell(c, content(c, tableId, rowIndex)));
        }
        return cells;
    }

    private static Cell cell(LayoutSpec.CellSpec c, List<Paragraph> paragraphs) {
        VAlign v = c.valign() == null ? VAlign.CENTER : switch (c.valign()) {
            case "top" -> VAlign.TOP;
            case "bottom" -> VAlign.BOTTOM;
            default -> VAlign.CENTER;
        };
        return new Cell(paragraphs, c.rowSpanOr(), c.colSpanOr(), v);
    }

    private List<Paragraph> content(LayoutSpec.CellSpec c, String tableId, int row) {
        if (c.heading() != null) {
            return List.of(Paragraph.of(align(c.align(), Align.LEFT),
                    TextRun.heading(section(c.heading()).heading(), heading)).withLineSpacing(lineSpacing));
        }
        if (c.text() != null) {
            return List.of(para(c, Align.LEFT, text(c.text())));
        }
        if (c.label() != null) {
            return List.of(para(c, Align.LEFT, text(label(field(c.label())))));
        }
        if (c.sectionHint() != null) {
            List<Paragraph> ps = new ArrayList<>();
            for (String line : section(c.sectionHint()).hint().split("\n")) {
                ps.add(para(c, Align.LEFT, text(line)));
            }
            return ps;
        }
        if (Boolean.TRUE.equals(c.rowNumber())) {
            return List.of(para(c, Align.CENTER, text(String.valueOf(row + 1))));
        }
        if (c.rowLabel() != null) {
            String path = tableId + "[" + row + "]." + c.rowLabel();
            String v = draft.text(path);
            if (!v.isEmpty()) {
                placed(path, v);
                return List.of(para(c, Align.CENTER, withRef(text(v), ref(path, false))));
            }
            return List.of(para(c, Align.CENTER, text(rowLabel(field(tableId), row))));
        }
        if (c.dateRange() != null) {
            String from = tableId + "[" + row + "]." + c.dateRange().get(0);
            String to = tableId + "[" + row + "]." + c.dateRange().get(1);
            String f = value(from);
            String t = value(to);
            String blank = c.blank() == null ? "" : c.blank();
            if (f.isEmpty() && t.isEmpty()) {
                return multiline(c, blank, false);
            }
            // one date only: the other keeps its 年 月 日 blank (the last line of the blank) to be written by hand
            String[] lines = blank.split("\n");
            String oneBlank = lines[lines.length - 1].isBlank() ? "年 月 日" : lines[lines.length - 1];
            FieldRef fromRef = ref(from, false);
            FieldRef toRef = ref(to, false);
            return List.of(para(c, Align.CENTER,
                    withRef(text(f.isEmpty() ? oneBlank : f), f.isEmpty() && fromRef != null ? fromRef.asPlaceholder() : fromRef),
                    text("至"), new LineBreak(),
                    withRef(text(t.isEmpty() ? oneBlank : t), t.isEmpty() && toRef != null ? toRef.asPlaceholder() : toRef)));
        }
        if (c.value() != null) {
            String path = tableId == null ? c.value() : tableId + "[" + row + "]." + c.value();
            String v = value(path);
            if (v.isEmpty()) {
                FieldDef f = field(path);
                String hint = f.type() == FieldType.LONG_TEXT && f.hint() != null ? f.hint() : "";
                FieldRef r = ref(path, f.type() == FieldType.LONG_TEXT);
                return hint.isEmpty() ? withRef(List.of(para(c, Align.LEFT)), r)
                        : withRef(multiline(c, hint, true), r == null ? null : r.asPlaceholder());
            }
            List<Paragraph> ps = multiline(c, v, false);
            return withRef(ps, ref(path, ps.size() > 1 || field(path).type() == FieldType.LONG_TEXT));
        }
        if (c.inline() != null) {
            return List.of(para(c, Align.LEFT, inline(c.inline(), tableId, row)));
        }
        if (c.paragraphs() != null) {
            List<Paragraph> ps = new ArrayList<>();
            for (LayoutSpec.ParagraphSpec p : c.paragraphs()) {
                if (p.value() != null) {
                    // a long value among fixed paragraphs (an opinion above the seal): its lines, nothing when empty
                    String v = value(p.value());
                    if (!v.isEmpty()) {
                        ps.addAll(withRef(multiline(c, v, false), ref(p.value(), true)));
                    }
                } else if (p.align() != null || p.spaceBefore() != null) {
                    // a paragraph with its own alignment and space above (盖 章 right, below room for the seal)
                    ps.add(Paragraph.of(align(p.align(), align(c.align(), Align.LEFT)), inline(p.pieces(), tableId, row))
                            .withSpacing(or(p.spaceBefore(), 0), 0).withLineSpacing(lineSpacing));
                } else {
                    ps.add(para(c, Align.LEFT, inline(p.pieces(), tableId, row)));
                }
            }
            return ps;
        }
        if (c.lines() != null) {
            String t = c.lines();
            String col = c.column();
            List<Paragraph> ps = new ArrayList<>();
            List<Map<String, String>> rows = draft.rows(t);
            for (int i = 0; i < rows.size(); i++) {
                String path = t + "[" + i + "]." + col;
                String v = draft.text(path);
                if (!v.isBlank()) {
                    placed(path, v);
                    ps.add(para(c, Align.LEFT, withRef(text(v), ref(path, false))));
                }
            }
            if (ps.isEmpty()) {
                FieldDef f = field(t);
                ps.add(f.hint() == null ? para(c, Align.LEFT) : para(c, Align.LEFT, text(f.hint()).withGrey()));
            }
            return ps;
        }
        if (c.choices() != null) {
            return choices(c, c.choices());
        }
        // LayoutCheck refuses a cell without content when the registry loads
        throw new IllegalStateException("cell without content in layout " + spec.template());
    }

    private Inline[] inline(List<LayoutSpec.Piece> pieces, String tableId, int row) {
        List<Inline> out = new ArrayList<>();
        for (LayoutSpec.Piece p : pieces) {
            if (p.check() != null) {
                // the box of one option inside a line of text (□1.科学问题：____)
                String path = p.check();
                String opt = p.option();
                field(path);
                String label = p.text() != null ? p.text() : opt;
                boolean on = draft.choices(path).contains(opt);
                out.add(new CheckBox(on, body, checkRef(path, opt)));
                out.add(text(label));
                if (on) {
                    placed(path, CheckBox.CHECKED + label);
                }
            } else if (p.text() != null) {
                out.add(text(p.text()));
            } else if (p.label() != null) {
                out.add(text(label(field(p.label()))));
            } else if (p.attr() != null) {
                out.add(text(field(p.attr()).attr(p.name(), "")));
            } else if (p.value() != null || p.date() != null) {
                String path = p.value() != null ? p.value() : p.date();
                // in a repeated row a column of the table comes first (T5's unit column, not the field 承担单位)
                if (tableId != null && !path.contains(".")
                        && (template.field(tableId + "[]." + path) != null || template.field(path) == null)) {
                    path = tableId + "[" + row + "]." + path;
                }
                String v = value(path);
                FieldRef r = ref(path, false);
                if (v.isEmpty()) {
                    out.add(withRef(text(p.blank() == null ? "" : p.blank()), r == null ? null : r.asPlaceholder()));
                } else if (p.blank() != null && r != null) {
                    // the spaces around the value stay outside its control (same text, same line)
                    out.add(text(" "));
                    out.add(withRef(text(v), r));
                    out.add(text(" "));
                } else {
                    out.add(withRef(text(p.blank() != null ? " " + v + " " : v), r));
                }
            }
        }
        return out.toArray(new Inline[0]);
    }

    private List<Paragraph> choices(LayoutSpec.CellSpec c, String path) {
        FieldDef f = field(path);
        List<String> chosen = draft.choices(path);
        List<String> options = f.options();
        if (c.option() != null) {
            // one option alone (the □互联网+ beside its directions)
            options = List.of(c.option());
        } else if (c.group() != null) {
            // the options listed under one value of the field they depend on (主要方向 of 互联网+)
            options = f.optionsFor(c.group());
        }
        boolean numbered = Boolean.parseBoolean(f.attr("printNumbers", "false"));
        List<Integer> breaks = new ArrayList<>();
        int perLine = c.perLine() == null ? 0 : c.perLine();
        if (perLine > 0) {
            for (int i = perLine; i < options.size(); i += perLine) {
                breaks.add(i);
            }
        } else {
            for (String b : f.attr("printLines", "").split(",")) {
                if (!b.isBlank()) {
                    breaks.add(Integer.parseInt(b.strip()));
                }
            }
        }
        List<Paragraph> ps = new ArrayList<>();
        List<Inline> line = new ArrayList<>();
        List<String> placedTexts = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (breaks.contains(i) && !line.isEmpty()) {
                ps.add(para(c, Align.LEFT, line.toArray(new Inline[0])));
                line = new ArrayList<>();
            }
            String opt = options.get(i);
            boolean on = chosen.contains(opt);
            if (!line.isEmpty()) {
                line.add(text(" "));
            }
            line.add(new CheckBox(on, body, checkRef(path, opt)));
            String shown = numbered ? (f.options().indexOf(opt) + 1) + "." + opt : opt;
            line.add(text(shown));
            if (on) {
                placedTexts.add(CheckBox.CHECKED + shown);
            }
            if (opt.equals(f.otherOption())) {
                String other = draft.text(path + ".other");
                FieldRef otherRef = FieldRef.of(path + ".other", f.otherOption(), FieldRef.Kind.TEXT);
                if (other.isBlank()) {
                    line.add(text("                 ").withUnderline().withField(otherRef.asPlaceholder()));
                } else {
                    line.add(text(" ").withUnderline());
                    line.add(text(other).withUnderline().withField(otherRef));
                    line.add(text(" ").withUnderline());
                    placed(path + ".other", other);
                }
                String note = f.attr("otherNote", "");
                if (!note.isEmpty()) {
                    line.add(text(note));
                }
            }
        }
        if (!line.isEmpty()) {
            ps.add(para(c, Align.LEFT, line.toArray(new Inline[0])));
        }
        if (!placedTexts.isEmpty()) {
            printed.computeIfAbsent(path, k -> new ArrayList<>()).addAll(placedTexts);
        }
        return ps;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * One paragraph per line of {@code s}. An indented cell holds narrative text (三–六): first lines indented by
     * two characters, in the layout's text size (小四), justified.
     */
    private List<Paragraph> multiline(LayoutSpec.CellSpec c, String s, boolean grey) {
        List<Paragraph> ps = new ArrayList<>();
        boolean indent = Boolean.TRUE.equals(c.indent());
        for (String line : s.split("\r\n|\r|\n", -1)) {
            TextRun t = indent ? TextRun.body(line, textSize) : text(line);
            Paragraph p = para(c, indent ? Align.JUSTIFY : Align.LEFT, grey ? t.withGrey() : t);
            ps.add(indent ? p.withIndent(2 * textSize) : p);
        }
        return ps;
    }

    private Paragraph para(LayoutSpec.CellSpec c, Align dflt, Inline... inlines) {
        return Paragraph.of(align(c.align(), dflt), inlines).withLineSpacing(lineSpacing);
    }

    private static Align align(String a, Align dflt) {
        return a == null ? dflt : switch (a) {
            case "center" -> Align.CENTER;
            case "right" -> Align.RIGHT;
            case "justify" -> Align.JUSTIFY;
            case "left" -> Align.LEFT;
            default -> dflt;
        };
    }

    private TextRun text(String s) {
        return TextRun.body(s, body);
    }

    private FieldDef field(String path) {
        FieldDef f = template.field(path);
        if (f == null) {
            throw new IllegalArgumentException(PrintMessages.get(locale, "layout.unknownField", layout.templateId(),
                    path));
        }
        return f;
    }

    private SectionDef section(String id) {
        SectionDef s = template.section(id);
        if (s == null) {
            throw new IllegalArgumentException(PrintMessages.get(locale, "layout.unknownField", layout.templateId(),
                    id));
        }
        return s;
    }

    private static String label(FieldDef f) {
        return f.attr("printLabel", f.label());
    }

    /** The printed form of a value (dates as 2024年5月20日), recorded for the self-check; "" when empty. */
    private String value(String path) {
        FieldDef f = field(path);
        String v = Computed.text(template, draft, path);
        if (v.isBlank()) {
            return "";
        }
        String out = v;
        if (f.type() == FieldType.DATE) {
            LocalDate d = Values.dateOrNull(v);
            if (d != null) {
                out = d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            }
        }
        placed(path, out);
        return out;
    }

    /**
     * The content control of a value (DOCX): null for what cannot be set (computed values, attachments) and
     * outside a template's fields. {@code lines}: a text of paragraphs (a rich-text control around them).
     */
    private FieldRef ref(String path, boolean lines) {
        FieldDef f = template.field(path);
        if (f == null) {
            return null;
        }
        return switch (f.type()) {
            case COMPUTED, ATTACHMENT, GROUP, TABLE -> null;
            case DATE -> FieldRef.of(path, f.label(), FieldRef.Kind.DATE);
            default -> FieldRef.of(path, f.label(), lines ? FieldRef.Kind.LINES : FieldRef.Kind.TEXT);
        };
    }

    /** The check-box control of one option of a choice. */
    private FieldRef checkRef(String path, String option) {
        FieldDef f = template.field(path);
        if (f != null && (f.type() == FieldType.BOOLEAN || f.type() == FieldType.ATTACHMENT)) {
            // the one box of a yes/no field (an attachment enclosed): option 0 = ticked
            return "true".equals(option) ? new FieldRef(path, f.label(), FieldRef.Kind.CHECK, 0, false) : null;
        }
        int i = f == null ? -1 : f.options().indexOf(option);
        return i < 0 ? null : new FieldRef(path, f.label() + "：" + option, FieldRef.Kind.CHECK, i, false);
    }

    private static TextRun withRef(TextRun t, FieldRef r) {
        return r == null ? t : t.withField(r);
    }

    private static List<Paragraph> withRef(List<Paragraph> ps, FieldRef r) {
        return r == null ? ps : ps.stream().map(p -> p.withField(r)).toList();
    }

    private void placed(String path, String text) {
        printed.computeIfAbsent(path, k -> new ArrayList<>()).add(text);
    }

    private static String rowLabel(FieldDef table, int row) {
        String pattern = table.rowLabel();
        if (pattern == null) {
            return String.valueOf(row + 1);
        }
        return pattern.replace("{cn}", chineseNumber(row + 1)).replace("{n}", String.valueOf(row + 1));
    }

    static String chineseNumber(int n) {
        if (n <= 10) {
            return CN_DIGITS[n];
        }
        if (n < 20) {
            return "十" + CN_DIGITS[n - 10];
        }
        if (n < 100) {
            return CN_DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : CN_DIGITS[n % 10]);
        }
        return String.valueOf(n);
    }
}
