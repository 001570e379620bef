package cn.shenbao.forms.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Loaded once per key: a second caller waits for a load under way; a failed load is tried again. */
class LoadOnceTest {
    @Test
    void aCallerAskingDuringALoadWaitsForItInsteadOfLoadingAgain() throws Exception {
        LoadOnce<String, String> once = new LoadOnce<>();
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> once.get("k", () -> {
            loads.incrementAndGet();
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "v";
        }));
        first.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        String[] second = new String[1];
        Thread waiter = new Thread(() -> second[0] = once.get("k", () -> {
            loads.incrementAndGet();
            return "other";
        }));
        waiter.start();
        // the second caller is waiting for the first one's load (parked in it), not loading itself
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (waiter.getState() != Thread.State.WAITING && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertThat(waiter.getState()).isEqualTo(Thread.State.WAITING);
        assertThat(once.peek("k")).as("not loaded yet").isNull();
        release.countDown();
        first.join(10_000);
        waiter.join(10_000);
        assertThat(second[0]).isEqualTo("v");
        assertThat(loads.get()).isEqualTo(1);
        assertThat(once.get("k", () -> "again")).isEqualTo("v");
        assertThat(once.peek("k")).isEqualTo("v");
    }

    @Test
    void aFailedLoadIsThrownAsItWasAndTriedAgainByTheNextCaller() {
        LoadOnce<String, String> once = new LoadOnce<>();
        assertThatThrownBy(() -> once.get("k", () -> {
            throw new IllegalArgumentException("broken");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("broken");
        assertThat(once.peek("k")).isNull();
        assertThat(once.get("k", () -> "fixed")).isEqualTo("fixed");
    }
}
