package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An amount takes the cue of its own clause, not a nearer one that opens the next clause. */
class ClauseCuesTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private static void has(String text, String language, String metric, double value) {
        List<Figure> f = EXTRACTOR.extract(text, language, MATCHER.find(text));
        assertTrue(f.stream().anyMatch(x -> metric.equals(x.metric()) && Math.abs(x.value() - value) < value * 0.001),
                metric + " " + value + " in " + f.stream().map(SeedReportsFiguresTest::describe).toList());
    }

    @Test
    void theCueBeforeTheAmountInItsClauseBeatsTheCueOpeningTheNextClause() {
        String german = "Der Umsatz von DeepL lag 2024 laut Branchenkreisen bei 30 Mio. Euro, der Verlust bei 55 Mio. Euro.";
        has(german, "de", Metric.REVENUE, 30e6);
        has(german, "de", Metric.NET_LOSS, 55e6);
        String english = "Cohere's revenue for the year came to $70 million, its loss to $90 million.";
        has(english, "en", Metric.REVENUE, 70e6);
        has(english, "en", Metric.NET_LOSS, 90e6);
    }
}
