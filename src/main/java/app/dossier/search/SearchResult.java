package app.dossier.search;

import java.util.List;

/**
 * The hits of a query and what the user should be told about it: the other names of a company the query
 * also searched ("Moonshot" also searched 月之暗面), and, when nothing matched, a corrected query whose
 * misspelt company name was put right (null when there is none or it finds nothing either).
 */
public record SearchResult(List<SearchHit> hits, List<String> alsoSearched, String didYouMean) {
    public SearchResult {
        hits = List.copyOf(hits);
        alsoSearched = List.copyOf(alsoSearched);
    }
}
