package app.dossier.importing;

import java.util.List;
import java.util.regex.Pattern;

/** Picks the title: the page's own (when it has one), else the first paragraph that reads like a headline. */
final class TitleFinder {
    private static final int MAX_HEADLINE_WIDTH = 160;
    private static final int LOOK_AHEAD = 4;
    private static final int FALLBACK_WIDTH = 100;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]|\\.(\\s|$)");
    private static final Pattern DATELINE = Pattern.compile("^\\D{0,30}(19|20)\\d\\d[-/.年]\\d{1,2}[-/.月]\\d{1,2}.{0,12}$");

    private final BoilerplateVocabulary vocabulary;

    TitleFinder(BoilerplateVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    String find(String declaredTitle, List<String> paragraphs, String fileName) {
        if (declaredTitle != null && !declaredTitle.isBlank()) {
            return declaredTitle.strip().replaceAll("\\s+", " ");
        }
        for (int i = 0; i < Math.min(LOOK_AHEAD, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            if (isHeadline(p)) {
                return p;
            }
        }
        for (String p : paragraphs) {
            if (!isByline(p) && !DATELINE.matcher(p).matches()) {
                return firstSentence(p);
            }
        }
        return fileName;
    }

    private boolean isHeadline(String p) {
        int width = Scripts.width(p);
        return width >= 4 && width <= MAX_HEADLINE_WIDTH && !p.endsWith(":") && !p.endsWith("：") && !p.endsWith("。")
                && !isByline(p) && !DATELINE.matcher(p).matches() && sentenceCount(p) <= 1
                && p.chars().anyMatch(Character::isLetter);
    }

    private boolean isByline(String p) {
        return Scripts.width(p) <= 60 && vocabulary.bylineWords.find(p).count() > 0;
    }

    private static int sentenceCount(String p) {
        var m = SENTENCE_END.matcher(p.strip());
        int n = 0;
        int lastEnd = -1;
        while (m.find()) {
            n++;
            lastEnd = m.end();
        }
        // a final full stop closes the headline; only stops inside it mean a second sentence
        return lastEnd >= p.strip().length() ? n : n + 1;
    }

    private static String firstSentence(String p) {
        var m = SENTENCE_END.matcher(p);
        String s = m.find() ? p.substring(0, m.end()).strip() : p;
        if (Scripts.width(s) <= FALLBACK_WIDTH) {
            return s;
        }
        int cut = Math.min(s.length(), FALLBACK_WIDTH / 2);
        return s.substring(0, cut).strip() + "…";
    }
}
