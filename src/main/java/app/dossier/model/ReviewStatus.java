package app.dossier.model;

/**
 * Where the analyst's review of a finding stands: found and not yet looked at, accepted, or turned down.
 * {@link #code()} is the word stored in the database, the journal and the export (CONTRACT.md).
 */
public enum ReviewStatus implements StoredWord {
    SUGGESTED, CONFIRMED, REJECTED;

    /** The code, so that JSON written with the engine's mapper keeps the words of CONTRACT.md. */
    @Override
    public String toString() {
        return code();
    }
}
