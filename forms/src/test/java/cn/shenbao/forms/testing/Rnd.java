package cn.shenbao.forms.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The source of every random choice a {@link Gen} makes. Each choice is a number below a bound; the
 * choices are recorded, so a failing case can be replayed from them and made smaller by editing them
 * ({@link Property} shrinks by deleting runs of choices and lowering single ones). A replayed source
 * that runs out of recorded choices answers 0, the simplest choice: generators are written so that
 * choice 0 means "the smallest" (an empty list, the first option, the shortest text).
 */
public final class Rnd {
    private final Random random;
    private final int[] replay;
    private int pos;
    private final List<Integer> record = new ArrayList<>();

    /** Fresh choices from a seeded generator. */
    public Rnd(long seed) {
        this.random = new Random(seed);
        this.replay = null;
    }

    /** The recorded choices replayed (0 after the end). */
    Rnd(int[] replay) {
        this.random = null;
        this.replay = replay;
    }

    /** A number in [0, bound). */
    public int below(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound " + bound);
        }
        int c;
        if (replay != null) {
            c = pos < replay.length ? Math.floorMod(replay[pos], bound) : 0;
            pos++;
        } else {
            c = random.nextInt(bound);
        }
        record.add(c);
        return c;
    }

    /** A number in [min, max]. */
    public int between(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return min + below(max - min + 1);
    }

    /** True with probability 1/n (false, the simpler answer, when shrunk). */
    public boolean oneIn(int n) {
        return below(n) == n - 1;
    }

    /** One of the elements, the first being the simplest. */
    @SafeVarargs
    public final <T> T pick(T... options) {
        return options[below(options.length)];
    }

    /** One of the elements, the first being the simplest. */
    public <T> T pick(List<T> options) {
        return options.get(below(options.size()));
    }

    /** A long value (two choices), for seeds of derived generators. */
    public long nextLong() {
        return ((long) below(1 << 30) << 30) | below(1 << 30);
    }

    /** The choices made so far. */
    int[] recorded() {
        return record.stream().mapToInt(Integer::intValue).toArray();
    }
}
