package cn.shenbao.forms.io;

import cn.shenbao.forms.i18n.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * The reason of a failed file operation in one short line for a person (full disk, no permission, missing
 * folder), instead of the system's text or a stack trace.
 */
public final class IoMessages {
    /** Details that stand for a localised reason start with this mark (see {@link #localise}). */
    public static final String MARK = "@io.";

    private IoMessages() {
    }

    /**
     * The reason of {@code e} as a language-neutral detail: {@code @io.noSpace}, {@code @io.denied},
     * {@code @io.noFolder}, or the system's own one-line text.
     */
    public static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof FileSystemException fse && fse.getReason() != null) {
                m = fse.getReason() + " " + m;
            }
            if (m.contains("No space left on device") || m.contains("Disk quota exceeded")
                    || m.contains("not enough space") || m.contains("There is not enough space")) {
                return MARK + "noSpace";
            }
            if (t instanceof AccessDeniedException || m.contains("Permission denied") || m.contains("Read-only file system")) {
                return MARK + "denied";
            }
        }
        if (e instanceof NoSuchFileException) {
            return MARK + "noFolder";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** The text of a detail made by {@link #reason}, in the reader's language; other text as it is. */
    public static String localise(Locale locale, String detail) {
        if (detail != null && detail.startsWith(MARK)) {
            return Messages.get(locale, "io." + detail.substring(MARK.length()));
        }
        return detail;
    }

    /** {@link #reason} then {@link #localise}. */
    public static String reason(Locale locale, Throwable e) {
        return localise(locale, reason(e));
    }

    /** Whether a failure is a full disk. */
    public static boolean isNoSpace(IOException e) {
        return (MARK + "noSpace").equals(reason(e));
    }
}
