package app.dossier.model;

import java.util.Locale;

/**
 * An enum whose constants are written as lower-case words in the database, the journal and the export
 * (CONTRACT.md): {@code SUGGESTED} is "suggested". The one place that maps a word to its constant and back,
 * so a state is never compared with a string.
 */
public interface StoredWord {
    /** The constant's name; every implementor is an enum, which supplies it. */
    String name();

    /** The word stored and exported for this constant. */
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant a stored word names; an unknown word is an error, never a silent default. */
    static <E extends Enum<E> & StoredWord> E parse(Class<E> type, String code) {
        if (code == null) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " given");
        }
        return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
    }
}
