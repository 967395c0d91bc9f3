package app.dossier.model;

/** The language codes of CONTRACT.md. */
public final class Language {
    public static final String EN = "en";
    public static final String DE = "de";
    public static final String ZH_HANS = "zh-Hans";
    public static final String ZH_HANT = "zh-Hant";
    public static final String OTHER = "other";

    private Language() {
    }

    public static boolean isChinese(String code) {
        return ZH_HANS.equals(code) || ZH_HANT.equals(code);
    }
}
