package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shares spoken as fractions, and a round "raised at" an amount, read as an analyst would. */
class SpokenSharesTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private static Figure only(String text, String language) {
        List<Figure> f = EXTRACTOR.extract(text, language, MATCHER.find(text));
        assertEquals(1, f.size(), () -> "one figure expected in " + f.stream().map(SeedReportsFiguresTest::describe).toList());
        return f.get(0);
    }

    @Test
    void aQuarterOfTheMarketIsAnApproximateMarketShare() {
        Figure f = only("Cohere has about a quarter of the market for on-premise assistants.", "en");
        assertEquals("cohere", f.companyId());
        assertEquals(Metric.MARKET_SHARE, f.metric());
        assertEquals(25, f.value(), 0.001);
        assertTrue(f.approx());
    }

    @Test
    void twoThirdsOfTheMarketInEnglishAndAThirdInGerman() {
        assertEquals(66.7, only("Mistral AI controls two thirds of the market in France.", "en").value(), 0.01);
        Figure de = only("Aleph Alpha kommt auf knapp ein Drittel des Marktes.", "de");
        assertEquals(Metric.MARKET_SHARE, de.metric());
        assertTrue(de.approx());
    }

    @Test
    void raisedAtAnAmountIsTheValuationOfTheRound() {
        Figure f = only("Cohere reportedly raised at $5.5 billion in July.", "en");
        assertEquals(Metric.VALUATION, f.metric());
        assertEquals(5.5e9, f.value(), 1);
    }
}
