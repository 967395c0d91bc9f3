package app.dossier.model;

/**
 * The analyst's decision on a name that discovery offered: not yet decided, accepted as a company, or
 * rejected (a rejection is remembered, so the name is not offered again).
 * {@link #code()} is the word stored in the database and the journal.
 */
public enum CandidateStatus implements StoredWord {
    SUGGESTED, ACCEPTED, REJECTED;

    /** The code, so that JSON written with the engine's mapper keeps the words of the journal. */
    @Override
    public String toString() {
        return code();
    }
}
