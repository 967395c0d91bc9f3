package app.dossier.search;

/** One search result: the best passage of a report, [start, end) in the report text. */
public record SearchHit(String reportId, String title, double score, int start, int end, String snippet) {
}
