package cn.shenbao.forms.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads a file a person named, safely: only a regular file (a FIFO would block forever, {@code /dev/zero}
 * never ends, a folder is not a file), and never more than a limit — counted on the bytes actually read, not
 * on what the file system says the size is.
 */
public final class BoundedRead {
    private BoundedRead() {
    }

    /** The file is not a regular file (a folder, a FIFO, a device, a socket). */
    public static final class NotRegularFileException extends IOException {
        private final String kind;

        public NotRegularFileException(Path file, String kind) {
            super(file + ": " + kind);
            this.kind = kind;
        }

        /** {@code directory}, {@code special} (FIFO, device, socket). */
        public String kind() {
            return kind;
        }
    }

    /** The file holds more than the limit. */
    public static final class TooLargeException extends IOException {
        private final long limit;
        private final long size;

        public TooLargeException(Path file, long limit, long size) {
            super(file + ": more than " + limit + " bytes");
            this.limit = limit;
            this.size = size;
        }

        public long limit() {
            return limit;
        }

        /** The size the file system reports (at least {@code limit + 1}). */
        public long size() {
            return size;
        }
    }

    /** Refuses anything but a regular file (after following links), before it is opened. */
    public static void requireRegular(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (a.isDirectory()) {
            throw new NotRegularFileException(file, "directory");
        }
        if (!a.isRegularFile()) {
            throw new NotRegularFileException(file, "special");
        }
    }

    /** All bytes of a regular file of at most {@code limit} bytes. */
    public static byte[] readAll(Path file, long limit) throws IOException {
        requireRegular(file);
        int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[(int) Math.min(cap + 1L, Math.max(8192, Math.min(Files.size(file) + 1, cap + 1L)))];
            int n = 0;
            while (true) {
                if (n == buf.length) {
                    if (n > cap) {
                        break;
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min(cap + 1L, (long) buf.length * 2));
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    return n == buf.length ? buf : Arrays.copyOf(buf, n);
                }
                n += r;
            }
            long size;
            try {
                size = Math.max(Files.size(file), cap + 1L);
            } catch (IOException e) {
                size = cap + 1L;
            }
            throw new TooLargeException(file, limit, size);
        }
    }
}
