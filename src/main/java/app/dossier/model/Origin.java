package app.dossier.model;

import java.util.Locale;

/**
 * Who put a figure or a theme tag there: the engine while reading a report, or the analyst.
 * {@link #code()} is the word stored in the database, the journal and the export (CONTRACT.md).
 */
public enum Origin {
    AUTO, USER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The origin a stored word names; an unknown word is an error, never a silent default. */
    public static Origin of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The code, so that JSON written with the engine's mapper keeps the words of CONTRACT.md. */
    @Override
    public String toString() {
        return code();
    }
}
