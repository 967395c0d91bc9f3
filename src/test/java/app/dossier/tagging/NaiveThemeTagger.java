package app.dossier.tagging;

import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.model.Theme;
import app.dossier.model.ThemeTag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tagging ThemeTagger did before it used an automaton: every cue's regex run over every paragraph
 * (the paragraphs are cut the same way).
 * Kept as the oracle the automaton is compared with.
 */
final class NaiveThemeTagger {
    private final Map<String, ThemeCues> cues = new LinkedHashMap<>();

    NaiveThemeTagger(Codebook codebook) {
        for (Theme t : codebook.themes()) {
            cues.put(t.id(), new ThemeCues(t));
        }
    }

    List<ThemeTag> tag(String text) {
        List<ThemeTag> out = new ArrayList<>();
        ThemeTagger.forEachParagraph(text, (start, end) -> {
            String normalized = ThemeCues.normalize(text.substring(start, end));
            for (Map.Entry<String, ThemeCues> e : cues.entrySet()) {
                // the regex-per-cue path, which the automaton path must agree with
                if (e.getValue().carriedBy(normalized)) {
                    out.add(new ThemeTag(null, null, e.getKey(), start, end, Origin.AUTO, ReviewStatus.SUGGESTED));
                }
            }
        });
        return out;
    }
}
