package cn.shenbao.forms.template;

/**
 * The kinds of field a form definition may use. Each type knows whether it holds a value of its own
 * (a leaf), groups sub-fields, or repeats rows; parsing and format checks live in
 * {@link cn.shenbao.forms.draft.Values}.
 */
public enum FieldType {
    /** One line of text. */
    TEXT,
    /** Long text with an optional 字数 limit ({@code maxChars}). */
    LONG_TEXT,
    /** A calendar date, stored as ISO {@code yyyy-MM-dd}. */
    DATE,
    /** Two dates, sub-paths {@code .from} and {@code .to}. */
    DATE_RANGE,
    /** Money in 万元: non-negative, at most two decimals. */
    MONEY,
    /** A whole number. */
    INTEGER,
    /** A percentage between 0 and 100. */
    PERCENT,
    /** A mobile or landline telephone number. */
    PHONE,
    /** A mainland-China mobile number. */
    MOBILE,
    /** An e-mail address. */
    EMAIL,
    /** A six-digit postcode. */
    POSTCODE,
    /** 统一社会信用代码 (GB 32100-2015), 18 characters with check character. */
    USCC,
    /** One option of {@code options}. */
    SINGLE_CHOICE,
    /** Several options of {@code options}; {@code otherOption} takes a text at {@code <path>.other}. */
    MULTI_CHOICE,
    /** Yes or no. */
    BOOLEAN,
    /** A group of sub-fields ({@code fields}), for example a person block. */
    GROUP,
    /** A repeating table of rows with {@code columns}. */
    TABLE,
    /** A read-only value computed from other fields ({@code compute}). */
    COMPUTED,
    /** A separate file that must accompany the application; the value records whether it is attached. */
    ATTACHMENT;

    /** Whether a value of this type is stored under its own path. */
    public boolean isLeaf() {
        return this != GROUP && this != TABLE && this != DATE_RANGE && this != COMPUTED;
    }

    /** Whether values of this type are stored as a list of options. */
    public boolean isList() {
        return this == MULTI_CHOICE;
    }
}
