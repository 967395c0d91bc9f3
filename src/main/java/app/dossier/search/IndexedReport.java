package app.dossier.search;

import java.util.List;

/**
 * What the index holds of one report. companies: canonical names and ids of companies mentioned;
 * themes: theme ids tagged (not rejected); tags: the user's annotation tags.
 */
public record IndexedReport(String reportId, String title, String language, String text,
                            List<String> companies, List<String> themes, List<String> tags) {
}
