package app.dossier.library.insights;

import app.dossier.model.Mention;
import app.dossier.model.ThemeTag;

/**
 * A passage to list: the report, the span [start, end) the reader opens at, and its excerpt split
 * into before / marked / after so a view can emphasise the mention. {@code mention} is set for a
 * company passage, {@code tag} for a theme passage; either may be null.
 */
public record Passage(String reportId, String reportTitle, int start, int end,
                      String before, String marked, String after, Mention mention, ThemeTag tag) {
    public String excerpt() {
        return before + marked + after;
    }
}
