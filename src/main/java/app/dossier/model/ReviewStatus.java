package app.dossier.model;

import java.util.Locale;

/**
 * Where the analyst's review of a finding stands: found and not yet looked at, accepted, or turned down.
 * {@link #code()} is the word stored in the database, the journal and the export (CONTRACT.md).
 */
public enum ReviewStatus {
    SUGGESTED, CONFIRMED, REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a stored word names; an unknown word is an error, never a silent default. */
    public static ReviewStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The code, so that JSON written with the engine's mapper keeps the words of CONTRACT.md. */
    @Override
    public String toString() {
        return code();
    }
}
