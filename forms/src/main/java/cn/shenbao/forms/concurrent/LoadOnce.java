package cn.shenbao.forms.concurrent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Values loaded once per key and shared by all threads of the JVM (parsed font programs, print layouts). A thread
 * asking for a key that another thread is loading waits for that load instead of doing it again (issue 15: the
 * command line starts loads on a second core before it knows it needs them); a load that fails is not kept, and is
 * tried again by the next caller.
 *
 * @param <K> the key
 * @param <V> the value (never null)
 */
public final class LoadOnce<K, V> {
    private final Map<K, V> loaded = new ConcurrentHashMap<>();
    private final Map<K, FutureTask<V>> loading = new ConcurrentHashMap<>();

    /**
     * The value of {@code key}: loaded before, being loaded by another thread (waited for), or loaded now with
     * {@code load} on this thread. A failure of the load is thrown as it was (an unchecked exception or error).
     */
    public V get(K key, Supplier<V> load) {
        V v = loaded.get(key);
        if (v != null) {
            return v;
        }
        FutureTask<V> task = new FutureTask<>(load::get);
        FutureTask<V> running = loading.putIfAbsent(key, task);
        if (running == null) {
            running = task;
            task.run();
        }
        try {
            v = running.get();
            loaded.putIfAbsent(key, v);
            return loaded.get(key);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(c);
        } finally {
            // a failed load is tried again by the next caller
            loading.remove(key, running);
        }
    }

    /** The value of {@code key} if it has been loaded, else null (nothing is loaded or waited for). */
    public V peek(K key) {
        return loaded.get(key);
    }
}
