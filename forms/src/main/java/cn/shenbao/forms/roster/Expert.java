package cn.shenbao.forms.roster;

import java.util.Objects;

/**
 * One expert of a roster. Texts are never null (empty when unknown). {@code birthDate} is {@code yyyy-MM-dd}, or
 * {@code yyyy-MM} when the source gave only a year and a month; {@code mobile} is 11 digits. {@code id} is given by
 * the roster ({@link Roster#add}) and never changes or is reused.
 */
public record Expert(String id, String name, String unit, String title, String mobile, String email,
        String birthDate, boolean tuoju, boolean dundian, String notes) {

    public Expert {
        id = n(id);
        name = n(name);
        unit = n(unit);
        title = n(title);
        mobile = n(mobile);
        email = n(email);
        birthDate = n(birthDate);
        notes = n(notes);
    }

    private static String n(String s) {
        return s == null ? "" : s.strip();
    }

    /** An expert without an id (to be added to a roster). */
    public static Expert of(String name, String unit, String title, String mobile, String email, String birthDate,
            boolean tuoju, boolean dundian, String notes) {
        return new Expert("", name, unit, title, mobile, email, birthDate, tuoju, dundian, notes);
    }

    /** The value of a field as text ({@code true}/{@code false} for the flags). */
    public String get(RosterField f) {
        return switch (f) {
            case NAME -> name;
            case UNIT -> unit;
            case TITLE -> title;
            case MOBILE -> mobile;
            case EMAIL -> email;
            case BIRTH_DATE -> birthDate;
            case TUOJU -> Boolean.toString(tuoju);
            case DUNDIAN -> Boolean.toString(dundian);
            case NOTES -> notes;
        };
    }

    /** A copy with one field changed (flags from {@code true}/{@code false}). */
    public Expert with(RosterField f, String v) {
        return switch (f) {
            case NAME -> new Expert(id, v, unit, title, mobile, email, birthDate, tuoju, dundian, notes);
            case UNIT -> new Expert(id, name, v, title, mobile, email, birthDate, tuoju, dundian, notes);
            case TITLE -> new Expert(id, name, unit, v, mobile, email, birthDate, tuoju, dundian, notes);
            case MOBILE -> new Expert(id, name, unit, title, v, email, birthDate, tuoju, dundian, notes);
            case EMAIL -> new Expert(id, name, unit, title, mobile, v, birthDate, tuoju, dundian, notes);
            case BIRTH_DATE -> new Expert(id, name, unit, title, mobile, email, v, tuoju, dundian, notes);
            case TUOJU -> new Expert(id, name, unit, title, mobile, email, birthDate, Boolean.parseBoolean(v), dundian, notes);
            case DUNDIAN -> new Expert(id, name, unit, title, mobile, email, birthDate, tuoju, Boolean.parseBoolean(v), notes);
            case NOTES -> new Expert(id, name, unit, title, mobile, email, birthDate, tuoju, dundian, v);
        };
    }

    /** The same expert under another id. */
    public Expert withId(String newId) {
        return new Expert(newId, name, unit, title, mobile, email, birthDate, tuoju, dundian, notes);
    }

    /**
     * Whether two entries are the same person as the roster recognises one: the same mobile, or the same name
     * and unit.
     */
    public boolean samePerson(Expert o) {
        if (!mobile.isEmpty() && mobile.equals(o.mobile)) {
            return true;
        }
        return !name.isEmpty() && name.equals(o.name) && unitKey(unit).equals(unitKey(o.unit));
    }

    /** A unit as compared for duplicates: without spaces and brackets' width differences. */
    static String unitKey(String unit) {
        StringBuilder sb = new StringBuilder(unit.length());
        for (int i = 0; i < unit.length(); i++) {
            char c = unit.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                sb.append(c == '（' ? '(' : c == '）' ? ')' : c);
            }
        }
        return sb.toString();
    }

    /** Same content, ignoring the id. */
    public boolean sameContent(Expert o) {
        return Objects.equals(withId(""), o.withId(""));
    }
}
