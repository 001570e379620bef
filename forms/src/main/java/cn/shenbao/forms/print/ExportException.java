package cn.shenbao.forms.print;

/** An export could not be written; the message is localised and nothing half-written remains. */
public class ExportException extends Exception {
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
