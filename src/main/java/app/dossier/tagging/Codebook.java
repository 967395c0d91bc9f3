package app.dossier.tagging;

import app.dossier.model.Theme;

import java.util.List;

/** The themes and their cues. (stub) */
public final class Codebook {
    private final List<Theme> themes;

    public Codebook(List<Theme> themes) {
        this.themes = List.copyOf(themes);
    }

    public static Codebook builtin() {
        return new Codebook(List.of());
    }

    public List<Theme> themes() {
        return themes;
    }
}
