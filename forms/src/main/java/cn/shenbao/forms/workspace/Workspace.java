package cn.shenbao.forms.workspace;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFileException;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.io.AtomicWriter;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * A workspace: a folder holding a society's drafts (of any forms). Every {@code *.shenbao} file in the
 * folder and its sub-folders (at most {@value #MAX_DEPTH} levels down) belongs to it, in name order;
 * hidden files and folders (a name starting with {@code .}), backups ({@code .bak}), half-written
 * temporary files and symbolic links to folders are left out. Files that cannot be read as drafts are kept
 * as broken entries with their problem — a workspace is only ever read, never written.
 */
public final class Workspace {
    /** How many folder levels below the workspace are searched. */
    public static final int MAX_DEPTH = 8;
    /** At most this many drafts are read (a folder with more is refused, naming the limit). */
    public static final int MAX_DRAFTS = 20_000;

    /**
     * One file of the workspace: its path, its name relative to the workspace folder (with {@code /}), and
     * either the draft or the reason it cannot be read.
     */
    public record Entry(Path file, String name, Draft draft, DraftFileException problem) {
        public boolean readable() {
            return draft != null;
        }

        /** Why the file cannot be read, in the given language; null when it can. */
        public String problemMessage(Locale locale) {
            return problem == null ? null : problem.message(locale);
        }
    }

    /** Thrown when the folder itself cannot be listed, or holds too many drafts. */
    public static final class WorkspaceException extends Exception {
        private final String key;
        private final transient Object[] args;

        WorkspaceException(String key, Throwable cause, Object... args) {
            super(key, cause);
            this.key = key;
            this.args = args;
        }

        public String message(Locale locale) {
            if ("workspace.unreadable".equals(key)) {
                return cn.shenbao.forms.i18n.Messages.get(locale, key, args[0],
                        cn.shenbao.forms.io.IoMessages.reason(locale, getCause()));
            }
            return cn.shenbao.forms.i18n.Messages.get(locale, key, args);
        }
    }

    private final Path folder;
    private final List<Entry> entries;

    private Workspace(Path folder, List<Entry> entries) {
        this.folder = folder;
        this.entries = List.copyOf(entries);
    }

    public Path folder() {
        return folder;
    }

    /** Every draft file found, readable or not, in name order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The entries that were read as drafts. */
    public List<Entry> readable() {
        return entries.stream().filter(Entry::readable).toList();
    }

    /** The entries that could not be read. */
    public List<Entry> broken() {
        return entries.stream().filter(e -> !e.readable()).toList();
    }

    /** The draft files of a folder, in name order (see the class comment for what is left out). */
    public static List<Path> draftFiles(Path folder) throws WorkspaceException {
        if (!Files.isDirectory(folder)) {
            throw new WorkspaceException("workspace.notFolder", null, folder);
        }
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH + 1, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(folder) && hidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String n = file.getFileName().toString();
                    if (!hidden(file) && !attrs.isDirectory() && !AtomicWriter.isTempName(n)
                            && n.toLowerCase(Locale.ROOT).endsWith(DraftFiles.EXTENSION)) {
                        out.add(file);
                        if (out.size() > MAX_DRAFTS) {
                            throw new IOException("too many");
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    // an unreadable sub-folder or file: listed when it is a draft, otherwise passed over
                    if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(DraftFiles.EXTENSION)) {
                        out.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            if (out.size() > MAX_DRAFTS) {
                throw new WorkspaceException("workspace.tooMany", e, folder, MAX_DRAFTS);
            }
            throw new WorkspaceException("workspace.unreadable", e, folder);
        }
        out.sort(Comparator.comparing(p -> name(folder, p)));
        return out;
    }

    private static boolean hidden(Path p) {
        Path n = p.getFileName();
        return n != null && n.toString().startsWith(".");
    }

    /** The name of a file relative to the workspace folder, with {@code /} between folders. */
    public static String name(Path folder, Path file) {
        Path rel = folder.relativize(file);
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    /** Reads every draft of a folder; files that cannot be read become broken entries. */
    public static Workspace open(Path folder, DraftFiles files) throws WorkspaceException {
        List<Entry> entries = new ArrayList<>();
        for (Path f : draftFiles(folder)) {
            String name = name(folder, f);
            try {
                entries.add(new Entry(f, name, files.load(f), null));
            } catch (DraftFileException e) {
                entries.add(new Entry(f, name, null, e));
            }
        }
        return new Workspace(folder, entries);
    }

    /** A workspace of drafts already in memory (tests, benchmarks, the client's open windows). */
    public static Workspace of(Path folder, List<Entry> entries) {
        return new Workspace(folder, entries);
    }
}
