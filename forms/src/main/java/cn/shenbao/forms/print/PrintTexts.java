package cn.shenbao.forms.print;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Texts printed on the form itself. The printed form is Chinese whatever the user's language, so these
 * are read from the Chinese message bundle.
 */
public final class PrintTexts {
    private PrintTexts() {
    }

    /** 第 X 页 共 Y 页 */
    public static String pageOf(int page, int total) {
        return new MessageFormat(PrintMessages.get(Locale.SIMPLIFIED_CHINESE, "print.pageOf"), Locale.ROOT)
                .format(new Object[] {String.valueOf(page), String.valueOf(total)});
    }

    /** The parts around the page fields in the DOCX footer: before PAGE, between PAGE and NUMPAGES, after. */
    public static String[] pageOfParts() {
        String p = PrintMessages.get(Locale.SIMPLIFIED_CHINESE, "print.pageOf");
        int a = p.indexOf("{0}");
        int b = p.indexOf("{1}");
        return new String[] {p.substring(0, a), p.substring(a + 3, b), p.substring(b + 3)};
    }

    /** The fingerprint line, e.g. 校验码 1a2b3c4d */
    public static String fingerprint(String fp) {
        return new MessageFormat(PrintMessages.get(Locale.SIMPLIFIED_CHINESE, "print.fingerprint"), Locale.ROOT)
                .format(new Object[] {fp});
    }
}
