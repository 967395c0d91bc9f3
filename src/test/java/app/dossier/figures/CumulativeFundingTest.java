package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Money raised since founding is a total, whether a sentence or a table column says so, in every language. */
class CumulativeFundingTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private static Figure find(String text, String language, String company, String metric, double value) {
        return FigureAssertions.find(EXTRACTOR.extract(text, language, MATCHER.find(text)), company, metric, value);
    }

    @Test
    void aTotalCueOpeningALongClauseMakesTheFundingCumulative() {
        String text = "Parloa hat eine neue Runde abgeschlossen. Insgesamt hat Parloa mit dieser Runde seit der Gründung 180 Mio. Euro eingesammelt.";
        assertEquals("total", find(text, "de", "parloa", Metric.FUNDING, 180e6).per());
    }

    @Test
    void fundingSinceFoundingIsATotalInEnglishAndChinese() {
        assertEquals("total", find("The round brings Cohere's total funding to $970 million.", "en",
                "cohere", Metric.FUNDING, 970e6).per());
        assertEquals("total", find("Helsing raised $50 million. Since its founding, Helsing has raised $1.4 billion.", "en",
                "helsing", Metric.FUNDING, 1.4e9).per());
        assertEquals("total", find("智谱AI成立以来已融资超过40亿元。", "zh-Hans", "zhipu-ai", Metric.FUNDING, 4e9).per());
    }

    @Test
    void aColumnOfMoneyRaisedToDateHoldsTotalsWhileARevenueColumnStaysYearly() {
        String text = "Peers\n\n| Company | Revenue 2024 ($m) | Raised to date ($m) |\n\n| Cohere | 70 | 970 |\n\n| DeepL | 180 | 400 |\n";
        assertEquals("total", find(text, "en", "deepl", Metric.FUNDING, 400e6).per());
        assertNotEquals("total", find(text, "en", "deepl", Metric.REVENUE, 180e6).per());
        String german = "Vergleich\n\nin Mio. €\n\nUnternehmen   Bewertung   Finanzierung gesamt\n\nParloa   900   180\n\nHelsing   5.000   800\n";
        assertEquals("total", find(german, "de", "helsing", Metric.FUNDING, 800e6).per());
    }
}
