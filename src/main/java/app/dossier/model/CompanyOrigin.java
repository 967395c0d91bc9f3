package app.dossier.model;

/**
 * Where a company entry comes from: the registry shipped with the app, the analyst (an entry added or
 * edited, a discovered name accepted), or discovery in the reports (not yet accepted).
 * {@link #code()} is the word stored in the database, the journal and the export (CONTRACT.md).
 */
public enum CompanyOrigin implements StoredWord {
    REGISTRY, USER, DISCOVERED;

    /** The code, so that JSON written with the engine's mapper keeps the words of CONTRACT.md. */
    @Override
    public String toString() {
        return code();
    }
}
