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
 * Suggests theme tags for the paragraphs of a report (paragraphs are separated by blank lines).
 * Cues of every language are used whatever the report's language: German and Chinese reports quote English terms.
 */
public final class ThemeTagger {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u3000]*\\n\\s*");
    private final Codebook codebook;
    private final Map<String, ThemeCues> cues = new LinkedHashMap<>();

    public ThemeTagger(Codebook codebook) {
        this.codebook = codebook;
        for (Theme t : codebook.themes()) {
            cues.put(t.id(), new ThemeCues(t));
        }
    }

    /** Tags with origin "auto", status "suggested", reportId and id null; one per (paragraph, theme). */
    public List<ThemeTag> tag(String text, String language) {
        List<ThemeTag> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
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
            if (e.getValue().carriedBy(normalized)) {
                out.add(new ThemeTag(null, null, e.getKey(), start, end, "auto", "suggested"));
            }
        }
    }

    Codebook codebook() {
        return codebook;
    }
}
