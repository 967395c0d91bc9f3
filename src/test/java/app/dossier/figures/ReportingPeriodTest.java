package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.dossier.figures.FigureAssertions.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which period a flow is counted over: a month's 營收, a quarter of an earnings call, a year-to-date total. */
class ReportingPeriodTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private static List<Figure> read(String text, String language) {
        return EXTRACTOR.extract(text, language, MATCHER.find(text));
    }

    @Test
    void anEarningsCallsRevenueIsTheQuartersUnlessItsSentenceNamesTheYear() {
        String call = "Nvidia Corporation\nQ2 Fiscal 2026 Earnings Call -- Transcript\n\n"
                + "CEO: Thank you. Nvidia had a strong quarter. Revenue came in at $46.7 billion, a record.\n\n"
                + "CFO: For the full fiscal year we now expect revenue of about $190 billion.\n";
        List<Figure> f = read(call, "en");
        assertEquals("quarter", find(f, "nvidia", Metric.REVENUE, 46.7e9).per());
        assertEquals("year", find(f, "nvidia", Metric.REVENUE, 190e9).per());
    }

    @Test
    void outsideAResultsDocumentAnUnqualifiedRevenueStaysYearly() {
        List<Figure> f = read("Nvidia's revenue reached $130 billion, analysts said.", "en");
        assertEquals("year", find(f, "nvidia", Metric.REVENUE, 130e9).per());
    }

    @Test
    void aQuarterSaidBesideTheAmountIsItsPeriod() {
        List<Figure> f = read("Nvidia booked revenue of $39.3 billion in the quarter.", "en");
        assertEquals("quarter", find(f, "nvidia", Metric.REVENUE, 39.3e9).per());
    }

    @Test
    void aMonthsRevenueIsMonthlyAndTheYearToDateTotalOfTheNextClauseStaysItsOwn() {
        List<Figure> f = read("鴻海（2317）公布10月營收7,200億元，年增12%，前十月累計營收6兆1,500億元。", "zh-Hant");
        assertEquals("month", find(f, "foxconn", Metric.REVENUE, 7.2e11).per());
        assertEquals("total", find(f, "foxconn", Metric.REVENUE, 6.15e12).per());
    }

    @Test
    void trillionsAreReadAloneAndWithTheRestOfTheAmountButMegawattsAreNotMoney() {
        List<Figure> f = read("鴻海第三季營收約2.06兆元。鴻海前三季累計營收5兆3,120億元。鴻海新廠用電達300兆瓦。", "zh-Hant");
        assertEquals("quarter", find(f, "foxconn", Metric.REVENUE, 2.06e12).per());
        find(f, "foxconn", Metric.REVENUE, 5.312e12);
        org.junit.jupiter.api.Assertions.assertTrue(f.stream().noneMatch(x -> x.value() >= 3e14), () -> f.toString());
    }
}
