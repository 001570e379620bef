package cn.shenbao.forms.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A generator of random values from a {@link Rnd}; see {@link Property} for running properties over them. */
@FunctionalInterface
public interface Gen<T> {
    T next(Rnd r);

    default <U> Gen<U> map(Function<? super T, ? extends U> f) {
        return r -> f.apply(next(r));
    }

    /** A list of min..max values (shrinks towards min). */
    default Gen<List<T>> list(int min, int max) {
        return r -> {
            int n = r.between(min, max);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(next(r));
            }
            return out;
        };
    }

    /** Always the same value. */
    static <T> Gen<T> constant(T value) {
        return r -> value;
    }

    /** One of the values (shrinks towards the first). */
    @SafeVarargs
    static <T> Gen<T> element(T... values) {
        return r -> r.pick(values);
    }

    /** One of the values (shrinks towards the first). */
    static <T> Gen<T> element(List<T> values) {
        List<T> copy = List.copyOf(values);
        return r -> r.pick(copy);
    }

    /** A value of one of the generators (shrinks towards the first). */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return r -> r.pick(gens).next(r);
    }

    /** A sub-list of the values in their order (shrinks towards none). */
    static <T> Gen<List<T>> subset(List<T> values) {
        List<T> copy = List.copyOf(values);
        return r -> {
            List<T> out = new ArrayList<>();
            for (T v : copy) {
                if (r.below(2) == 1) {
                    out.add(v);
                }
            }
            return out;
        };
    }
}
