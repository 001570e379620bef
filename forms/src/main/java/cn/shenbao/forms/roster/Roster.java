package cn.shenbao.forms.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A society's roster of experts, in memory. Every expert gets an id {@code E<number>} when added; ids are never
 * reused ({@link #nextId()} only grows), so a draft that refers to an expert by id keeps pointing at that person.
 * Not thread-safe. Saved by {@link RosterFiles}.
 */
public final class Roster {
    private final List<Expert> experts = new ArrayList<>();
    private long nextId;

    public Roster() {
        this(1);
    }

    Roster(long nextId) {
        this.nextId = Math.max(1, nextId);
    }

    /** The experts in the order they were added. */
    public List<Expert> experts() {
        return Collections.unmodifiableList(experts);
    }

    public int size() {
        return experts.size();
    }

    /** The number the next added expert gets. */
    public long nextId() {
        return nextId;
    }

    /** Adds an expert under a new id; returns it with that id. */
    public Expert add(Expert e) {
        Expert withId = e.withId("E" + nextId++);
        experts.add(withId);
        return withId;
    }

    /** Puts an entry read from a file (with its id) back; the next id stays above it. */
    void restore(Expert e) {
        experts.add(e);
        if (e.id().startsWith("E")) {
            try {
                nextId = Math.max(nextId, Long.parseLong(e.id().substring(1)) + 1);
            } catch (NumberFormatException ignored) {
                // a foreign id: kept as it is
            }
        }
    }

    /** The expert with this id. */
    public Optional<Expert> find(String id) {
        for (Expert e : experts) {
            if (e.id().equalsIgnoreCase(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Replaces the entry of the same id; false when there is none. */
    public boolean replace(Expert e) {
        for (int i = 0; i < experts.size(); i++) {
            if (experts.get(i).id().equals(e.id())) {
                experts.set(i, e);
                return true;
            }
        }
        return false;
    }

    /** Removes the entry with this id; false when there is none. */
    public boolean remove(String id) {
        return experts.removeIf(e -> e.id().equals(id));
    }

    /** The entries that are the same person as {@code e} (same mobile, or same name and unit), other than itself. */
    public List<Expert> samePerson(Expert e) {
        List<Expert> out = new ArrayList<>();
        for (Expert x : experts) {
            if (!x.id().equals(e.id()) && x.samePerson(e)) {
                out.add(x);
            }
        }
        return out;
    }

    /**
     * The experts a search finds: every word of the query (split at spaces) must occur in the name, the unit, the
     * title, the mobile or the id, or be the start of the pinyin initials of the name ({@code zs} finds 张三,
     * {@code zhs} does not). Empty query: all.
     */
    public List<Expert> search(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return experts();
        }
        String[] words = q.toLowerCase(Locale.ROOT).split("\\s+");
        List<Expert> out = new ArrayList<>();
        for (Expert e : experts) {
            if (matchesAll(e, words)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean matchesAll(Expert e, String[] words) {
        for (String w : words) {
            if (!matches(e, w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Expert e, String w) {
        if (e.name().toLowerCase(Locale.ROOT).contains(w) || e.unit().toLowerCase(Locale.ROOT).contains(w)
                || e.title().toLowerCase(Locale.ROOT).contains(w) || e.mobile().contains(w)
                || e.id().equalsIgnoreCase(w)) {
            return true;
        }
        return w.chars().allMatch(c -> c >= 'a' && c <= 'z') && Pinyin.initialsMatch(e.name(), w);
    }

    /** An independent copy. */
    public Roster copy() {
        Roster r = new Roster(nextId);
        r.experts.addAll(experts);
        return r;
    }
}
