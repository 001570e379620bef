package cn.shenbao.forms.rules.kinds;

/**
 * A parameter a rule kind reads from its definition entry, declared by the kind so that a definition is
 * checked when it loads ({@link cn.shenbao.forms.rules.DefinitionCheck}), not when a draft is checked.
 *
 * @param name     the key in the definition entry
 * @param kind     what its value must be
 * @param required whether the entry must give it
 * @param list     whether the value is a list (a single value also counts as a list of one)
 * @param of       for {@link Kind#COLUMN} the parameter naming the table, for {@link Kind#SUBFIELD} the
 *                 parameter naming the group; else null
 */
public record Param(String name, Kind kind, boolean required, boolean list, String of) {
    /** What a parameter's value must be. */
    public enum Kind {
        /** A field path of the template ({@code leader.name}, {@code phases[].budget}). */
        PATH,
        /** The path of a TABLE field. */
        TABLE,
        /** A column id of the table named by the parameter {@code of}. */
        COLUMN,
        /** A sub-field id of the group named by the parameter {@code of}. */
        SUBFIELD,
        /** A number, or a {@code $param} of the template holding one. */
        NUMBER,
        /** A whole number, or a {@code $param} holding one. */
        INTEGER,
        /** A date yyyy-MM-dd, or a {@code $param} holding one. */
        DATE,
        /** Any text, or a {@code $param}. */
        TEXT,
        /** A regular expression (a literal). */
        REGEX
    }

    /** A required parameter of this kind. */
    public static Param of(String name, Kind kind) {
        return new Param(name, kind, true, false, null);
    }

    /** A required column or sub-field parameter: its value lies in the table or group named by {@code of}. */
    public static Param in(String name, Kind kind, String of) {
        return new Param(name, kind, true, false, of);
    }

    /** This parameter, optional. */
    public Param optional() {
        return new Param(name, kind, false, list, of);
    }

    /** This parameter, a list of values. */
    public Param many() {
        return new Param(name, kind, required, true, of);
    }
}
