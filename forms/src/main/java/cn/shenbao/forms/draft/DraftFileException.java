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
        NO_MIGRATION, BAD_VALUES, WRITE_FAILED, FOREIGN_TARGET
    }

    private final Path file;
    private final Problem problem;
    private final String detail;

    public DraftFileException(Path file, Problem problem, String detail, Throwable cause) {
        super(file + ": " + problem + (detail == null ? "" : " (" + detail + ")"), cause);
        this.file = file;
        this.problem = problem;
        this.detail = detail == null ? "" : detail;
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

    /** A message for a person: the file, the problem and what to do. */
    public String message(Locale locale) {
        String key = "file." + problem.name();
        return Messages.get(locale, key, String.valueOf(file), detail);
    }
}
