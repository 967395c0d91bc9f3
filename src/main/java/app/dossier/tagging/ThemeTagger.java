package app.dossier.tagging;

import app.dossier.model.ThemeTag;

import java.util.List;

/** Suggests theme tags for the paragraphs of a report. (stub) */
public final class ThemeTagger {
    private final Codebook codebook;

    public ThemeTagger(Codebook codebook) {
        this.codebook = codebook;
    }

    /** Tags with origin "auto", status "suggested", reportId and id null. */
    public List<ThemeTag> tag(String text, String language) {
        return List.of();
    }
}
