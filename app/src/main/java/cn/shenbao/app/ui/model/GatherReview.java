package cn.shenbao.app.ui.model;

import cn.shenbao.forms.gather.Gathering;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * 工具 › 从绩效目标表汇总…: the comparison the user confirms before the rows of a T6 draft change. Holds the plan
 * of {@link Gathering} (computed in {@code forms}: the CLI's {@code gather} uses the same) and one take/keep
 * choice per change, preset as the command line's default policy (a cell the user left alone takes the source's
 * new value, an edited cell keeps the user's). {@link #apply} writes everything as one undoable table edit.
 */
public final class GatherReview {
    /** One change with the user's choice: true = take the source's value, false = keep the row's. */
    public record Item(Gathering.Change change, BooleanProperty take) {}

    private final DraftViewModel vm;
    private final Gathering.Plan plan;
    private final List<Item> items = new ArrayList<>();

    public GatherReview(DraftViewModel vm, Gathering.Plan plan) {
        this.vm = vm;
        this.plan = plan;
        for (Gathering.Change c : plan.changes()) {
            items.add(new Item(c, new SimpleBooleanProperty(c.takeByDefault())));
        }
    }

    public Gathering.Plan plan() {
        return plan;
    }

    /** The changes of rows gathered before, each with its take/keep choice. */
    public List<Item> items() {
        return items;
    }

    /** The drafts that become new rows. */
    public List<Gathering.Source> newRows() {
        return plan.sources().stream().filter(s -> s.status() == Gathering.Status.NEW).toList();
    }

    /** The drafts whose rows need nothing. */
    public List<Gathering.Source> unchanged() {
        return plan.sources().stream().filter(s -> s.status() == Gathering.Status.UNCHANGED).toList();
    }

    /** The messages of the files that were not gathered (each names its file). */
    public List<String> problems(Locale locale) {
        return plan.problems().stream().map(p -> p.message(locale)).toList();
    }

    /** Whether confirming would change the draft. */
    public boolean changesAnything() {
        return plan.changesAnything(vm.draft());
    }

    /** Sets every choice at once (取用全部 / 全部保留). */
    public void takeAll(boolean take) {
        items.forEach(i -> i.take().set(take));
    }

    /** How many changes are chosen to be taken. */
    public long takenCount() {
        return items.stream().filter(i -> i.take().get()).count();
    }

    /** Writes the new rows and the chosen changes (one undo step); nothing when nothing changes. */
    public void apply() {
        if (!changesAnything()) {
            return;
        }
        vm.structural(Gathering.TABLE, d -> Gathering.apply(d, plan, c -> {
            for (Item i : items) {
                if (i.change() == c) {
                    return i.take().get();
                }
            }
            return false;
        }));
    }
}
