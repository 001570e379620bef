package cn.shenbao.forms.print.fonts;

/** No usable CJK font: the message (localised) says what to install. */
public class NoCjkFontException extends RuntimeException {
    public NoCjkFontException(String message) {
        super(message);
    }

    public NoCjkFontException(String message, Throwable cause) {
        super(message, cause);
    }
}
