package cn.shenbao.app.ui.model;

import cn.shenbao.app.ui.UiTexts;
import cn.shenbao.forms.roster.Expert;
import cn.shenbao.forms.roster.Roster;
import cn.shenbao.forms.roster.RosterException;
import cn.shenbao.forms.roster.RosterExport;
import cn.shenbao.forms.roster.RosterField;
import cn.shenbao.forms.roster.RosterFiles;
import cn.shenbao.forms.roster.RosterImport;
import cn.shenbao.forms.roster.Team;
import cn.shenbao.forms.roster.TeamTexts;
import cn.shenbao.forms.rules.Tally;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.draft.Draft;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the roster window (工具 › 专家库…) without any Node: the roster and its file, the search, an import
 * under way (its preview, the column mapping, a decision per duplicate) and the choice of a draft's team. Nothing
 * is written before {@link #confirmImport()}; a failure leaves the roster file as it was.
 */
public final class RosterModel {
    private final UiTexts texts;
    private final Path file;
    private Roster roster;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Expert> shown = FXCollections.observableArrayList();
    private final ObjectProperty<RosterImport.Preview> preview = new SimpleObjectProperty<>();
    private Path importFile;
    private final Map<String, RosterField> mapping = new LinkedHashMap<>();
    private final Map<Integer, RosterImport.Decision> decisions = new LinkedHashMap<>();

    /** Opens (or starts) the roster at {@code file}. */
    public RosterModel(Path file, UiTexts texts) throws RosterException {
        this.texts = texts;
        this.file = file;
        this.roster = RosterFiles.loadOrNew(file);
        query.addListener((o, a, b) -> refresh());
        refresh();
    }

    public Path file() {
        return file;
    }

    public Roster roster() {
        return roster;
    }

    /** The search: name, unit, title, mobile, id or pinyin initials. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The experts the search finds. */
    public ObservableList<Expert> shown() {
        return shown;
    }

    private void refresh() {
        shown.setAll(roster.search(query.get()));
    }

    // ---- import --------------------------------------------------------------------------------

    /** The preview of the import under way, or null. */
    public ObjectProperty<RosterImport.Preview> previewProperty() {
        return preview;
    }

    /** Reads a file to import and shows what it would do; nothing is written. */
    public RosterImport.Preview preview(Path source) throws RosterException {
        importFile = source;
        mapping.clear();
        decisions.clear();
        return repreview();
    }

    /** Maps a column by hand (header → field; null: by its name again) and previews again. */
    public RosterImport.Preview map(String header, RosterField field) throws RosterException {
        if (field == null) {
            mapping.remove(header);
        } else {
            mapping.put(header, field);
        }
        return repreview();
    }

    private RosterImport.Preview repreview() throws RosterException {
        RosterImport.Preview p = RosterImport.preview(importFile, roster, mapping, LocalDate.now());
        decisions.keySet().retainAll(p.duplicates().stream().map(RosterImport.Duplicate::row).toList());
        preview.set(p);
        return p;
    }

    /** The decision for a duplicate (row number); KEEP until the user chooses. */
    public RosterImport.Decision decision(int row) {
        return decisions.getOrDefault(row, RosterImport.Decision.KEEP);
    }

    public void decide(int row, RosterImport.Decision d) {
        decisions.put(row, d);
    }

    /** The preview in lines for a person: what is imported, the duplicates, the rows with problems. */
    public String summary() {
        RosterImport.Preview p = preview.get();
        if (p == null) {
            return texts.msg("roster.count", roster.size());
        }
        return texts.msg("roster.preview.summary", p.added().size(), p.duplicates().size(), p.rejected().size());
    }

    /** The rows with problems, one line each: 第 5 行：reasons. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        RosterImport.Preview p = preview.get();
        if (p != null) {
            for (RosterImport.Rejected r : p.rejected()) {
                out.add(texts.msg("roster.preview.problem", r.row(), r.message(texts.locale())));
            }
            out.addAll(p.noteTexts(texts.locale()));
        }
        return out;
    }

    /** Writes the import as decided; returns what was done. The roster file is unchanged when this fails. */
    public RosterImport.Result confirmImport() throws RosterException {
        RosterImport.Preview p = preview.get();
        RosterImport.Result r = p.apply(decisions, RosterImport.Decision.KEEP);
        RosterFiles.save(r.roster(), file);
        roster = r.roster();
        preview.set(null);
        refresh();
        return r;
    }

    public void cancelImport() {
        preview.set(null);
    }

    /** Writes experts to an .xlsx (all shown when {@code experts} is empty). */
    public void export(Path out, List<Expert> experts) throws RosterException {
        RosterExport.write(experts.isEmpty() ? List.copyOf(shown) : experts, out, texts.locale());
    }

    // ---- the team of a draft ---------------------------------------------------------------------

    /** The choice of a draft's team: starts from the experts the draft already refers to. */
    public TeamChoice team(DraftViewModel vm) {
        return new TeamChoice(vm);
    }

    /** The team being chosen for one draft, with its figures computed by the form's rules on a copy. */
    public final class TeamChoice {
        private final DraftViewModel vm;
        private final Team.Tables tables;
        private final ObservableList<Expert> members = FXCollections.observableArrayList();
        private final Set<String> printed = new LinkedHashSet<>();

        TeamChoice(DraftViewModel vm) {
            this.vm = vm;
            this.tables = Team.of(vm.template()).orElseThrow(() -> new IllegalArgumentException(vm.template().id()));
            for (String id : Team.memberIds(vm.template(), vm.draft())) {
                roster.find(id).ifPresent(members::add);
            }
            List<String> printedNames = new ArrayList<>();
            if (tables.printed() != null) {
                for (Map<String, String> row : vm.draft().rows(tables.printed().id())) {
                    printedNames.add(row.getOrDefault("name", ""));
                }
            }
            for (Expert e : members) {
                if (printedNames.contains(e.name())) {
                    printed.add(e.id());
                }
            }
        }

        public ObservableList<Expert> members() {
            return members;
        }

        /** Adds experts to the team (printed while there is room on paper). */
        public void add(List<Expert> experts) {
            for (Expert e : experts) {
                if (!members.contains(e)) {
                    members.add(e);
                    if (tables.printedMax() == 0 || printed.size() < tables.printedMax()) {
                        printed.add(e.id());
                    }
                }
            }
        }

        public void remove(Expert e) {
            members.remove(e);
            printed.remove(e.id());
        }

        public boolean isPrinted(Expert e) {
            return printed.contains(e.id());
        }

        /** Prints the expert in the form or not; false when the paper is full. */
        public boolean setPrinted(Expert e, boolean on) {
            if (!on) {
                printed.remove(e.id());
                return true;
            }
            if (tables.printedMax() > 0 && printed.size() >= tables.printedMax() && !printed.contains(e.id())) {
                return false;
            }
            printed.add(e.id());
            return true;
        }

        public int printedCount() {
            return printed.size();
        }

        public int printedMax() {
            return tables.printedMax();
        }

        private List<Expert> printedList() {
            return members.stream().filter(e -> printed.contains(e.id())).toList();
        }

        /** The figures the team would have (成员人数 22（要求 ≥ 20）✓ …), by the rules of the form. */
        public List<String> tally() {
            TemplateDef t = vm.template();
            Draft copy = vm.draft().copy();
            Team.set(t, copy, List.copyOf(members), printedList());
            List<String> out = new ArrayList<>();
            if (tables.all() != null) {
                for (Tally x : Tally.of(t, copy, tables.all().id())) {
                    out.add(TeamTexts.line(t, x, texts.locale()));
                }
            }
            return out;
        }

        /** Puts the team into the draft (one step to undo). */
        public void apply() {
            List<String> ids = new ArrayList<>();
            if (tables.all() != null) {
                ids.add(tables.all().id());
            }
            if (tables.printed() != null) {
                ids.add(tables.printed().id());
            }
            vm.editTables(ids, d -> Team.set(vm.template(), d, List.copyOf(members), printedList()));
        }
    }

    /**
     * The team's figures of a draft as it is (for the line under the team table), or empty when the form has no
     * team.
     */
    public static List<String> tally(TemplateDef t, Draft d, java.util.Locale locale) {
        List<String> out = new ArrayList<>();
        Team.of(t).map(Team.Tables::all).ifPresent(all -> {
            for (Tally x : Tally.of(t, d, all.id())) {
                out.add(TeamTexts.line(t, x, locale));
            }
        });
        return out;
    }

    /**
     * On opening a draft: the changes the roster has for its team, as one text for the question, or null when the
     * draft is up to date (or has no team, or the roster cannot be read).
     */
    public static List<Team.PersonChange> changes(TemplateDef t, Draft d, Path rosterFile) {
        if (rosterFile == null || Team.of(t).isEmpty() || Team.memberIds(t, d).isEmpty()) {
            return List.of();
        }
        try {
            return Team.changes(t, d, RosterFiles.load(rosterFile));
        } catch (RosterException e) {
            return List.of();
        }
    }

    /** Brings a draft's team up to date (one step to undo). */
    public static void update(DraftViewModel vm, List<Team.PersonChange> changes) {
        List<String> ids = new ArrayList<>();
        Team.of(vm.template()).ifPresent(tb -> {
            if (tb.all() != null) {
                ids.add(tb.all().id());
            }
            if (tb.printed() != null) {
                ids.add(tb.printed().id());
            }
        });
        vm.editTables(ids, d -> Team.apply(d, changes));
    }
}
