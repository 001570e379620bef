package cn.shenbao.forms.print;

import cn.shenbao.forms.io.AtomicWriter;
import cn.shenbao.forms.io.IoMessages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The exports' use of the program's one {@link AtomicWriter}: the same temporary-file-and-move as drafts,
 * with the failure said in one line in the reader's language.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the content produced by {@code writer} to {@code target}. */
    @FunctionalInterface
    public interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} atomically: on any failure the target is untouched and no temporary file remains.
     *
     * @throws IOException with a localised one-line message when the folder is missing or the write fails
     */
    public static void write(Path target, Locale locale, StreamWriter writer) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException(PrintMessages.get(locale, "write.folder", String.valueOf(dir)));
        }
        try {
            AtomicWriter.write(abs, false, writer::write);
        } catch (IOException | RuntimeException e) {
            throw new IOException(PrintMessages.get(locale, "write.failed", abs, IoMessages.reason(locale, e)), e);
        }
    }
}
