package cn.shenbao.app.ui.model;

import cn.shenbao.app.ui.UiTexts;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.SectionDef;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The hand-off choice of the export dialog (docs/handoff.md, 四): "only let the recipient change the chosen
 * parts" of the Word file. The parts come from the definition and the draft as it is now: every section that
 * prints something and applies now, and under it every row of its printed tables — the same paths
 * {@code export --editable} accepts (a section id, {@code members[3]}). The chosen paths go to
 * {@code PrintOptions.editable} through {@link cn.shenbao.app.ui.export.ExportOptions}, the one export path of
 * the CLI: every other content control is locked and Word's fill-in-forms protection is on.
 */
public final class HandoffChoice {
    /** A part the recipient may be allowed to change. */
    public static final class Part {
        private final String path;
        private final String label;
        private final Part section;
        private final BooleanProperty selected = new SimpleBooleanProperty(false);

        Part(String path, String label, Part section) {
            this.path = path;
            this.label = label;
            this.section = section;
        }

        /** The path as {@code --editable} takes it: a section id, or a table row {@code table[i]} (0-based). */
        public String path() {
            return path;
        }

        /** What the user reads: the section's name, or the table, the row and who or what the row is about. */
        public String label() {
            return label;
        }

        /** Whether this is a table row (under a section). */
        public boolean isRow() {
            return section != null;
        }

        /** The section of a row, or null for a section. */
        public Part section() {
            return section;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        /** A row whose section is chosen: it is editable anyway (the view shows it ticked and greyed). */
        public boolean isImplied() {
            return section != null && section.selected.get();
        }
    }

    private final UiTexts texts;
    private final BooleanProperty restrict = new SimpleBooleanProperty(false);
    private final List<Part> parts = new ArrayList<>();
    private final StringBinding summary;
    private final BooleanBinding ready;
    private final BooleanProperty blank = new SimpleBooleanProperty(false);
    private final BooleanBinding rowsShown;

    public HandoffChoice(DraftViewModel vm, UiTexts texts) {
        this.texts = texts;
        for (SectionDef s : vm.template().sections()) {
            List<FieldDef> printed = s.fields().stream().filter(f -> f.isPrinted() && !f.isHidden()).toList();
            if (printed.isEmpty() || !vm.sectionShownProperty(s.id()).get()) {
                continue;
            }
            Part section = new Part(s.id(), s.displayName(), null);
            parts.add(section);
            for (FieldDef f : printed) {
                if (f.type() != FieldType.TABLE) {
                    continue;
                }
                TableModel table = vm.table(f.id());
                for (int i = 0; i < table.rows().size(); i++) {
                    String row = f.rowLabel() != null ? table.rowLabel(i) : texts.msg("table.rowN", i + 1);
                    String about = table.rowSummary(i);
                    String label = about.isEmpty() ? texts.msg("handoff.row", f.label(), row)
                            : texts.msg("handoff.rowAbout", f.label(), row, about);
                    parts.add(new Part(f.id() + "[" + i + "]", label, section));
                }
            }
        }
        List<Observable> deps = new ArrayList<>();
        deps.add(restrict);
        deps.add(blank);
        parts.forEach(p -> deps.add(p.selected));
        Observable[] on = deps.toArray(Observable[]::new);
        summary = Bindings.createStringBinding(this::describe, on);
        ready = Bindings.createBooleanBinding(() -> problem() == null, on);
        rowsShown = blank.not();
    }

    /** "只允许对方修改所选部分": off, the whole Word file stays editable as before. */
    public BooleanProperty restrictProperty() {
        return restrict;
    }

    /** Every part in form order: a section, then its table rows. */
    public List<Part> parts() {
        return List.copyOf(parts);
    }

    /** The part with this path, or null. */
    public Part part(String path) {
        return parts.stream().filter(p -> p.path.equals(path)).findFirst().orElse(null);
    }

    /**
     * The paths for {@code PrintOptions.editable}: empty when not restricting; else the chosen sections and the
     * chosen rows outside them, in form order.
     */
    public List<String> editable() {
        if (!restrict.get()) {
            return List.of();
        }
        return chosen().stream().map(Part::path).toList();
    }

    private List<Part> chosen() {
        return parts.stream().filter(p -> p.selected.get() && !p.isImplied() && !(p.isRow() && blank.get())).toList();
    }

    /**
     * Whether the empty form (空白表) is exported: it has none of the draft's table rows, so rows are neither offered
     * ({@link #rowsShownProperty}) nor handed on, only sections.
     */
    public BooleanProperty blankProperty() {
        return blank;
    }

    /** Whether the draft's table rows are offered: not for the empty form. */
    public BooleanBinding rowsShownProperty() {
        return rowsShown;
    }

    /** Why the export cannot start with this choice (restricting, nothing chosen), or null. */
    public String problem() {
        return restrict.get() && chosen().isEmpty() ? texts.msg("handoff.none") : null;
    }

    /** Whether the choice can be exported ({@link #problem()} is null), live. */
    public BooleanBinding readyProperty() {
        return ready;
    }

    /** What the recipient will be able to do with the Word file, live; "" when not restricting. */
    public StringBinding summaryProperty() {
        return summary;
    }

    private String describe() {
        if (!restrict.get()) {
            return "";
        }
        String problem = problem();
        if (problem != null) {
            return problem;
        }
        return texts.msg("handoff.summary", String.join("；", chosen().stream().map(Part::label).toList()));
    }
}
