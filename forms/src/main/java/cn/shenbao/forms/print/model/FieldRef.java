package cn.shenbao.forms.print.model;

import java.util.Objects;

/**
 * Which draft value a piece of the page model prints: the DOCX back end wraps it in a content control tagged
 * with the path, so that the values people change in Word or WPS can be read back ({@code DocxImport}). The PDF
 * back end ignores it.
 *
 * @param path        the draft path (FieldPath syntax: {@code members[3].duty}, {@code period.from})
 * @param label       the field's label, shown by Word as the control's title
 * @param kind        what kind of control fits the value
 * @param option      for {@link Kind#CHECK}: the index of the option in the field's options; otherwise -1
 * @param placeholder the printed text is not the value but what the form prints when it is empty (a hint, a
 *                    blank 年 月 日): the control shows it as its placeholder and an unchanged placeholder reads
 *                    back as empty
 */
public record FieldRef(String path, String label, Kind kind, int option, boolean placeholder) {
    /** Kinds of content controls. */
    public enum Kind {
        /** one line of plain text (a name, a number, a code) */
        TEXT,
        /** one or more paragraphs (a long text): a rich-text control around its paragraphs */
        LINES,
        /** a date (date picker) */
        DATE,
        /** the box of one option of a choice ({@code w14:checkbox}) */
        CHECK
    }

    public FieldRef {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
    }

    public static FieldRef of(String path, String label, Kind kind) {
        return new FieldRef(path, label, kind, -1, false);
    }

    public FieldRef asPlaceholder() {
        return new FieldRef(path, label, kind, option, true);
    }

    /** The control's tag: the path, and for a check box {@code path#index} of its option. */
    public String tag() {
        return kind == Kind.CHECK ? path + "#" + option : path;
    }
}
