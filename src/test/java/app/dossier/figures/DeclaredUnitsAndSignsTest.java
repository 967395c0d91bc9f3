package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.dossier.figures.FigureAssertions.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Financial statements as analysts paste them: a unit declared once per table, currency signs set apart from
 * the numbers, bands over the columns ("Three Months Ended"), results in brackets, rounds as row labels, and
 * the company a research note covers.
 */
class DeclaredUnitsAndSignsTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private static List<Figure> read(String text, String language) {
        return EXTRACTOR.extract(text, language, MATCHER.find(text));
    }

    private static boolean none(List<Figure> figures, String metric, double value) {
        return figures.stream().noneMatch(f -> metric.equals(f.metric()) && Math.abs(f.value() - value) <= value * 0.001);
    }

    /** A 10-Q excerpt: "(in thousands)", "$" only on the first and last rows, a quarter band and a half-year band. */
    private static final String STATEMENT = "Cohere: what the filing says\n\n"
            + "Cohere sells language models to banks and insurers.\n\n"
            + "(in thousands)\n"
            + "                          Three Months Ended           Six Months Ended\n"
            + "                       Jun 30, 2025  Jun 30, 2024  Jun 30, 2025  Jun 30, 2024\n"
            + "Revenue                $    52,310   $    31,004   $    98,122   $    57,480\n"
            + "Research and development    40,118        33,209        79,954        61,377\n"
            + "Operating income (loss)     (6,204)       (9,870)      (12,601)      (18,455)\n"
            + "Net income (loss)      $    (4,912)  $     1,215   $    (9,140)  $    (2,033)\n";

    @Test
    void rowsWithoutASignAreInTheCurrencyTheOtherRowsShow() {
        List<Figure> f = read(STATEMENT, "en");
        Figure rd = find(f, "cohere", Metric.RD_SPEND, 40_118_000);
        assertEquals("USD", rd.currency());
        assertEquals("USD", find(f, "cohere", Metric.REVENUE, 52_310_000).currency());
    }

    @Test
    void aBandOfThreeMonthsMakesAQuarterAndOneOfSixMonthsNoRate() {
        List<Figure> f = read(STATEMENT, "en");
        assertEquals("quarter", find(f, "cohere", Metric.REVENUE, 31_004_000).per());
        assertEquals("quarter", find(f, "cohere", Metric.RD_SPEND, 40_118_000).per());
        assertNull(find(f, "cohere", Metric.REVENUE, 98_122_000).per(), "six months are neither a quarter nor a year");
    }

    @Test
    void aResultInBracketsIsANetLossAndAPositiveResultIsNone() {
        List<Figure> f = read(STATEMENT, "en");
        Figure loss = find(f, "cohere", Metric.NET_LOSS, 4_912_000);
        assertTrue(loss.value() > 0, "a loss is kept as its magnitude");
        assertTrue(none(f, Metric.NET_LOSS, 1_215_000), "a profit of the quarter is no loss");
        assertTrue(none(f, Metric.NET_LOSS, 6_204_000), "an operating loss is not the net loss");
    }

    @Test
    void twoTablesInOneNoteKeepTheirOwnUnits() {
        String text = "Aleph Alpha (ALPH)          Rating: Hold\n\n"
                + "Our model (USD m, FY ends December)\n\n"
                + "                 FY2024A    FY2025E\n"
                + "Revenue             41.5       63.0\n"
                + "Net income (loss)  (18.2)       4.1\n\n"
                + "From the annual report (in thousands of EUR)\n\n"
                + "                    2023        2024\n"
                + "Revenue           29,870      38,412\n"
                + "R&D expense       14,002      17,560\n";
        List<Figure> f = read(text, "en");
        Figure model = find(f, "aleph-alpha", Metric.REVENUE, 41.5e6);
        assertEquals("USD", model.currency());
        assertEquals("2024", model.period());
        assertTrue(find(f, "aleph-alpha", Metric.REVENUE, 63e6).forecast(), "FY2025E is an estimate");
        assertEquals("EUR", find(f, "aleph-alpha", Metric.REVENUE, 38_412_000).currency());
        assertEquals(17_560_000, find(f, "aleph-alpha", Metric.RD_SPEND, 17_560_000).value(), 1);
        find(f, "aleph-alpha", Metric.NET_LOSS, 18.2e6);
        assertTrue(none(f, Metric.NET_LOSS, 4.1e6), "the estimated profit is no loss");
    }

    @Test
    void aResearchNoteIsAboutTheCompanyItsOpeningNamesWithATicker() {
        String text = "Aleph Alpha (ALPH)                 Rating: BUY\n"
                + "Sovereign AI demand holds up        Price target: EUR 40\n\n"
                + "Nvidia keeps most of the training market, and Nvidia's new parts ship in volume. Nvidia guided up.\n\n"
                + "Table 1: estimates (EUR m)\n\n"
                + "                 CY24A     CY25E\n"
                + "Revenue           38.4      57.0\n"
                + "Gross margin (%)  61.0      64.5\n";
        List<Figure> f = read(text, "en");
        Figure revenue = find(f, "aleph-alpha", Metric.REVENUE, 38.4e6);
        assertEquals("2024", revenue.period(), "CY24A is the year 2024");
        assertFalse(revenue.forecast());
        assertTrue(find(f, "aleph-alpha", Metric.GROSS_MARGIN, 64.5).forecast());
    }

    @Test
    void aTickerColumnBeforeTheNameStillNamesTheRow() {
        String text = "Peer table (calendar 2025E)\n\n"
                + "Ticker  Company          Rev (USD bn)   GM (%)   Share (%)\n"
                + "NVDA    Nvidia                 190.5     71.0        ~78\n"
                + "AVGO    Broadcom                60.1     66.2         ~7\n";
        List<Figure> f = read(text, "en");
        assertEquals("USD", find(f, "broadcom", Metric.REVENUE, 60.1e9).currency());
        assertTrue(find(f, "nvidia", Metric.MARKET_SHARE, 78).approx(), "\"~78\" is a rounded share");
    }

    @Test
    void aProspectusTableWithoutBarsOrCompanyLabelsBelongsToTheIssuer() {
        String text = "智谱AI\n\n[编纂]\n\n本文件为草拟本，[REDACTED]及[●]处资料尚待填写。\n\n"
                + "我们是一家大模型公司。我们的竞争对手包括月之暗面。月之暗面于去年完成融资。\n\n"
                + "下表载列我们的综合损益表概要：\n\n"
                + "                 截至12月31日止年度             截至6月30日止六个月\n"
                + "             2023年       2024年       2024年       2025年\n"
                + "                              （人民币千元）\n"
                + "收入        120,400      260,880      101,300      177,020\n"
                + "年内亏损    (80,110)     (95,440)     (40,020)     (38,600)\n\n"
                + "自成立以来，我们已完成多轮融资，投资者包括多家产业基金及国有资本。\n\n"
                + "轮次        融资金额            投后估值\n"
                + "天使轮      人民币2,000万元     —\n"
                + "B轮         人民币6.0亿元       人民币40亿元\n";
        List<Figure> f = read(text, "zh-Hans");
        Figure revenue = find(f, "zhipu-ai", Metric.REVENUE, 260_880_000);
        assertEquals("CNY", revenue.currency());
        assertEquals("year", revenue.per());
        assertNull(find(f, "zhipu-ai", Metric.REVENUE, 177_020_000).per(), "a half year's revenue has no yearly rate");
        find(f, "zhipu-ai", Metric.NET_LOSS, 95_440_000);
        find(f, "zhipu-ai", Metric.FUNDING, 600_000_000);
        find(f, "zhipu-ai", Metric.VALUATION, 4_000_000_000.0);
        assertTrue(f.stream().noneMatch(x -> "moonshot-ai".equals(x.companyId())), "the rival named above the table owns none of it");
    }
}
