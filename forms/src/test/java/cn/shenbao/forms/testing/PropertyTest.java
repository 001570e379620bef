package cn.shenbao.forms.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The property runner finds a failing case, makes it small, and names the seed that replays it. */
class PropertyTest {

    private static Gen<List<Integer>> lists() {
        Gen<Integer> ints = r -> r.between(0, 1000);
        return ints.list(0, 30);
    }

    @Test
    void aFailingPropertyIsShrunkAndReportsItsSeed() {
        assertThatThrownBy(() -> Property.check("no element of 500 or more", 200, lists(),
                l -> assertThat(l).allMatch(i -> i < 500)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("-Dshenbao.seed=")
                .hasMessageContaining("smallest failing value (after")
                .satisfies(e -> assertThat(e.getMessage().lines().filter(s -> s.startsWith("smallest")).findFirst()
                        .orElseThrow()).endsWith(": [500]"));
    }

    @Test
    void thePrintedSeedReplaysTheFailingCase() {
        List<List<Integer>> firstOfEachRun = new ArrayList<>();
        String seed;
        try {
            Property.check("lists are short", 500, lists(), l -> assertThat(l).hasSizeLessThan(25));
            throw new IllegalStateException("500 random lists of 0..30 elements, none with 25 or more?");
        } catch (AssertionError e) {
            seed = e.getMessage().replaceAll("(?s).*-Dshenbao\\.seed=(-?\\d+).*", "$1");
        }
        String old = System.getProperty(Property.SEED);
        System.setProperty(Property.SEED, seed);
        try {
            assertThatThrownBy(() -> Property.check("lists are short", 1, lists(), l -> {
                firstOfEachRun.add(l);
                assertThat(l).hasSizeLessThan(25);
            })).hasMessageContaining("case 1, seed " + seed);
        } finally {
            if (old == null) {
                System.clearProperty(Property.SEED);
            } else {
                System.setProperty(Property.SEED, old);
            }
        }
        assertThat(firstOfEachRun.get(0)).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void aHoldingPropertyPasses() {
        Property.check("sizes in range", 100, lists(), l -> assertThat(l.size()).isBetween(0, 30));
    }
}
