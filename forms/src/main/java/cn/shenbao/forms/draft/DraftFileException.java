package cn.shenbao.forms.draft;

import cn.shenbao.forms.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A draft file that cannot be read or written. The message names the file and says what to do; the
 * file itself is never changed by a failed load.
 */
public final class DraftFileException extends Exception {
    /** What went wrong; each has a message key {@code file.<name>}. */
    public enum Problem {
        NOT_FOUND, UNREADABLE, NOT_JSON, NOT_A_DRAFT, NEWER_FORMAT, UNKNOWN_TEMPLATE, NEWER_TEMPLATE,
        NO_MIGRATION, BAD_VALUES, WRITE_FAILED, FOREIGN_TARGET, TOO_LARGE, NOT_UTF8, TOO_MANY_ROWS
    }

    /** Detail of an empty file. */
    public static final String EMPTY = "@empty";
    /** Details {@code @name} (other than positions and I/O reasons) are shown as the message {@code file.detail.name}. */
    private static final String DETAIL_MARK = "@";
    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile("@(\\d+):(\\d+)");

    private final Path file;
    private final Problem problem;
    private final String detail;
    private final Object[] more;

    public DraftFileException(Path file, Problem problem, String detail, Throwable cause) {
        this(file, problem, detail, cause, new Object[0]);
    }

    /** With further message arguments ({2}, {3}… of the problem's message). */
    public DraftFileException(Path file, Problem problem, String detail, Throwable cause, Object... more) {
        super(file + ": " + problem + (detail == null ? "" : " (" + detail + ")"), cause);
        this.file = file;
        this.problem = problem;
        this.detail = detail == null ? "" : detail;
        this.more = more == null ? new Object[0] : more.clone();
    }

    public Path file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }

    public String detail() {
        return detail;
    }

    /** The detail of a position in a file, shown as line and column in the reader's language. */
    public static String position(int line, int column) {
        return "@" + line + ":" + column;
    }

    /** A message for a person: the file, the problem and what to do (the backup is offered when there is one). */
    public String message(Locale locale) {
        String key = "file." + problem.name();
        String shown = cn.shenbao.forms.text.Shown.value(locale, detail); // a key or text from the file
        java.util.regex.Matcher m = POSITION.matcher(detail);
        if (m.matches()) {
            shown = Messages.get(locale, "file.position", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } else if (EMPTY.equals(detail)) {
            shown = Messages.get(locale, "file.empty");
        } else if (detail.startsWith(cn.shenbao.forms.io.IoMessages.MARK)) {
            shown = cn.shenbao.forms.io.IoMessages.localise(locale, detail);
        } else if (detail.startsWith(DETAIL_MARK)) {
            shown = Messages.get(locale, "file.detail." + detail.substring(DETAIL_MARK.length()));
        }
        Object[] args = new Object[2 + more.length];
        args[0] = cn.shenbao.forms.text.Shown.escape(String.valueOf(file));
        args[1] = shown;
        System.arraycopy(more, 0, args, 2, more.length);
        String text = Messages.get(locale, key, args);
        if ((problem == Problem.NOT_JSON || problem == Problem.BAD_VALUES || problem == Problem.NOT_A_DRAFT) && file != null
                && java.nio.file.Files.isRegularFile(cn.shenbao.forms.io.AtomicWriter.backupOf(file))) {
            text += Messages.get(locale, "file.tryBackup",
                    cn.shenbao.forms.text.Shown.escape(cn.shenbao.forms.io.AtomicWriter.backupOf(file).getFileName().toString()));
        }
        return text;
    }
}
