package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static app.dossier.figures.FigureAssertions.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers written the Chinese way with a decimal point, tenths and a half, "half of" in English and German
 * (issue 9, items 10 and 16), and a list under a valuation heading introduced by a line of its own (item 4).
 */
class WrittenDecimalsAndHalvesTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();
    private final NumberReader reader = new NumberReader(NumberWords.builtin(), CueBook.builtin());

    private static List<Figure> figures(String text, String language) {
        return EXTRACTOR.extract(text, language, MATCHER.find(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "毛利率為三一．二％。|31.2|true",
            "毛利率為二六．九％。|26.9|true",
            "毛利率为３５．２％。|35.2|true",
            "營收達新台幣三十五．八億元。|3.58e9|false",
            "稅後淨利四．二億元。|4.2e8|false",
            "收入约三点五亿元。|3.5e8|false",
            "份额约为一成半。|15|true",
            "市占率约为百分之十二。|12|true",
    })
    void chineseNumeralsWithADecimalPointOrAHalfAreRead(String text, double value, boolean percent) {
        Amount a = reader.read(text, "zh").get(0);
        assertEquals(value, a.value(), value * 1e-9, text);
        assertEquals(percent, a.percent(), text);
    }

    @Test
    void digitsInARowWithoutAPointStayVagueAndAHalfOpeningAWordIsNoTenth() {
        assertTrue(reader.read("六七成的客户", "zh").isEmpty() || reader.read("六七成的客户", "zh").get(0).value() != 67);
        assertEquals(70, reader.read("七成半导体厂商已经采用。", "zh").get(0).value(), 1e-9);
    }

    @Test
    void halfOfAMarketIsAFiftyPercentShareExactUnlessHedged() {
        Figure plain = find(figures("Anthropic now holds half of the market for coding assistants.", "en"),
                "anthropic", Metric.MARKET_SHARE, 50);
        assertFalse(plain.approx());
        Figure hedged = find(figures("Anthropic now holds roughly half of the market for coding assistants.", "en"),
                "anthropic", Metric.MARKET_SHARE, 50);
        assertTrue(hedged.approx());
        find(figures("Helsing kontrolliert inzwischen die Hälfte des Marktes für Drohnensoftware.", "de"),
                "helsing", Metric.MARKET_SHARE, 50);
        Figure near = find(figures("智谱在政务大模型市场的份额已近半。", "zh"), "zhipu-ai", Metric.MARKET_SHARE, 50);
        assertTrue(near.approx());
    }

    @Test
    void theFirstHalfOfAYearIsAPeriodNotAShare() {
        List<Figure> f = figures("Anthropic doubled its market share in the first half of 2026.", "en");
        assertTrue(f.stream().noneMatch(x -> x.value() == 50), f.stream().map(SeedReportsFiguresTest::describe).toList().toString());
    }

    @Test
    void aListUnderAValuationHeadingHoldsValuationsThoughItsLeadInSpeaksOfRounds() {
        String text = "# Notiz zu europäischen Modellanbietern\n\n## Bewertungen\n\n"
                + "Die jüngsten Runden im Überblick (jeweils Post-Money):\n\n"
                + "- Kelvar Robotics mit 4,2 Mrd. $ (Mai 2025).\n"
                + "- Anthropic mit 61,5 Mrd. $ (März 2025).\n"
                + "- Ostrava Labs sammelte zuletzt 300 Mio. $ ein.\n";
        List<Figure> f = figures(text, "de");
        find(f, "anthropic", Metric.VALUATION, 61.5e9);
        Figure own = f.stream().filter(x -> x.value() == 300e6).findFirst().orElseThrow();
        assertEquals(Metric.FUNDING, own.metric(), "the line's own verb says it is a round");
    }
}
