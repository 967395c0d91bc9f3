package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A call transcript speaks as its company: the executives' "we" is the issuer, while an analyst asking about a
 * rival speaks neither for the issuer nor for the bank that employs the analyst.
 */
class SpeakerTurnsTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private static final String CALL = """
            Cohere Q2 2026 earnings call, transcript provided by a third party; it may contain errors.

            Participants:
            Ana Ruiz -- Chief Executive Officer
            Li Wen -- Chief Financial Officer
            Marc Haller -- Analyst, Goldman Sachs

            Operator

            Welcome to the Cohere second quarter call. Please go ahead.

            Ana Ruiz -- Chief Executive Officer

            Thank you. We closed the quarter with revenue of $88 million, and our products are used widely.

            Li Wen -- Chief Financial Officer

            We burned about $12 million a month and we hold $600 million in cash.

            Marc Haller -- Analyst, Goldman Sachs

            Thanks. Your biggest rival reported $450 million in revenue. A larger rival just raised $900 million at a $14 billion valuation. Its share is 30% against your 12%.

            Ana Ruiz -- Chief Executive Officer

            We compete on price and we win often.
            """;

    private static List<Figure> read(String text) {
        return EXTRACTOR.extract(text, "en", MATCHER.find(text));
    }

    private static boolean has(List<Figure> figures, String company, String metric, double value) {
        return figures.stream().anyMatch(f -> company.equals(f.companyId()) && metric.equals(f.metric())
                && Math.abs(f.value() - value) <= value * 0.001);
    }

    @Test
    void theExecutivesFirstPersonIsTheCompanyTheCallOpensWith() {
        List<Figure> f = read(CALL);
        String all = f.stream().map(SeedReportsFiguresTest::describe).toList().toString();
        assertTrue(has(f, "cohere", Metric.REVENUE, 88e6), all);
        assertTrue(has(f, "cohere", Metric.BURN, 12e6), all);
        assertTrue(has(f, "cohere", Metric.CASH, 600e6), all);
    }

    @Test
    void anAnalystsQuestionAboutARivalNamesNeitherTheIssuerNorTheAnalystsBank() {
        List<Figure> f = read(CALL);
        String all = f.stream().map(SeedReportsFiguresTest::describe).toList().toString();
        assertTrue(f.stream().noneMatch(x -> "goldman-sachs".equals(x.companyId())), all);
        assertTrue(f.stream().noneMatch(x -> "cohere".equals(x.companyId()) && (x.value() == 450e6 || x.value() == 900e6 || x.value() == 14e9 || x.value() == 30)), all);
        assertTrue(has(f, "cohere", Metric.MARKET_SHARE, 12), "\"your 12%\" is the issuer's: " + all);
    }
}
