package app.dossier.model;

/**
 * Who put a figure, a theme tag or a version link there: the engine while reading a report, or the analyst.
 * {@link #code()} is the word stored in the database, the journal and the export (CONTRACT.md).
 */
public enum Origin implements StoredWord {
    AUTO, USER;

    /** The code, so that JSON written with the engine's mapper keeps the words of CONTRACT.md. */
    @Override
    public String toString() {
        return code();
    }
}
