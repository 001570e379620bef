package cn.shenbao.forms.testing;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Runs a property over random values: plain JUnit 5, seeded, with simple shrinking (replaces jqwik).
 *
 * <p>Each case has its own seed. A failure is first made smaller (runs of the recorded choices are
 * deleted and single choices lowered while the property still fails), then reported with the case's
 * seed, the smallest failing value found and the original one. Replay it with
 * {@code -Dshenbao.seed=<seed>}: the first case of every property then uses that seed (run the one
 * test with {@code -Dtest=Class#method}). {@code -Dshenbao.tries=N} runs N cases of every property
 * instead of the count the test asks for (longer runs on a spare machine).
 */
public final class Property {
    /** System property: the seed of the first case. */
    public static final String SEED = "shenbao.seed";
    /** System property: how many cases each property runs. */
    public static final String TRIES = "shenbao.tries";

    private static final int MAX_SHRINK_RUNS = 400;
    private static final long MAX_SHRINK_NANOS = 30_000_000_000L;

    private Property() {
    }

    /** The property itself: throws (an assertion error or anything else) when it does not hold. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T value) throws Exception;
    }

    /** Checks {@code property} on {@code tries} values of {@code gen} (or {@code -Dshenbao.tries}). */
    public static <T> void check(String name, int tries, Gen<T> gen, Check<T> property) {
        check(name, tries, gen, String::valueOf, property);
    }

    /** As {@link #check(String, int, Gen, Check)}, showing failing values with {@code show}. */
    public static <T> void check(String name, int tries, Gen<T> gen, Function<? super T, String> show,
                                 Check<T> property) {
        long base = baseSeed();
        int n = Integer.getInteger(TRIES, tries);
        System.out.println("property '" + name + "': " + n + " cases, first seed " + base
                + " (replay one with -D" + SEED + "=<seed>)");
        for (int i = 0; i < n; i++) {
            long seed = caseSeed(base, i);
            Rnd r = new Rnd(seed);
            T value;
            try {
                value = gen.next(r);
            } catch (RuntimeException e) {
                throw new AssertionError("property '" + name + "': the generator failed on case " + (i + 1) + ", seed "
                        + seed + " — replay with -D" + SEED + "=" + seed + ": " + e.getMessage(), e);
            }
            Throwable failure = run(property, value);
            if (failure != null) {
                throw shrunk(name, seed, i, r.recorded(), value, failure, gen, show, property);
            }
        }
    }

    /** The seed of case {@code i}: the base seed itself for the first case, so that a printed seed replays. */
    public static long caseSeed(long base, int i) {
        if (i == 0) {
            return base;
        }
        long z = base + i * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed given with {@code -Dshenbao.seed}, or a new random one. */
    public static long baseSeed() {
        String s = System.getProperty(SEED);
        if (s != null && !s.isBlank()) {
            return Long.parseLong(s.strip());
        }
        return new SecureRandom().nextLong();
    }

    private static <T> Throwable run(Check<T> property, T value) {
        try {
            property.accept(value);
            return null;
        } catch (Throwable t) { // NOPMD - any throwable is a failing case, Errors included
            if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError) && !(t instanceof OutOfMemoryError)) {
                throw (VirtualMachineError) t;
            }
            return t;
        }
    }

    private static <T> AssertionError shrunk(String name, long seed, int index, int[] choices, T original,
                                             Throwable failure, Gen<T> gen, Function<? super T, String> show,
                                             Check<T> property) {
        int[] best = choices;
        T bestValue = original;
        Throwable bestFailure = failure;
        int runs = 0;
        long deadline = System.nanoTime() + MAX_SHRINK_NANOS;
        boolean improved = true;
        while (improved && runs < MAX_SHRINK_RUNS && System.nanoTime() < deadline) {
            improved = false;
            for (int k : new int[] {16, 8, 4, 2, 1}) {
                for (int i = 0; i + k <= best.length && runs < MAX_SHRINK_RUNS && System.nanoTime() < deadline; ) {
                    int[] cand = new int[best.length - k];
                    System.arraycopy(best, 0, cand, 0, i);
                    System.arraycopy(best, i + k, cand, i, best.length - i - k);
                    Attempt<T> a = attempt(cand, gen, property, failure);
                    runs++;
                    if (a != null) {
                        best = a.choices;
                        bestValue = a.value;
                        bestFailure = a.failure;
                        improved = true;
                    } else {
                        i++;
                    }
                }
            }
            for (int i = 0; i < best.length && runs < MAX_SHRINK_RUNS && System.nanoTime() < deadline; i++) {
                // the smallest value of this choice that still fails: 0, else a binary search below it
                int lo = -1;
                int hi = best[i];
                while (hi - lo > 1 && runs < MAX_SHRINK_RUNS && System.nanoTime() < deadline) {
                    int mid = lo == -1 ? 0 : lo + (hi - lo) / 2;
                    int[] cand = best.clone();
                    cand[i] = mid;
                    Attempt<T> a = attempt(cand, gen, property, failure);
                    runs++;
                    if (a != null) {
                        hi = mid;
                        best = a.choices.length > i ? a.choices : cand;
                        bestValue = a.value;
                        bestFailure = a.failure;
                        improved = true;
                    } else {
                        lo = mid;
                    }
                }
            }
        }
        String msg = "property '" + name + "' failed on case " + (index + 1) + ", seed " + seed
                + " — replay with -D" + SEED + "=" + seed + "\n"
                + "smallest failing value (after " + runs + " shrinking runs): " + clip(show.apply(bestValue)) + "\n"
                + "  fails with: " + bestFailure + "\n"
                + "original failing value: " + clip(show.apply(original)) + "\n"
                + "  fails with: " + failure;
        AssertionError e = new AssertionError(msg, bestFailure);
        if (bestFailure != failure) {
            e.addSuppressed(failure);
        }
        return e;
    }

    private static String clip(String s) {
        return s.length() <= 4000 ? s : s.substring(0, 4000) + "… (" + s.length() + " characters)";
    }

    private record Attempt<T>(int[] choices, T value, Throwable failure) {
    }

    private static boolean sameKind(Throwable a, Throwable b) {
        return a.getClass() == b.getClass() && firstLine(a).equals(firstLine(b));
    }

    private static String firstLine(Throwable t) {
        String m = String.valueOf(t.getMessage()).strip();
        int nl = m.indexOf('\n');
        String line = nl < 0 ? m : m.substring(0, nl);
        // the description of an assertion ("[PDF self-check] …"), or the message without its variable parts
        return line.startsWith("[") && line.indexOf(']') > 0 ? line.substring(0, line.indexOf(']') + 1)
                : line.replaceAll("\\d+", "#").replaceAll("\"[^\"]*\"", "\"…\"");
    }

    private static <T> Attempt<T> attempt(int[] choices, Gen<T> gen, Check<T> property, Throwable original) {
        Rnd r = new Rnd(choices);
        T value;
        try {
            value = gen.next(r);
        } catch (RuntimeException e) {
            return null; // these choices do not make a value: not a smaller case
        }
        Throwable t = run(property, value);
        if (t == null || !sameKind(t, original)) {
            return null; // passes, or fails for another reason: not a smaller case of this failure
        }
        int[] used = r.recorded();
        return new Attempt<>(used.length < choices.length ? used : Arrays.copyOf(choices, choices.length), value, t);
    }
}
