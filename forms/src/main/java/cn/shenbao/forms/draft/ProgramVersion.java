package cn.shenbao.forms.draft;

/** The program's version, from the jar manifest, "dev" when run from classes. */
public final class ProgramVersion {
    private ProgramVersion() {}

    public static String get() {
        String v = Draft.class.getPackage() == null ? null : Draft.class.getPackage().getImplementationVersion();
        return "shenbao " + (v == null ? "dev" : v);
    }
}
