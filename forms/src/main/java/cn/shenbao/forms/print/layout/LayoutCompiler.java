package cn.shenbao.forms.print.layout;

import cn.shenbao.forms.draft.Computed;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.print.PrintMessages;
import cn.shenbao.forms.print.model.Align;
import cn.shenbao.forms.print.model.Block;
import cn.shenbao.forms.print.model.Cell;
import cn.shenbao.forms.print.model.CheckBox;
import cn.shenbao.forms.print.model.CoverPage;
import cn.shenbao.forms.print.model.FontRole;
import cn.shenbao.forms.print.model.Inline;
import cn.shenbao.forms.print.model.LineBreak;
import cn.shenbao.forms.print.model.PageBreak;
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
import com.fasterxml.jackson.databind.JsonNode;
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
    private final float body;
    private final float heading;
    private final Map<String, List<String>> printed = new LinkedHashMap<>();

    private LayoutCompiler(TemplateDef template, Draft draft, PrintLayout layout, Locale locale) {
        this.template = template;
        this.draft = draft;
        this.layout = layout;
        this.locale = locale;
        this.body = layout.bodySize();
        this.heading = layout.headingSize();
    }

    /** Compiles a draft with the template's built-in layout. */
    public static CompiledForm compile(TemplateDef template, Draft draft, Locale locale) {
        return compile(template, draft, PrintLayout.of(template, locale), locale);
    }

    /** Compiles a draft with the given layout. */
    public static CompiledForm compile(TemplateDef template, Draft draft, PrintLayout layout, Locale locale) {
        LayoutCompiler c = new LayoutCompiler(template, draft, layout, locale);
        List<Block> blocks = c.blocks();
        return new CompiledForm(new PrintDocument(template.title(), blocks, DRAFT_MARK), c.printed);
    }

    /** The draft values that are printed on paper: path → text (for the self-check and the font preflight). */
    public static Map<String, String> printableValues(TemplateDef template, Draft draft) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : draft.flatten().entrySet()) {
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
        for (JsonNode part : layout.root().path("parts")) {
            if (part.path("pageBreakBefore").asBoolean(false)) {
                out.add(new PageBreak());
            }
            String type = part.path("type").asText();
            switch (type) {
                case "cover" -> out.add(cover(part));
                case "instructions" -> instructions(out);
                case "table" -> out.add(table(part));
                case "signature" -> out.add(signature(part));
                case "signatures" -> out.add(signatures(part));
                case "paragraph" -> out.add(paragraphPart(part));
                case "pageBreak" -> out.add(new PageBreak());
                default -> throw new IllegalArgumentException(PrintMessages.get(locale, "layout.unreadable",
                        layout.templateId(), "type " + type));
            }
        }
        return out;
    }

    private static SignatureBlock signature(JsonNode part) {
        return new SignatureBlock(part.path("name").asText(), part.path("label").asText(),
                part.path("seal").asText(""), part.path("date").asText("年  月  日"), 40f, 12f);
    }

    /** A heading cell (optional, as a table cell is written) and the signature blocks kept on one page with it. */
    private SignatureSection signatures(JsonNode part) {
        JsonNode h = part.path("heading");
        Cell heading = h.isObject() ? cell(h, content(h, null, -1)) : null;
        List<SignatureBlock> blocks = new ArrayList<>();
        part.path("blocks").forEach(b -> blocks.add(signature(b)));
        return new SignatureSection(heading, blocks);
    }

    private CoverPage cover(JsonNode part) {
        String numberPath = part.path("number").asText();
        FieldDef numberField = field(numberPath);
        String number = value(numberPath);
        List<String> titles = new ArrayList<>();
        part.path("title").forEach(t -> titles.add(t.asText()));
        List<CoverPage.Line> lines = new ArrayList<>();
        for (JsonNode l : part.path("lines")) {
            String path = l.asText();
            FieldDef f = field(path);
            String v = value(path);
            if (v.isEmpty() && f.type() == FieldType.DATE) {
                v = "年   月   日";
            }
            lines.add(new CoverPage.Line(label(f), v));
        }
        return new CoverPage(label(numberField), number, titles, lines, template.issuer());
    }

    private void instructions(List<Block> out) {
        TemplateDef.Instructions ins = template.instructions();
        if (ins == null) {
            return;
        }
        out.add(Paragraph.of(Align.CENTER, TextRun.heading(ins.heading(), 16f)).withSpacing(12, 18));
        for (String p : ins.points()) {
            out.add(Paragraph.of(Align.JUSTIFY, TextRun.body(p, 14f)).withIndent(28f).withLineSpacing(1.5f)
                    .withSpacing(0, 4));
        }
    }

    private Paragraph paragraphPart(JsonNode part) {
        String text = part.has("sectionHeading") ? section(part.path("sectionHeading").asText()).heading()
                : part.path("text").asText();
        float size = (float) part.path("size").asDouble(body);
        FontRole role = "heading".equals(part.path("style").asText()) ? FontRole.HEADING : FontRole.BODY;
        return new Paragraph(List.of(new TextRun(text, role, size, false, false, false)), align(part, Align.LEFT),
                (float) part.path("spaceBefore").asDouble(0), (float) part.path("spaceAfter").asDouble(0), 0,
                1.3f);
    }

    // ---------------------------------------------------------------- tables

    private Table table(JsonNode part) {
        List<Double> widths = new ArrayList<>();
        part.path("columns").forEach(c -> widths.add(c.asDouble()));
        List<Row> rows = new ArrayList<>();
        for (JsonNode r : part.path("rows")) {
            if (r.has("repeat")) {
                repeatRows(r, rows);
            } else {
                rows.add(row(r, cells(r, null, -1)));
            }
        }
        return new Table(widths, rows, part.path("headerRows").asInt(0), part.path("keepWithNext").asBoolean(false));
    }

    /**
     * A row the layout allows to split is still kept whole while it is short: a page break may only fall
     * inside a row whose cells hold long text (more than {@link #SHORT_ROW_CHARS} characters in a cell).
     */
    private Row row(JsonNode r, List<Cell> cells) {
        boolean mayBreak = r.path("split").asBoolean(false) && !isShort(cells);
        return new Row(cells, !mayBreak, (float) r.path("minHeight").asDouble(0));
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

    private void repeatRows(JsonNode r, List<Row> rows) {
        String tableId = r.path("repeat").asText();
        FieldDef tableField = field(tableId);
        List<Map<String, String>> data = draft.rows(tableId);
        boolean anyValue = data.stream().anyMatch(m -> m.values().stream().anyMatch(v -> v != null && !v.isBlank()));
        if (anyValue) {
            for (int i = 0; i < data.size(); i++) {
                rows.add(row(r, cells(r, tableId, i)));
            }
            return;
        }
        int blanks = "printRows".equals(r.path("blankRows").asText())
                ? (tableField.printRows() == null ? 1 : tableField.printRows()) : r.path("blankRows").asInt(1);
        for (int i = 0; i < blanks; i++) {
            rows.add(row(r, cells(r, tableId, i)));
        }
        if (r.path("ellipsis").asBoolean(false)) {
            List<Cell> cells = new ArrayList<>();
            int n = 0;
            for (JsonNode c : r.path("cells")) {
                cells.add(cell(c, List.of(n++ == 0 ? para(c, Align.CENTER, text("……")) : para(c, Align.LEFT))));
            }
            rows.add(new Row(cells, true, 0));
        }
    }

    private List<Cell> cells(JsonNode r, String tableId, int rowIndex) {
        List<Cell> cells = new ArrayList<>();
        for (JsonNode c : r.path("cells")) {
            cells.add(cell(c, content(c, tableId, rowIndex)));
        }
        return cells;
    }

    private Cell cell(JsonNode c, List<Paragraph> paragraphs) {
        VAlign v = switch (c.path("valign").asText("center")) {
            case "top" -> VAlign.TOP;
            case "bottom" -> VAlign.BOTTOM;
            default -> VAlign.CENTER;
        };
        return new Cell(paragraphs, c.path("rowSpan").asInt(1), c.path("colSpan").asInt(1), v);
    }

    private List<Paragraph> content(JsonNode c, String tableId, int row) {
        if (c.has("heading")) {
            return List.of(Paragraph.of(align(c, Align.LEFT),
                    TextRun.heading(section(c.path("heading").asText()).heading(), heading)));
        }
        if (c.has("text")) {
            return List.of(para(c, Align.LEFT, text(c.path("text").asText())));
        }
        if (c.has("label")) {
            return List.of(para(c, Align.LEFT, text(label(field(c.path("label").asText())))));
        }
        if (c.has("sectionHint")) {
            List<Paragraph> ps = new ArrayList<>();
            for (String line : section(c.path("sectionHint").asText()).hint().split("\n")) {
                ps.add(para(c, Align.LEFT, text(line)));
            }
            return ps;
        }
        if (c.has("rowNumber")) {
            return List.of(para(c, Align.CENTER, text(String.valueOf(row + 1))));
        }
        if (c.has("rowLabel")) {
            String col = c.path("rowLabel").asText();
            String path = tableId + "[" + row + "]." + col;
            String v = draft.text(path);
            if (!v.isEmpty()) {
                placed(path, v);
                return List.of(para(c, Align.CENTER, text(v)));
            }
            return List.of(para(c, Align.CENTER, text(rowLabel(field(tableId), row))));
        }
        if (c.has("dateRange")) {
            String from = tableId + "[" + row + "]." + c.path("dateRange").get(0).asText();
            String to = tableId + "[" + row + "]." + c.path("dateRange").get(1).asText();
            String f = value(from);
            String t = value(to);
            String blank = c.path("blank").asText("");
            if (f.isEmpty() && t.isEmpty()) {
                return multiline(c, blank, false);
            }
            // one date only: the other keeps its 年 月 日 blank (the last line of the blank) to be written by hand
            String[] lines = blank.split("\n");
            String oneBlank = lines[lines.length - 1].isBlank() ? "年 月 日" : lines[lines.length - 1];
            return List.of(para(c, Align.CENTER, text((f.isEmpty() ? oneBlank : f) + "至"), new LineBreak(),
                    text(t.isEmpty() ? oneBlank : t)));
        }
        if (c.has("value")) {
            String path = tableId == null ? c.path("value").asText()
                    : tableId + "[" + row + "]." + c.path("value").asText();
            String v = value(path);
            if (v.isEmpty()) {
                FieldDef f = field(path);
                String hint = f.type() == FieldType.LONG_TEXT && f.hint() != null ? f.hint() : "";
                return hint.isEmpty() ? List.of(para(c, Align.LEFT)) : multiline(c, hint, true);
            }
            return multiline(c, v, false);
        }
        if (c.has("inline")) {
            return List.of(para(c, Align.LEFT, inline(c.path("inline"), tableId, row)));
        }
        if (c.has("paragraphs")) {
            List<Paragraph> ps = new ArrayList<>();
            for (JsonNode p : c.path("paragraphs")) {
                if (p.isObject() && p.has("value")) {
                    // a long value among fixed paragraphs (an opinion above the seal): its lines, nothing when empty
                    String v = value(p.path("value").asText());
                    if (!v.isEmpty()) {
                        ps.addAll(multiline(c, v, false));
                    }
                } else if (p.isObject()) {
                    // a paragraph with its own alignment and space above (盖 章 right, below room for the seal)
                    ps.add(Paragraph.of(align(p, align(c, Align.LEFT)), inline(p.path("pieces"), tableId, row))
                            .withSpacing((float) p.path("spaceBefore").asDouble(0), 0));
                } else {
                    ps.add(para(c, Align.LEFT, inline(p, tableId, row)));
                }
            }
            return ps;
        }
        if (c.has("lines")) {
            String t = c.path("lines").asText();
            String col = c.path("column").asText();
            List<Paragraph> ps = new ArrayList<>();
            List<Map<String, String>> rows = draft.rows(t);
            for (int i = 0; i < rows.size(); i++) {
                String path = t + "[" + i + "]." + col;
                String v = draft.text(path);
                if (!v.isBlank()) {
                    placed(path, v);
                    ps.add(para(c, Align.LEFT, text(v)));
                }
            }
            if (ps.isEmpty()) {
                FieldDef f = field(t);
                ps.add(f.hint() == null ? para(c, Align.LEFT) : para(c, Align.LEFT, text(f.hint()).withGrey()));
            }
            return ps;
        }
        if (c.has("choices")) {
            return choices(c, c.path("choices").asText());
        }
        throw new IllegalArgumentException(PrintMessages.get(locale, "layout.unreadable", layout.templateId(),
                c.toString()));
    }

    private Inline[] inline(JsonNode pieces, String tableId, int row) {
        List<Inline> out = new ArrayList<>();
        for (JsonNode p : pieces) {
            if (p.has("check")) {
                // the box of one option inside a line of text (□1.科学问题：____)
                String path = p.path("check").asText();
                String opt = p.path("option").asText();
                field(path);
                String label = p.path("text").asText(opt);
                boolean on = draft.choices(path).contains(opt);
                out.add(new CheckBox(on, body));
                out.add(text(label));
                if (on) {
                    placed(path, CheckBox.CHECKED + label);
                }
            } else if (p.has("text")) {
                out.add(text(p.path("text").asText()));
            } else if (p.has("label")) {
                out.add(text(label(field(p.path("label").asText()))));
            } else if (p.has("attr")) {
                out.add(text(field(p.path("attr").asText()).attr(p.path("name").asText(), "")));
            } else if (p.has("value") || p.has("date")) {
                String path = p.has("value") ? p.path("value").asText() : p.path("date").asText();
                if (tableId != null && !path.contains(".") && template.field(path) == null) {
                    path = tableId + "[" + row + "]." + path;
                }
                String v = value(path);
                if (v.isEmpty()) {
                    out.add(text(p.path("blank").asText("")));
                } else {
                    out.add(text(p.has("blank") ? " " + v + " " : v));
                }
            }
        }
        return out.toArray(new Inline[0]);
    }

    private List<Paragraph> choices(JsonNode c, String path) {
        FieldDef f = field(path);
        List<String> chosen = draft.choices(path);
        List<String> options = f.options();
        if (c.has("option")) {
            // one option alone (the □互联网+ beside its directions)
            options = List.of(c.path("option").asText());
        } else if (c.has("group")) {
            // the options listed under one value of the field they depend on (主要方向 of 互联网+)
            options = f.optionsFor(c.path("group").asText());
        }
        boolean numbered = Boolean.parseBoolean(f.attr("printNumbers", "false"));
        List<Integer> breaks = new ArrayList<>();
        int perLine = c.path("perLine").asInt(0);
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
            line.add(new CheckBox(on, body));
            String shown = numbered ? (f.options().indexOf(opt) + 1) + "." + opt : opt;
            line.add(text(shown));
            if (on) {
                placedTexts.add(CheckBox.CHECKED + shown);
            }
            if (opt.equals(f.otherOption())) {
                String other = draft.text(path + ".other");
                if (other.isBlank()) {
                    line.add(text("                 ").withUnderline());
                } else {
                    line.add(text(" " + other + " ").withUnderline());
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

    private List<Paragraph> multiline(JsonNode c, String s, boolean grey) {
        List<Paragraph> ps = new ArrayList<>();
        boolean indent = c.path("indent").asBoolean(false);
        for (String line : s.split("\r\n|\r|\n", -1)) {
            TextRun t = text(line);
            Paragraph p = para(c, Align.LEFT, grey ? t.withGrey() : t);
            ps.add(indent ? p.withIndent(2 * body).withLineSpacing(1.25f) : p);
        }
        return ps;
    }

    private Paragraph para(JsonNode c, Align dflt, Inline... inlines) {
        return Paragraph.of(align(c, dflt), inlines);
    }

    private static Align align(JsonNode c, Align dflt) {
        return switch (c.path("align").asText("")) {
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
