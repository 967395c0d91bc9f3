package app.dossier.model;

/**
 * Where a theme comes from: the codebook shipped with the app, or the analyst (a theme added, or a shipped
 * one edited). {@link #code()} is the word stored in the database, the journal and the export (CONTRACT.md).
 */
public enum ThemeOrigin implements StoredWord {
    BUILTIN, USER;

    /** The code, so that JSON written with the engine's mapper keeps the words of the journal. */
    @Override
    public String toString() {
        return code();
    }
}
