package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.dossier.figures.FigureAssertions.find;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A round and the price it came at, in the terse wording of deal newsletters. */
class PricedRoundsTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private static List<Figure> read(String text) {
        return EXTRACTOR.extract(text, "en", MATCHER.find(text));
    }

    @Test
    void aSumAtAnotherSumIsARoundAndItsValuation() {
        List<Figure> f = read("Cohere is said to be closing $600 million at $7 billion, two people said.");
        find(f, "cohere", Metric.FUNDING, 6e8);
        find(f, "cohere", Metric.VALUATION, 7e9);
    }

    @Test
    void aRoundThatCameAtAPriceNamesTheValuation() {
        List<Figure> f = read("Cohere's $500 million round in August came at $5.5 billion.");
        find(f, "cohere", Metric.VALUATION, 5.5e9);
    }

    @Test
    void anEarlierValueOpeningALaterSentenceKeepsTheMetricOfTheFigureBefore() {
        List<Figure> f = read("Cohere raised $500 million at a $6.8 billion valuation. Radical Ventures led. "
                + "That's up from $2.2 billion in its previous round.");
        find(f, "cohere", Metric.VALUATION, 2.2e9);
        assertTrue(f.stream().noneMatch(x -> Metric.FUNDING.equals(x.metric()) && x.value() == 2.2e9));
    }

    @Test
    void aPricePerShareIsNotAValuation() {
        List<Figure> f = read("Cohere sold $300 million of stock at $40 a share.");
        assertTrue(f.stream().noneMatch(x -> Metric.VALUATION.equals(x.metric())), () -> f.toString());
    }
}
