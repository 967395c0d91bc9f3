package app.dossier.figures;

import app.dossier.testsupport.CorpusTexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every cue set of the extractor answers exactly as the plain phrase-by-phrase matching did
 * ({@link NaivePhraseSet}), on every report text the project has, asked the way the extractor asks:
 * the whole text, and windows before, around and after every number.
 */
class PhraseSetOracleTest {
    private static List<CorpusTexts.Text> corpus;
    private static final Map<String, PhraseSet> sets = new LinkedHashMap<>();

    @BeforeAll
    static void collect() throws Exception {
        corpus = CorpusTexts.all();
        collectSets("CueBook.", CueBook.builtin());
        collectSets("NumberWords.", NumberWords.builtin());
    }

    private static void collectSets(String prefix, Object owner) throws IllegalAccessException {
        for (Field f : owner.getClass().getDeclaredFields()) {
            f.setAccessible(true);
            Object value = f.get(owner);
            if (value instanceof PhraseSet s) {
                sets.put(prefix + f.getName(), s);
            } else if (value instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (e.getValue() instanceof PhraseSet s) {
                        sets.put(prefix + f.getName() + "." + e.getKey(), s);
                    }
                }
            }
        }
    }

    @Test
    void theCorpusAndTheCueSetsAreThere() {
        assertTrue(corpus.size() >= 20, "report texts read: " + corpus.size());
        assertTrue(sets.size() >= 30, "cue sets: " + sets.keySet());
    }

    @Test
    void everyCueSetFindsWhatPlainMatchingFindsInEveryReport() {
        int compared = 0;
        for (Map.Entry<String, PhraseSet> e : sets.entrySet()) {
            PhraseSet fast = e.getValue();
            NaivePhraseSet naive = NaivePhraseSet.of(fast.phrases());
            for (CorpusTexts.Text t : corpus) {
                compared += compare(e.getKey() + " in " + t.name(), fast, naive, t.text());
            }
        }
        assertTrue(compared > 10_000, "questions compared: " + compared);
    }

    @Test
    void shortTextsAndTheLongTextAroundThemDoNotDisturbEachOther() {
        PhraseSet metrics = CueBook.builtin().metrics;
        NaivePhraseSet naive = NaivePhraseSet.of(metrics.phrases());
        String longText = corpus.stream().map(CorpusTexts.Text::text).filter(s -> s.length() > 2000).findFirst().orElseThrow();
        String shortText = "Umsatz von 3 Mio. Euro";
        assertEquals(plain(naive.findIn(longText, 0, longText.length())), fastHits(metrics.findIn(longText, 0, longText.length())));
        assertFalse(metrics.findIn(shortText, 0, shortText.length()).isEmpty());
        assertEquals(plain(naive.findIn(longText, 0, longText.length())), fastHits(metrics.findIn(longText, 0, longText.length())));
    }

    private static int compare(String where, PhraseSet fast, NaivePhraseSet naive, String text) {
        int n = 0;
        assertEquals(plain(naive.findIn(text, 0, text.length())), fastHits(fast.findIn(text, 0, text.length())), where);
        for (int d = 0; d < text.length(); d++) {
            if (!Character.isDigit(text.charAt(d)) || (d > 0 && Character.isDigit(text.charAt(d - 1)))) {
                continue;
            }
            int end = d;
            while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.' || text.charAt(end) == ',')) {
                end++;
            }
            String at = where + " at " + d;
            assertEquals(plain(naive.findIn(text, d - 90, end + 40)), fastHits(fast.findIn(text, d - 90, end + 40)), at);
            assertEquals(naive.containsIn(text, d - 12, d), fast.containsIn(text, d - 12, d), at);
            assertEquals(naive.containsIn(text, end, end + 16), fast.containsIn(text, end, end + 16), at);
            assertEquals(naive.endingAt(text, d, 8), fast.endingAt(text, d, 8), at);
            assertEquals(naive.endingAt(text, d, 24), fast.endingAt(text, d, 24), at);
            assertEquals(naive.startingAt(text, end, 16), fast.startingAt(text, end, 16), at);
            assertEquals(naive.startingAt(text, end, 4), fast.startingAt(text, end, 4), at);
            n += 7;
        }
        return n;
    }

    private static List<String> plain(List<NaivePhraseSet.Hit> hits) {
        List<String> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.start() + "-" + h.end() + ":" + h.phrase() + "/" + h.label()));
        return out;
    }

    private static List<String> fastHits(List<PhraseSet.Hit> hits) {
        List<String> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.start() + "-" + h.end() + ":" + h.phrase() + "/" + h.label()));
        return out;
    }
}
