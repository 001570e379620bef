package cn.shenbao.forms.print.layout;

import cn.shenbao.forms.print.PrintMessages;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.TemplateDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a parsed layout against its template before anything is printed: every field path, label, section,
 * table and column exists, every cell has exactly one kind of content, rows fill the table's columns, names and
 * choices are valid. Each problem names its place in the file ({@code parts[3].rows[2].cells[0]}).
 */
public final class LayoutCheck {
    private static final Set<String> ALIGN = Set.of("left", "center", "right", "justify");
    private static final Set<String> VALIGN = Set.of("top", "center", "bottom");
    private static final Set<String> STYLES = Set.of("heading", "body");
    private static final Set<String> SIZES = Set.of("A4", "A3");
    private static final Set<String> ORIENTATIONS = Set.of("portrait", "landscape");

    private final TemplateDef template;
    private final Locale locale;
    private final List<String> problems = new ArrayList<>();

    private LayoutCheck(TemplateDef template, Locale locale) {
        this.template = template;
        this.locale = locale;
    }

    /** Every problem of {@code spec} as a localised line naming its place; empty when the layout fits. */
    public static List<String> problems(TemplateDef template, LayoutSpec.File spec, Locale locale) {
        LayoutCheck c = new LayoutCheck(template, locale);
        c.file(spec);
        return List.copyOf(c.problems);
    }

    private void problem(String place, String key, Object... args) {
        problems.add(PrintMessages.get(locale, "layout.problem", place, PrintMessages.get(locale, key, args)));
    }

    private void file(LayoutSpec.File spec) {
        if (!template.id().equals(spec.template())) {
            problem("template", "layout.check.template", String.valueOf(spec.template()), template.id());
        }
        positive("bodySize", spec.bodySize());
        positive("textSize", spec.textSize());
        positive("headingSize", spec.headingSize());
        if (spec.lineSpacing() != null && (spec.lineSpacing() < 1 || spec.lineSpacing() > 3)) {
            problem("lineSpacing", "layout.check.range", "lineSpacing", spec.lineSpacing(), "1–3");
        }
        if (spec.parts() == null || spec.parts().isEmpty()) {
            problem("parts", "layout.check.empty", "parts");
            return;
        }
        for (int i = 0; i < spec.parts().size(); i++) {
            part("parts[" + i + "]", spec.parts().get(i));
        }
    }

    private void positive(String place, Float v) {
        if (v != null && !(v > 0 && v < 100)) {
            problem(place, "layout.check.range", place, v, "0–100");
        }
    }

    private void part(String at, LayoutSpec.Part part) {
        if (part == null) {
            problem(at, "layout.check.empty", "type");
            return;
        }
        if (part.page() != null) {
            oneOf(at + ".page.size", "size", part.page().size(), SIZES);
            oneOf(at + ".page.orientation", "orientation", part.page().orientation(), ORIENTATIONS);
        }
        if (part instanceof LayoutSpec.Cover c) {
            if (c.number() != null) {
                field(at + ".number", c.number());
            }
            nonEmpty(at + ".title", "title", c.title());
            nonEmpty(at + ".lines", "lines", c.lines());
            if (c.lines() != null) {
                for (int i = 0; i < c.lines().size(); i++) {
                    field(at + ".lines[" + i + "]", c.lines().get(i));
                }
            }
        } else if (part instanceof LayoutSpec.TablePart t) {
            when(at + ".when", t.when());
            table(at, t);
        } else if (part instanceof LayoutSpec.Signature s) {
            signature(at, s.block());
        } else if (part instanceof LayoutSpec.Signatures s) {
            if (s.heading() != null) {
                cell(at + ".heading", s.heading(), null);
            }
            nonEmpty(at + ".blocks", "blocks", s.blocks());
            if (s.blocks() != null) {
                for (int i = 0; i < s.blocks().size(); i++) {
                    signature(at + ".blocks[" + i + "]", s.blocks().get(i));
                }
            }
        } else if (part instanceof LayoutSpec.ParagraphPart p) {
            int kinds = (p.text() != null ? 1 : 0) + (p.sectionHeading() != null ? 1 : 0) + (p.inline() != null ? 1 : 0);
            if (kinds != 1) {
                problem(at, "layout.check.oneOf", "text, sectionHeading, inline");
            }
            if (p.inline() != null) {
                pieces(at + ".inline", p.inline(), null);
            }
            if (p.sectionHeading() != null) {
                section(at + ".sectionHeading", p.sectionHeading());
            }
            when(at + ".when", p.when());
            oneOf(at + ".style", "style", p.style(), STYLES);
            oneOf(at + ".align", "align", p.align(), ALIGN);
        } else if (part instanceof LayoutSpec.VerdictsPart v) {
            if (v.columns() == null || v.columns().size() != 4 || v.columns().stream().anyMatch(w -> w == null || w <= 0)) {
                problem(at + ".columns", "layout.check.columns");
            }
            if (v.headers() != null && v.headers().size() != 4) {
                problem(at + ".headers", "layout.check.count", "headers", 4);
            }
            if (v.words() != null && v.words().size() != 4) {
                problem(at + ".words", "layout.check.count", "words", 4);
            }
            positive(at + ".size", v.size());
            when(at + ".when", v.when());
            if (template.rules().stream().noneMatch(r -> r.title() != null && !r.title().isBlank())) {
                problem(at, "layout.check.noTitles");
            }
        }
        // instructions and pageBreak have nothing to check against the template
    }

    /**
     * A condition of a part or row: it tests a SINGLE_CHOICE field with that field's options, or a BOOLEAN field,
     * as the {@code when} of a definition does.
     */
    private void when(String at, cn.shenbao.forms.template.Condition c) {
        if (c == null) {
            return;
        }
        FieldDef f = field(at + ".path", c.path());
        if (f == null) {
            return;
        }
        boolean ok = c.ticked() != null ? f.type() == FieldType.BOOLEAN
                : f.type() == FieldType.SINGLE_CHOICE && !c.options().isEmpty() && f.options().containsAll(c.options());
        if (!ok) {
            problem(at, "layout.check.when", c.toString());
        }
    }

    private void signature(String at, LayoutSpec.Block s) {
        if (s.name() == null || !s.name().matches("[A-Za-z][A-Za-z0-9_]*")) {
            problem(at + ".name", "layout.check.signatureName", String.valueOf(s.name()));
        }
        if (s.label() == null || s.label().isBlank()) {
            problem(at + ".label", "layout.check.empty", "label");
        }
        if (s.sealMm() != null && s.sealMm() < 40) {
            problem(at + ".sealMm", "layout.check.range", "sealMm", s.sealMm(), "≥ 40");
        }
    }

    private void table(String at, LayoutSpec.TablePart t) {
        if (t.columns() == null || t.columns().isEmpty() || t.columns().stream().anyMatch(w -> w == null || w <= 0)) {
            problem(at + ".columns", "layout.check.columns");
            return;
        }
        nonEmpty(at + ".rows", "rows", t.rows());
        if (t.rows() == null) {
            return;
        }
        int header = t.headerRows() == null ? 0 : t.headerRows();
        if (header < 0 || header > t.rows().size()) {
            problem(at + ".headerRows", "layout.check.range", "headerRows", header, "0–" + t.rows().size());
        }
        int cols = t.columns().size();
        int[] covered = new int[cols];
        for (int ri = 0; ri < t.rows().size(); ri++) {
            String rat = at + ".rows[" + ri + "]";
            LayoutSpec.RowSpec r = t.rows().get(ri);
            String table = null;
            if (r.repeat() != null) {
                FieldDef f = field(rat + ".repeat", r.repeat());
                if (f != null && f.type() != FieldType.TABLE) {
                    problem(rat + ".repeat", "layout.check.notTable", r.repeat());
                } else if (f != null) {
                    table = r.repeat();
                }
                if (r.blankRows() != null && !r.blankRows().equals("printRows") && !r.blankRows().matches("\\d{1,2}")) {
                    problem(rat + ".blankRows", "layout.check.value", "blankRows", r.blankRows(), "printRows, 0–99");
                }
            } else if (r.blankRows() != null || r.ellipsis() != null || r.mergeDown() != null) {
                problem(rat, "layout.check.repeatOnly");
            }
            if (r.mergeDown() != null && table != null) {
                for (String m : r.mergeDown()) {
                    long shown = r.cells() == null ? 0 : r.cells().stream().filter(c -> m.equals(c.value())).count();
                    if (shown != 1) {
                        problem(rat + ".mergeDown", "layout.check.mergeDown", m);
                    }
                }
            }
            when(rat + ".when", r.when());
            if (r.minHeight() != null && (r.minHeight() < 0 || r.minHeight() > 700)) {
                problem(rat + ".minHeight", "layout.check.range", "minHeight", r.minHeight(), "0–700");
            }
            if (r.cells() == null || r.cells().isEmpty()) {
                problem(rat + ".cells", "layout.check.empty", "cells");
                continue;
            }
            int used = 0;
            for (int c = 0; c < cols; c++) {
                if (covered[c] > 0) {
                    covered[c]--;
                    used++;
                }
            }
            if (r.when() != null && (used > 0 || r.cells().stream().anyMatch(x -> x.rowSpanOr() > 1))) {
                problem(rat + ".when", "layout.check.whenSpan");
            }
            int col = 0;
            for (int ci = 0; ci < r.cells().size(); ci++) {
                LayoutSpec.CellSpec cell = r.cells().get(ci);
                String cat = rat + ".cells[" + ci + "]";
                cell(cat, cell, table);
                if (cell.rowSpanOr() < 1 || cell.colSpanOr() < 1) {
                    problem(cat, "layout.check.range", "rowSpan/colSpan", cell.rowSpanOr() + "/" + cell.colSpanOr(),
                            "≥ 1");
                    continue;
                }
                if (cell.rowSpanOr() > 1) {
                    if (r.repeat() != null || ri + cell.rowSpanOr() > t.rows().size()) {
                        problem(cat + ".rowSpan", "layout.check.range", "rowSpan", cell.rowSpanOr(),
                                "1–" + (t.rows().size() - ri));
                    }
                    // the columns this cell covers in the rows below
                    while (col < cols && covered[col] > 0) {
                        col++;
                    }
                    for (int k = col; k < Math.min(cols, col + cell.colSpanOr()); k++) {
                        covered[k] = cell.rowSpanOr() - 1;
                    }
                }
                col += cell.colSpanOr();
                used += cell.colSpanOr();
            }
            if (used != cols) {
                problem(rat, "layout.check.width", used, cols);
            }
        }
    }

    private void cell(String at, LayoutSpec.CellSpec c, String table) {
        List<String> keys = c.contentKeys();
        if (keys.size() != 1) {
            problem(at, "layout.check.content", keys.isEmpty() ? "—" : String.join(", ", keys));
        }
        oneOf(at + ".align", "align", c.align(), ALIGN);
        oneOf(at + ".valign", "valign", c.valign(), VALIGN);
        if (c.heading() != null) {
            section(at + ".heading", c.heading());
        }
        if (c.sectionHint() != null) {
            section(at + ".sectionHint", c.sectionHint());
        }
        if (c.label() != null) {
            field(at + ".label", c.label());
        }
        if (c.value() != null) {
            field(at + ".value", column(table, c.value()));
        }
        if (c.rowLabel() != null || Boolean.TRUE.equals(c.rowNumber()) || c.dateRange() != null) {
            if (table == null) {
                problem(at, "layout.check.repeatOnly");
            }
        }
        if (c.rowLabel() != null && table != null) {
            field(at + ".rowLabel", column(table, c.rowLabel()));
        }
        if (c.dateRange() != null) {
            if (c.dateRange().size() != 2) {
                problem(at + ".dateRange", "layout.check.value", "dateRange", c.dateRange(), "[from, to]");
            } else if (table != null) {
                field(at + ".dateRange[0]", column(table, c.dateRange().get(0)));
                field(at + ".dateRange[1]", column(table, c.dateRange().get(1)));
            }
        }
        if (c.lines() != null) {
            FieldDef f = field(at + ".lines", c.lines());
            if (f != null && f.type() != FieldType.TABLE) {
                problem(at + ".lines", "layout.check.notTable", c.lines());
            } else if (f != null) {
                field(at + ".column", column(c.lines(), c.column() == null ? "" : c.column()));
            }
        } else if (c.column() != null) {
            problem(at + ".column", "layout.check.with", "column", "lines");
        }
        if (c.choices() != null) {
            FieldDef f = field(at + ".choices", c.choices());
            if (f != null && (f.options() == null || f.options().isEmpty())) {
                problem(at + ".choices", "layout.check.noOptions", c.choices());
            }
        } else if (c.perLine() != null) {
            problem(at + ".perLine", "layout.check.with", "perLine", "choices");
        }
        if (c.inline() != null) {
            pieces(at + ".inline", c.inline(), table);
        }
        if (c.paragraphs() != null) {
            for (int i = 0; i < c.paragraphs().size(); i++) {
                LayoutSpec.ParagraphSpec p = c.paragraphs().get(i);
                String pat = at + ".paragraphs[" + i + "]";
                if (p.value() != null) {
                    if (!p.pieces().isEmpty()) {
                        problem(pat, "layout.check.oneOf", "pieces, value");
                    }
                    field(pat + ".value", p.value());
                } else {
                    pieces(pat, p.pieces(), table);
                }
                oneOf(pat + ".align", "align", p.align(), ALIGN);
            }
        }
        if (c.option() != null || c.group() != null) {
            if (c.choices() == null) {
                problem(at, "layout.check.with", c.option() != null ? "option" : "group", "choices");
            } else {
                FieldDef f = template.field(c.choices());
                if (f != null && f.options() != null && c.option() != null && !f.options().contains(c.option())) {
                    problem(at + ".option", "layout.check.value", "option", c.option(), c.choices());
                }
            }
        }
    }

    private void pieces(String at, List<LayoutSpec.Piece> pieces, String table) {
        for (int i = 0; i < pieces.size(); i++) {
            LayoutSpec.Piece p = pieces.get(i);
            String pat = at + "[" + i + "]";
            // a check piece may carry a text: the label of its box
            int kinds = (p.text() != null && p.check() == null ? 1 : 0) + (p.label() != null ? 1 : 0)
                    + (p.value() != null ? 1 : 0) + (p.date() != null ? 1 : 0) + (p.attr() != null ? 1 : 0)
                    + (p.check() != null ? 1 : 0);
            if (kinds != 1) {
                problem(pat, "layout.check.oneOf", "text, label, value, date, attr, check");
            }
            if (p.check() != null) {
                FieldDef f = field(pat + ".check", p.check());
                if (p.option() == null) {
                    problem(pat + ".option", "layout.check.empty", "option");
                } else if (f != null && (f.type() == FieldType.BOOLEAN || f.type() == FieldType.ATTACHMENT)) {
                    // the one box of a tick or attachment field: option "true" (☑ when ticked or ready)
                    if (!"true".equals(p.option())) {
                        problem(pat + ".option", "layout.check.value", "option", p.option(), p.check());
                    }
                } else if (f != null && f.options() != null && !f.options().contains(p.option())) {
                    problem(pat + ".option", "layout.check.value", "option", p.option(), p.check());
                }
            } else if (p.option() != null) {
                problem(pat + ".option", "layout.check.with", "option", "check");
            }
            if (p.label() != null) {
                field(pat + ".label", p.label());
            }
            for (String path : new String[] {p.value(), p.date()}) {
                if (path != null) {
                    // in a repeated row a column of the table comes first (T5's indicator column unit, not the
                    // form's field unit 承担单位), as the compiler reads it
                    String full = table != null && !path.contains(".")
                            && (template.field(column(table, path)) != null || template.field(path) == null)
                            ? column(table, path) : path;
                    field(pat, full);
                }
            }
            if (p.attr() != null) {
                field(pat + ".attr", p.attr());
                if (p.name() == null) {
                    problem(pat + ".name", "layout.check.empty", "name");
                }
            } else if (p.name() != null) {
                problem(pat + ".name", "layout.check.with", "name", "attr");
            }
        }
    }

    private static String column(String table, String col) {
        return table == null ? col : table + "[]." + col;
    }

    private FieldDef field(String at, String path) {
        FieldDef f = template.field(path);
        if (f == null) {
            problem(at, "layout.check.field", path);
        }
        return f;
    }

    private void section(String at, String id) {
        if (template.section(id) == null) {
            problem(at, "layout.check.section", id);
        }
    }

    private void oneOf(String at, String key, String v, Set<String> allowed) {
        if (v != null && !allowed.contains(v)) {
            problem(at, "layout.check.value", key, v, String.join(", ", allowed.stream().sorted().toList()));
        }
    }

    private void nonEmpty(String at, String key, List<?> v) {
        if (v == null || v.isEmpty()) {
            problem(at, "layout.check.empty", key);
        }
    }
}
