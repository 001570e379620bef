package cn.shenbao.app.ui.model;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFileException;
import cn.shenbao.forms.draft.DraftFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * The recovery folder: while a draft is open, its current state is written here every 30 seconds and
 * after structural edits. A clean close removes the copy; after a crash the copy is still there and
 * is offered at the next start. Each open window holds a lock on its own copy, so a second running
 * client does not offer the first one's work.
 */
public final class RecoveryStore {
    /** A copy left behind: the draft, the file it belonged to (or null for a new draft), when it was written. */
    public record Entry(String id, Path draftFile, Path original, Instant savedAt, String templateId) {}

    private final Path dir;

    public RecoveryStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Starts a session for one open draft. */
    public Session open() {
        return new Session(UUID.randomUUID().toString());
    }

    /** Copies left by sessions that ended without a clean close, newest first. */
    public List<Entry> pending() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.properties")) {
            for (Path meta : ds) {
                String name = meta.getFileName().toString();
                String id = name.substring(0, name.length() - ".properties".length());
                Path draft = dir.resolve(id + DraftFiles.EXTENSION);
                if (!Files.isRegularFile(draft) || isLive(id)) {
                    continue;
                }
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(meta)) {
                    p.load(in);
                } catch (IllegalArgumentException garbled) {
                    p.clear(); // a damaged index (a bad unicode escape): the copy itself may still be good
                }
                String orig = p.getProperty("original", "");
                Instant at;
                try {
                    at = Instant.parse(p.getProperty("savedAt", ""));
                } catch (RuntimeException e) {
                    at = Files.getLastModifiedTime(draft).toInstant();
                }
                out.add(new Entry(id, draft, orig.isEmpty() ? null : Path.of(orig), at, p.getProperty("template", "")));
            }
        } catch (IOException e) {
            System.err.println("shenbao: cannot read the recovery folder " + dir + ": " + e.getMessage());
        }
        out.sort(Comparator.comparing(Entry::savedAt).reversed());
        return out;
    }

    private boolean isLive(String id) {
        Path lock = dir.resolve(id + ".lock");
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads a recovered draft; the copy stays until {@link #remove} is called. */
    public Draft load(Entry e) throws DraftFileException {
        return DraftFiles.builtIn().load(e.draftFile());
    }

    /** Deletes a copy (after it was recovered or declined). */
    public void remove(Entry e) {
        deleteAll(e.id());
    }

    private void deleteAll(String id) {
        for (String ext : List.of(DraftFiles.EXTENSION, ".properties", ".lock")) {
            try {
                Files.deleteIfExists(dir.resolve(id + ext));
            } catch (IOException ex) {
                System.err.println("shenbao: cannot delete " + dir.resolve(id + ext) + ": " + ex.getMessage());
            }
        }
    }

    /** The recovery copy of one open draft. */
    public final class Session {
        private final String id;
        private FileChannel lockChannel;
        private FileLock lock;
        private boolean closed;

        private Session(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** Writes the current state of the draft (atomically, so a crash while writing leaves the previous copy). */
        public synchronized void write(Draft draft, Path original) throws DraftFileException {
            if (closed) {
                return; // an autosave queued before the clean end: the draft was saved or let go
            }
            try {
                Files.createDirectories(dir);
                if (lock == null) {
                    lockChannel = FileChannel.open(dir.resolve(id + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    lock = lockChannel.tryLock();
                }
            } catch (IOException | OverlappingFileLockException e) {
                throw new DraftFileException(dir.resolve(id + ".lock"), DraftFileException.Problem.WRITE_FAILED, e.getMessage(), e);
            }
            DraftFiles.writeAtomically(dir.resolve(id + DraftFiles.EXTENSION), DraftFiles.toBytes(draft), false);
            Properties p = new Properties();
            p.setProperty("original", original == null ? "" : original.toAbsolutePath().toString());
            p.setProperty("savedAt", Instant.now().toString());
            p.setProperty("template", draft.templateId());
            Path meta = dir.resolve(id + ".properties");
            try (OutputStream out = Files.newOutputStream(meta)) {
                p.store(out, "Shenbao recovery copy");
            } catch (IOException e) {
                throw new DraftFileException(meta, DraftFileException.Problem.WRITE_FAILED, e.getMessage(), e);
            }
        }

        /** A clean end: the copy is no longer needed. */
        public synchronized void close() {
            closed = true;
            release();
            deleteAll(id);
        }

        /**
         * Lets go of the lock but leaves the copy, as a crashed process does (the operating system
         * releases its locks). Used by tests that simulate a crash.
         */
        public synchronized void abandon() {
            release();
        }

        private void release() {
            try {
                if (lock != null) {
                    lock.release();
                }
                if (lockChannel != null) {
                    lockChannel.close();
                }
            } catch (IOException e) {
                System.err.println("shenbao: cannot release the recovery lock: " + e.getMessage());
            }
            lock = null;
            lockChannel = null;
        }
    }
}
