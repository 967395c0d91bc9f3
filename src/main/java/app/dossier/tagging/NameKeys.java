package app.dossier.tagging;

/**
 * A company name as tagging compares it (case, width and traditional or simplified script folded), so
 * a name typed by the user finds the company in any script: 智譜 and 智谱, ＯｐｅｎＡＩ and openai.
 */
public final class NameKeys {
    private NameKeys() {
    }

    public static String of(String name) {
        return CharFolding.fold(name.strip());
    }
}
