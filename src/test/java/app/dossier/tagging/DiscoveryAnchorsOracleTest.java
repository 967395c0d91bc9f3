package app.dossier.tagging;

import app.dossier.testsupport.CorpusTexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Discovery's patterns, run only where their words are, find exactly what a find() loop over the whole
 * text found before, on every report text the project has; so do the counts of a name's occurrences.
 */
class DiscoveryAnchorsOracleTest {
    private static List<CorpusTexts.Text> corpus;
    private static final DiscoveryRules rules = new DiscoveryRules();

    @BeforeAll
    static void read() throws Exception {
        corpus = CorpusTexts.all();
    }

    @Test
    void everyPatternMatchesWhereAWholeTextSearchMatches() {
        int matches = 0;
        for (CorpusTexts.Text t : corpus) {
            AnchoredPatterns.Scan scan = rules.anchored.scan(t.text());
            for (Pattern p : rules.anchored.patterns()) {
                List<String> expected = described(wholeTextSearch(p, t.text()));
                assertEquals(expected, described(scan.matches(p)), p.pattern().substring(0, 40) + "… in " + t.name());
                matches += expected.size();
            }
        }
        assertTrue(matches > 100, "matches compared: " + matches);
    }

    @Test
    void aWordTouchingLettersOrDigitsIsNotCounted() {
        assertEquals(2, CompanyDiscovery.occurrences("Auremo sagt, Auremo wächst; Auremos, Auremo2, xAuremo", "Auremo"));
        int compared = 0;
        Pattern capitalised = Pattern.compile("\\p{Lu}[\\p{L}\\d]{2,}");
        for (CorpusTexts.Text t : corpus) {
            Set<String> words = new LinkedHashSet<>();
            Matcher m = capitalised.matcher(t.text());
            while (m.find() && words.size() < 150) {
                words.add(m.group());
            }
            for (String w : words) {
                Matcher alone = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(w) + "(?![\\p{L}\\d])").matcher(t.text());
                int n = 0;
                while (alone.find()) {
                    n++;
                }
                assertEquals(n, CompanyDiscovery.occurrences(t.text(), w), w + " in " + t.name());
                compared++;
            }
        }
        assertTrue(compared > 500, "words compared: " + compared);
    }

    private static List<MatchResult> wholeTextSearch(Pattern p, String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.toMatchResult());
        }
        return out;
    }

    private static List<String> described(List<MatchResult> matches) {
        List<String> out = new ArrayList<>();
        for (MatchResult r : matches) {
            StringBuilder b = new StringBuilder(r.start() + "-" + r.end());
            for (int g = 0; g <= r.groupCount(); g++) {
                b.append('|').append(r.group(g));
            }
            out.add(b.toString());
        }
        return out;
    }
}
