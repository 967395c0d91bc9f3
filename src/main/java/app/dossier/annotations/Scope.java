package app.dossier.annotations;

/** Which notes an export covers: all, one report's, or those about one company or one theme. */
public record Scope(Kind kind, String id) {
    public enum Kind { ALL, REPORT, COMPANY, THEME }

    public static Scope all() {
        return new Scope(Kind.ALL, null);
    }

    public static Scope report(String id) {
        return new Scope(Kind.REPORT, id);
    }

    public static Scope company(String id) {
        return new Scope(Kind.COMPANY, id);
    }

    public static Scope theme(String id) {
        return new Scope(Kind.THEME, id);
    }
}
