package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report read as a discourse: who a sentence is about, enumerations, headings, tables, fragments, the author. */
class DiscourseReadingTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private static List<Figure> read(String text, String language) {
        return EXTRACTOR.extract(text, language, MATCHER.find(text));
    }

    private static Figure find(List<Figure> figures, String company, String metric, double value) {
        return FigureAssertions.find(figures, company, metric, value);
    }

    @Test
    void aDefiniteDescriptionPointsToTheCompanyThePassageIsAbout() {
        List<Figure> f = read("KI aus Heidelberg\n\nAleph Alpha baut Sprachmodelle für Behörden. Das Heidelberger "
                + "Unternehmen hat bislang 40 Mio. Euro eingesammelt.", "de");
        Figure funding = find(f, "aleph-alpha", Metric.FUNDING, 40e6);
        assertEquals("EUR", funding.currency());
        assertEquals("total", funding.per(), "raised so far is a cumulative amount");
    }

    @Test
    void anEnumerationKeepsItsMetricForAmountsWithoutACue() {
        List<Figure> f = read("Mistral AI wird mit 6 Mrd. Euro bewertet, DeepL mit 2 Mrd., Black Forest Labs mit 900 Mio.", "de");
        find(f, "mistral-ai", Metric.VALUATION, 6e9);
        assertEquals("EUR", find(f, "deepl", Metric.VALUATION, 2e9).currency());
        find(f, "black-forest-labs", Metric.VALUATION, 900e6);
    }

    @Test
    void companiesThatEachHoldAShareGetOneFigureEachWithItsBasis() {
        List<Figure> f = read("Cohere and Mistral AI each hold about 12% of developer usage.", "en");
        assertEquals("developer usage", find(f, "cohere", Metric.MARKET_SHARE, 12).basis());
        assertEquals("developer usage", find(f, "mistral-ai", Metric.MARKET_SHARE, 12).basis());
    }

    @Test
    void aSectionHeadingNamesTheMetricOfTheLinesBeneathIt() {
        List<Figure> f = read("Europas KI-Anbieter\n\nBewertungen\n\nParloa: 1 Mrd. US-Dollar. Helsing: 5 Mrd. Euro.", "de");
        find(f, "parloa", Metric.VALUATION, 1e9);
        find(f, "helsing", Metric.VALUATION, 5e9);
    }

    @Test
    void aMarkdownTableTakesCompanyFromTheRowAndMetricAndYearFromTheColumn() {
        String text = "Vendors\n\n| Vendor | Share 2024 | Share 2025 |\n\n| OpenAI | 34% | 27% |\n\n| Anthropic | 12% | 24% |\n";
        List<Figure> f = read(text, "en");
        assertEquals("2025", find(f, "anthropic", Metric.MARKET_SHARE, 24).period());
        assertEquals("2024", find(f, "openai", Metric.MARKET_SHARE, 34).period());
    }

    @Test
    void aFixedWidthTableWithADeclaredUnitScalesItsBareNumbersAndAYearIsNeverAnAmount() {
        String text = "MiniMax prospectus excerpt\n\nMiniMax sells models.\n\n單位：百萬美元\n\n"
                + "年度      收入      淨虧損\n2023      3.5       269\n2024      30.5      465\n";
        List<Figure> f = read(text, "zh-Hant");
        Figure revenue = find(f, "minimax", Metric.REVENUE, 30.5e6);
        assertEquals("USD", revenue.currency());
        assertEquals("2024", revenue.period());
        find(f, "minimax", Metric.NET_LOSS, 269e6);
        assertTrue(f.stream().noneMatch(x -> x.value() == 2023 || x.value() == 2023e6), "a year is not an amount");
    }

    @Test
    void keyValueFragmentsBelongToTheCompanyOfTheDocument() {
        String text = "Mistral AI: investor deck\n\nKey figures\n\n- ARR: €60M\n- Monthly burn — €18M\n- Gross margin: 48%\n- Employees: 650\n";
        List<Figure> f = read(text, "en");
        assertEquals("year", find(f, "mistral-ai", Metric.REVENUE, 60e6).per());
        assertEquals("month", find(f, "mistral-ai", Metric.BURN, 18e6).per());
        find(f, "mistral-ai", Metric.GROSS_MARGIN, 48);
        assertTrue(f.stream().noneMatch(x -> x.value() == 650), "a head count is not an amount");
    }

    @Test
    void theFirstPersonIsTheCompanyWhoseDocumentItIs() {
        String text = "Cohere: letter to shareholders\n\nWe had a strong year. Our revenue reached $100 million, "
                + "and we ended the year with $400 million in cash. We burn about $5 million a month.";
        List<Figure> f = read(text, "en");
        find(f, "cohere", Metric.REVENUE, 100e6);
        find(f, "cohere", Metric.CASH, 400e6);
        find(f, "cohere", Metric.BURN, 5e6);
    }

    @Test
    void aProductFigureBelongsToItsMakerWithTheProductNamed() {
        List<Figure> f = read("ChatGPT alone brings in $10 billion a year.", "en");
        assertEquals("ChatGPT", find(f, "openai", Metric.REVENUE, 10e9).product());
    }

    @Test
    void anEarlierValueKeepsItsMetricAndAYearlyFlowIsPerYear() {
        List<Figure> f = read("Anthropic was valued at $183 billion, up from $61.5 billion in the previous round. "
                + "Anthropic made revenue of $5 billion in 2025.", "en");
        find(f, "anthropic", Metric.VALUATION, 61.5e9);
        assertEquals("year", find(f, "anthropic", Metric.REVENUE, 5e9).per());
    }

    @Test
    void taiwanDollarsWrittenBeforeTheNumberStayTaiwanDollars() {
        List<Figure> f = read("語森科技完成募資新台幣4.5億元。", "zh-Hant");
        assertFalse(f.isEmpty());
        assertEquals("TWD", f.get(0).currency());
    }
}
