package cn.shenbao.forms.print.model;

import java.util.Objects;

/**
 * A run of text in one style.
 *
 * @param text      the characters, never null (line breaks inside are honoured as line breaks)
 * @param role      body (宋体) or heading (黑体)
 * @param sizePt    font size in points
 * @param bold      bold face
 * @param grey      printed in grey (the template's guidance text)
 * @param underline underlined (cover values, blanks to fill by hand)
 * @param field     the draft value this run prints (a content control in the DOCX), or null
 */
public record TextRun(String text, FontRole role, float sizePt, boolean bold, boolean grey, boolean underline,
                      FieldRef field) implements Inline {
    public TextRun(String text, FontRole role, float sizePt, boolean bold, boolean grey, boolean underline) {
        this(text, role, sizePt, bold, grey, underline, null);
    }

    public TextRun {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        if (sizePt <= 0) {
            throw new IllegalArgumentException("sizePt must be positive: " + sizePt);
        }
    }

    public static TextRun body(String text, float sizePt) {
        return new TextRun(text, FontRole.BODY, sizePt, false, false, false);
    }

    public static TextRun heading(String text, float sizePt) {
        return new TextRun(text, FontRole.HEADING, sizePt, false, false, false);
    }

    public TextRun withGrey() {
        return new TextRun(text, role, sizePt, bold, true, underline, field);
    }

    public TextRun withBold() {
        return new TextRun(text, role, sizePt, true, grey, underline, field);
    }

    public TextRun withUnderline() {
        return new TextRun(text, role, sizePt, bold, grey, true, field);
    }

    /** This run as the print of a draft value. */
    public TextRun withField(FieldRef f) {
        return new TextRun(text, role, sizePt, bold, grey, underline, f);
    }
}
