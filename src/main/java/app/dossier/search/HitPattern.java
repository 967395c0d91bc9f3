package app.dossier.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * What one positive word or phrase of a query looks like in analysed text: a run of tokens at the given
 * positions relative to the first. The compiled Lucene query and the hit locator both derive from it.
 */
record HitPattern(List<Step> steps) {

    /**
     * One token of the pattern. sources: the queries on the text fields (term, prefix, compound tail)
     * whose terms are this token in the index; matcher: the same test on a token analysed on the fly.
     */
    record Step(int relativePosition, TermMatcher matcher, List<Query> sources) {
    }

    /**
     * Matches one token. stem/surface are the query token's stemmed and folded forms; compoundEndings
     * is non-null when the word may also be the head or tail of a compound; typedPrefix when it may be
     * unfinished.
     */
    record TermMatcher(String stem, String surface, List<String> compoundEndings, boolean typedPrefix) {

        /** Mirrors the Lucene query on the stemmed text field: exact stem, or prefix for typed words and compound heads. */
        boolean matchesStem(String tokenStem) {
            if (tokenStem.equals(stem)) {
                return true;
            }
            if (typedPrefix && (tokenStem.startsWith(stem) || tokenStem.startsWith(surface))) {
                return true;
            }
            return compoundEndings != null && tokenStem.startsWith(stem);
        }

        /** Mirrors the query on the reversed field: a long word ending in stem + an inflection ending. */
        boolean matchesTail(String tokenSurface) {
            if (compoundEndings == null) {
                return false;
            }
            for (String ending : compoundEndings) {
                if (tokenSurface.length() >= stem.length() + ending.length() && tokenSurface.endsWith(ending)
                        && tokenSurface.regionMatches(tokenSurface.length() - ending.length() - stem.length(),
                        stem, 0, stem.length())) {
                    return true;
                }
            }
            return false;
        }

        boolean hasTail() {
            return compoundEndings != null;
        }
    }
}
