package cn.shenbao.forms.print;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Writes the DOCX and the PDF of one export at the same time (issue 15): they share nothing but the page model, and
 * the first export of a fresh JVM spends most of its time running the print code and iText once, which two
 * cores do side by side ({@code Exporter.exportBoth}). The second job runs on its own daemon thread, started when the first begins; the results
 * come back in the usual order. The command line's {@code export} and the client's export dialog both use this.
 */
public final class SideBySide {
    private SideBySide() {
    }

    /** The results of both jobs. */
    public record Both<A, B>(A first, B second) {
    }

    /**
     * Runs {@code second} on another thread while {@code first} runs on this one and waits for both. When one of them
     * fails, the other is still waited for (no file is half-written when this returns) and the failure of
     * {@code first} is thrown before that of {@code second}, as they would have been one after the other.
     */
    public static <A, B> Both<A, B> run(Callable<A> first, Callable<B> second) throws Exception {
        CompletableFuture<B> other = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                other.complete(second.call());
            } catch (Throwable e) {
                other.completeExceptionally(e);
            }
        }, "shenbao-export-second");
        t.setDaemon(true);
        t.start();
        A a;
        try {
            a = first.call();
        } catch (Exception | Error e) {
            try {
                other.join();
            } catch (CompletionException ignored) {
                // the first failure is the one reported
            }
            throw e;
        }
        try {
            return new Both<>(a, other.join());
        } catch (CompletionException e) {
            Throwable c = e.getCause();
            if (c instanceof Exception ex) {
                throw ex;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw e;
        }
    }
}
