package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A correction keeps the right value and drops the wrong one; a range in words is one figure. Sentences are invented. */
class CorrectionsAndRangesTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private static List<Figure> read(String text, String language) {
        return EXTRACTOR.extract(text, language, MATCHER.find(text));
    }

    private static boolean has(List<Figure> figures, double value) {
        return figures.stream().anyMatch(f -> Math.abs(f.value() - value) <= value * 1e-6
                || f.valueMax() != null && Math.abs(f.valueMax() - value) <= value * 1e-6);
    }

    @Test
    void aCorrectionDropsTheWrongValueAndKeepsTheRightOne() {
        List<Figure> en = read("Deals of the week\n\nCohere raised $40 million this week.\n\n"
                + "Correction: Mistral AI raised €80 million, not €60 million as we wrote last week.", "en");
        FigureAssertions.find(en, "mistral-ai", Metric.FUNDING, 80e6);
        assertTrue(!has(en, 60e6), "the retracted value is no figure");

        List<Figure> told = read("Corrections: Last week we said Cohere raised $30 million. It was $45 million.", "en");
        assertTrue(!has(told, 30e6) && has(told, 45e6), "the value we said is retracted, the one it was is kept");

        List<Figure> de = read("Korrektur: In der letzten Ausgabe hatten wir geschrieben, DeepL habe 12 Mio. Euro eingesammelt. "
                + "Richtig sind 15 Mio. Euro.", "de");
        assertTrue(!has(de, 12e6) && has(de, 15e6), de.toString());

        List<Figure> zh = read("更正：本文此前将智谱的融资额误写为3亿元，应为5亿元。", "zh-Hans");
        assertTrue(!has(zh, 3e8) && has(zh, 5e8), zh.toString());
        List<Figure> hant = read("更正：智譜本輪融資為8億元，而非6億元。", "zh-Hant");
        assertTrue(!has(hant, 6e8) && has(hant, 8e8), hant.toString());
    }

    @Test
    void outsideACorrectionANegatedValueIsStillRead() {
        List<Figure> f = read("Cohere raised $45 million, not the $30 million rumoured in May.", "en");
        assertTrue(has(f, 45e6));
    }

    @Test
    void aGuidanceRangeInWordsIsOneFigureWithItsUpperEnd() {
        List<Figure> f = read("For the fourth quarter Cohere expects revenue in a range of $210 million to $230 million.", "en");
        Figure revenue = FigureAssertions.find(f, "cohere", Metric.REVENUE, 210e6);
        assertEquals(230e6, revenue.valueMax(), 1);
        assertEquals(1, f.stream().filter(x -> Metric.REVENUE.equals(x.metric())).count(), f.toString());
        Figure de = FigureAssertions.find(read("DeepL erwartet einen Umsatz zwischen 120 und 140 Mio. Euro.", "de"),
                "deepl", Metric.REVENUE, 120e6);
        assertEquals(140e6, de.valueMax(), 1);
    }
}
