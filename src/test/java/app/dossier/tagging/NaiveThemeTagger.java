package app.dossier.tagging;

import app.dossier.model.Theme;
import app.dossier.model.ThemeTag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tagging ThemeTagger did before it used an automaton: every cue's regex run over every paragraph.
 * Kept as the oracle the automaton is compared with.
 */
final class NaiveThemeTagger {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u3000]*\\n\\s*");
    private final Map<String, ThemeCues> cues = new LinkedHashMap<>();

    NaiveThemeTagger(Codebook codebook) {
        for (Theme t : codebook.themes()) {
            cues.put(t.id(), new ThemeCues(t));
        }
    }

    List<ThemeTag> tag(String text) {
        List<ThemeTag> out = new ArrayList<>();
        int start = 0;
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        while (true) {
            boolean more = m.find();
            int end = more ? m.start() : text.length();
            tagParagraph(text, start, end, out);
            if (!more) {
                break;
            }
            start = m.end();
        }
        return out;
    }

    private void tagParagraph(String text, int start, int end, List<ThemeTag> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return;
        }
        String normalized = ThemeCues.normalize(text.substring(start, end));
        for (Map.Entry<String, ThemeCues> e : cues.entrySet()) {
            // the regex-per-cue path, which the automaton path must agree with
            if (e.getValue().carriedBy(normalized)) {
                out.add(new ThemeTag(null, null, e.getKey(), start, end, "auto", "suggested"));
            }
        }
    }
}
