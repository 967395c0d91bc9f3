package app.dossier.store;

import app.dossier.model.CandidateStatus;
import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.model.StoredWord;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Where the store turns the words of its columns into the model's states and back: a column read as its
 * enum, and the states that queries filter on as SQL literals taken from the enums, so no query spells a word.
 */
final class StoredWords {
    static final String SUGGESTED = literal(ReviewStatus.SUGGESTED);
    static final String REJECTED = literal(ReviewStatus.REJECTED);
    static final String AUTO = literal(Origin.AUTO);
    static final String UNDECIDED_CANDIDATE = literal(CandidateStatus.SUGGESTED);

    private StoredWords() {
    }

    /** The state a column holds; a word no version wrote is an error naming it, never a silent default. */
    static <E extends Enum<E> & StoredWord> E read(ResultSet rs, String column, Class<E> type) throws SQLException {
        return StoredWord.parse(type, rs.getString(column));
    }

    private static String literal(StoredWord word) {
        return "'" + word.code() + "'";
    }
}
