package cn.shenbao.forms.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one way this program replaces a file: drafts, the autosave copies and the exported DOCX/PDF.
 *
 * <ol>
 *   <li>The content goes to a hidden temporary file in the target's folder
 *       ({@code .<start of the name>.<12 random letters>.sbtmp}, at most {@value #MAX_PREFIX_BYTES} bytes of
 *       the target's name, so that even a name of 80 Chinese characters stays under the 255-byte limit of
 *       file names). The temporary file is created the way {@code Files.write} creates a file, so it gets the
 *       mode the umask gives; when it replaces a file, it gets that file's mode instead.</li>
 *   <li>It is flushed and forced to disk.</li>
 *   <li>With a backup, the current file becomes {@code <name>.bak} through a second temporary file that is
 *       moved over the old backup only when it is complete (a hard link where the file system has them,
 *       otherwise a forced copy): a full disk or a kill never leaves a missing or partial backup.</li>
 *   <li>The temporary file is moved over the target, atomically where the file system allows it.</li>
 * </ol>
 * On failure the temporary files are removed and the target and its backup are as they were. While a
 * temporary file is written this process holds a lock on it; temporary files of this naming that nobody
 * holds a lock on (left by a process that was killed) are removed by {@link #cleanStale(Path)}, which
 * every write calls for its folder.
 */
public final class AtomicWriter {
    /** The extension of our temporary files. */
    public static final String TEMP_SUFFIX = ".sbtmp";
    /** Bytes of the target's name kept in a temporary file's name. */
    public static final int MAX_PREFIX_BYTES = 60;
    /** The extension of backups. */
    public static final String BACKUP_SUFFIX = ".bak";
    /** Temporary files that cannot be locked (some network file systems) are stale only after this time. */
    static final Duration UNLOCKABLE_STALE_AFTER = Duration.ofHours(12);

    private static final Pattern TEMP_NAME = Pattern.compile("\\..*\\.[0-9a-z]{12}" + Pattern.quote(TEMP_SUFFIX));
    /** Temporary files of versions before this writer ({@code .<name>.<random>.tmp}), which took no lock. */
    private static final Pattern LEGACY_TEMP_NAME = Pattern.compile("\\..+\\.(shenbao|docx|pdf)\\.[0-9a-z]{1,20}\\.tmp");
    /** A legacy temporary file this old is no longer being written by anyone. */
    static final Duration LEGACY_STALE_AFTER = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Temporary files this process is writing now (never touched by the clean-up). */
    private static final Set<Path> ACTIVE = ConcurrentHashMap.newKeySet();

    private AtomicWriter() {
    }

    /** Produces the content of the file. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** Writes bytes; see {@link #write(Path, boolean, Content)}. */
    public static void write(Path target, boolean backup, byte[] bytes) throws IOException {
        write(target, backup, out -> out.write(bytes));
    }

    /**
     * Replaces {@code target} with the content, atomically; with {@code backup} the previous file is kept as
     * {@code <name>.bak}. The folder must exist.
     *
     * @throws IOException when anything fails; the target and its backup are then unchanged
     */
    public static void write(Path target, boolean backup, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(String.valueOf(dir));
        }
        cleanStale(dir);
        Path tmp = createTemp(dir, abs.getFileName().toString());
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                FileLock lock = tryLock(ch);
                try {
                    copyMode(abs, tmp);
                    NonClosing out = new NonClosing(new java.io.BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16));
                    try {
                        content.write(out);
                        out.flush();
                    } catch (IOException | RuntimeException e) {
                        // libraries (POI) wrap a full disk in their own exception without the cause: report the
                        // file system's failure itself
                        if (out.failure != null && out.failure != e) {
                            out.failure.addSuppressed(e);
                            throw out.failure;
                        }
                        throw e;
                    }
                    ch.force(true);
                    if (backup && Files.isRegularFile(abs)) {
                        backUp(dir, abs);
                    }
                    move(tmp, abs);
                } finally {
                    if (lock != null && lock.isValid()) {
                        lock.release();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        } finally {
            ACTIVE.remove(tmp);
        }
    }

    /** Longest file name in bytes on common file systems (ext4, XFS, btrfs, NTFS in UTF-16 units aside). */
    static final int MAX_NAME_BYTES = 255;

    /**
     * The backup of a file: {@code <name>.bak} beside it; when that name would pass the 255-byte limit (a name of
     * 82 Chinese characters), the name is cut between characters and ends in {@code ~.bak}.
     */
    public static Path backupOf(Path file) {
        String name = file.getFileName().toString();
        String bak = name + BACKUP_SUFFIX;
        if (bak.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            bak = prefix(name, MAX_NAME_BYTES - ("~" + BACKUP_SUFFIX).length()) + "~" + BACKUP_SUFFIX;
        }
        return file.resolveSibling(bak);
    }

    /** Whether a file name is one of our temporary files. */
    public static boolean isTempName(String name) {
        return TEMP_NAME.matcher(name).matches();
    }

    /**
     * Removes temporary files of our naming in {@code dir} that no running writer holds (left behind by a
     * process that was killed); returns how many were removed. Never fails.
     */
    public static int cleanStale(Path dir) {
        int removed = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> isTempName(p.getFileName().toString())
                || LEGACY_TEMP_NAME.matcher(p.getFileName().toString()).matches())) {
            for (Path p : ds) {
                if (ACTIVE.contains(p) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                boolean legacy = !isTempName(p.getFileName().toString());
                if (legacy ? olderThan(p, LEGACY_STALE_AFTER) : isStale(p)) {
                    try {
                        Files.deleteIfExists(p);
                        removed++;
                    } catch (IOException ignored) {
                        // not ours to delete after all (read-only folder): leave it
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // an unreadable folder: the write itself will report what is wrong
        }
        return removed;
    }

    private static boolean olderThan(Path p, Duration age) {
        try {
            return Files.getLastModifiedTime(p).toInstant().isBefore(Instant.now().minus(age));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isStale(Path p) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return false; // another process is writing it
            }
            l.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException | UnsupportedOperationException e) {
            try {
                FileTime t = Files.getLastModifiedTime(p);
                return t.toInstant().isBefore(Instant.now().minus(UNLOCKABLE_STALE_AFTER));
            } catch (IOException e2) {
                return false;
            }
        }
    }

    private static FileLock tryLock(FileChannel ch) {
        try {
            return ch.tryLock();
        } catch (IOException | OverlappingFileLockException | UnsupportedOperationException e) {
            return null; // no locks here (some network file systems): the clean-up then goes by age
        }
    }

    /** The name of a temporary file for {@code name}: short enough for any file system's 255-byte limit. */
    static String tempName(String name) {
        return "." + prefix(name, MAX_PREFIX_BYTES) + "." + random12() + TEMP_SUFFIX;
    }

    /** The longest start of {@code name} that is at most {@code maxBytes} in UTF-8, cut between characters. */
    static String prefix(String name, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > maxBytes) {
                break;
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        return name.substring(0, i);
    }

    private static String random12() {
        StringBuilder sb = new StringBuilder(12);
        String digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i < 12; i++) {
            sb.append(digits.charAt(RANDOM.nextInt(digits.length())));
        }
        return sb.toString();
    }

    /**
     * Creates a temporary file in {@code dir}, held in {@link #ACTIVE} (the caller removes it) from before it exists:
     * another writer of this JVM cleaning the same folder ({@link #cleanStale}) must never take it for a stale one
     * (two writers in one folder at once: the DOCX and the PDF of an export are written side by side).
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int i = 0; ; i++) {
            Path p = dir.resolve(tempName(name));
            ACTIVE.add(p);
            try {
                return Files.createFile(p);
            } catch (FileAlreadyExistsException e) {
                ACTIVE.remove(p);
                if (i > 20) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                ACTIVE.remove(p);
                throw e;
            }
        }
    }

    /** A replacing file keeps the mode of the file it replaces; a new one keeps what the umask gave. */
    private static void copyMode(Path target, Path tmp) {
        if (!Files.isRegularFile(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or not ours to change: the new file keeps the default mode
        }
    }

    private static void backUp(Path dir, Path target) throws IOException {
        Path bak = backupOf(target);
        if (Files.exists(bak, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(bak, target)) {
            // a write killed between its two moves left the backup and the file as links to one file: the backup
            // already holds the current content. Linking again would make rename(2) a no-op that leaves the
            // temporary link behind (found by KillTest).
            return;
        }
        Path bakTmp = createTemp(dir, bak.getFileName().toString());
        try {
            boolean linked = false;
            Files.delete(bakTmp);
            try {
                Files.createLink(bakTmp, target);
                linked = true;
            } catch (UnsupportedOperationException | IOException e) {
                // no hard links here (FAT, some network shares): a forced copy instead
            }
            if (!linked) {
                Files.copy(target, bakTmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel ch = FileChannel.open(bakTmp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
            move(bakTmp, bak);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(bakTmp);
            throw e;
        } finally {
            ACTIVE.remove(bakTmp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // hidden and of our naming: the next write in this folder removes it
        }
    }

    /**
     * The content writer may close its stream (POI, iText do): the channel stays open for the force. Remembers
     * the first failure of the file system, which a library may hide behind its own exception.
     */
    private static final class NonClosing extends java.io.FilterOutputStream {
        IOException failure;

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
