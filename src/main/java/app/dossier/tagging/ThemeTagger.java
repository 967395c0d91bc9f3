package app.dossier.tagging;

import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.model.Theme;
import app.dossier.model.ThemeTag;
import org.ahocorasick.trie.PayloadTrie;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests theme tags for the paragraphs of a report (paragraphs are separated by blank lines).
 * Cues of every language are used whatever the report's language: German and Chinese reports quote English terms.
 * The literal cues of all themes are found in one automaton pass per paragraph.
 */
public final class ThemeTagger {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u3000]*\\n\\s*");

    /** One literal cue of the theme at {@code theme} in {@link #themeIds}. */
    private record CueOf(int theme, ThemeCues.Literal cue) {
    }

    private final Codebook codebook;
    private final List<String> themeIds = new ArrayList<>();
    private final List<ThemeCues> cues = new ArrayList<>();
    private final PayloadTrie<List<CueOf>> literalCues;

    public ThemeTagger(Codebook codebook) {
        this.codebook = codebook;
        Map<String, ThemeCues> byTheme = new LinkedHashMap<>();
        for (Theme t : codebook.themes()) {
            byTheme.put(t.id(), new ThemeCues(t));
        }
        Map<String, List<CueOf>> byText = new LinkedHashMap<>();
        byTheme.forEach((id, c) -> {
            for (ThemeCues.Literal l : c.literals()) {
                byText.computeIfAbsent(l.normalized(), k -> new ArrayList<>()).add(new CueOf(cues.size(), l));
            }
            themeIds.add(id);
            cues.add(c);
        });
        PayloadTrie.PayloadTrieBuilder<List<CueOf>> trie = PayloadTrie.builder();
        byText.forEach(trie::addKeyword);
        literalCues = trie.build();
    }

    /** Tags of origin AUTO, status SUGGESTED, reportId and id null; one per (paragraph, theme). */
    public List<ThemeTag> tag(String text, String language) {
        List<ThemeTag> out = new ArrayList<>();
        if (text != null) {
            forEachParagraph(text, (start, end) -> tagParagraph(text, start, end, out));
        }
        return out;
    }

    interface ParagraphVisitor {
        void visit(int start, int end);
    }

    /** Each paragraph (blank lines between), trimmed, non-empty, as [start, end) of the text. */
    static void forEachParagraph(String text, ParagraphVisitor visitor) {
        int start = 0;
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        while (true) {
            boolean more = m.find();
            int end = more ? m.start() : text.length();
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                visitor.visit(s, e);
            }
            if (!more) {
                break;
            }
            start = m.end();
        }
    }

    private void tagParagraph(String text, int start, int end, List<ThemeTag> out) {
        String normalized = ThemeCues.normalize(text.substring(start, end));
        ThemeCues.Found[] found = new ThemeCues.Found[cues.size()];
        for (int i = 0; i < found.length; i++) {
            found[i] = new ThemeCues.Found();
        }
        literalCues.parseText(normalized, emit -> {
            for (CueOf c : emit.getPayload()) {
                found[c.theme()].add(c.cue());
            }
            return true;
        });
        for (int i = 0; i < cues.size(); i++) {
            if (cues.get(i).carriedBy(normalized, found[i])) {
                out.add(new ThemeTag(null, null, themeIds.get(i), start, end, Origin.AUTO, ReviewStatus.SUGGESTED));
            }
        }
    }

    Codebook codebook() {
        return codebook;
    }
}
