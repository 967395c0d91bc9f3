package app.dossier.store;

import app.dossier.model.CandidateStatus;
import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.model.StoredWord;

/** States as SQL literals for the queries that filter on them, taken from the enums so no query spells a word itself. */
final class SqlWords {
    static final String SUGGESTED = literal(ReviewStatus.SUGGESTED);
    static final String REJECTED = literal(ReviewStatus.REJECTED);
    static final String AUTO = literal(Origin.AUTO);
    static final String UNDECIDED_CANDIDATE = literal(CandidateStatus.SUGGESTED);

    private SqlWords() {
    }

    private static String literal(StoredWord word) {
        return "'" + word.code() + "'";
    }
}
