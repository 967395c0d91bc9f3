package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.dossier.figures.FigureExtractorTest.assertFigure;
import static app.dossier.figures.FigureExtractorTest.extract;
import static app.dossier.figures.FigureExtractorTest.valued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Who a figure belongs to when its sentence does not say it outright; companies are invented. */
class SubjectCarryOverTest {

    @Test
    void aCueOfThePreviousSentenceDoesNotTurnAParagraphSubjectIntoASource() {
        List<Figure> f = extract("Velora burns 90 million dollars per month.\n\nQuintex has some $3 billion in cash.",
                "en", "Velora=velora", "Quintex=quintex");
        assertFigure(valued(f, 3e9), "quintex", Metric.CASH, "USD");
    }

    @Test
    void readsMonthlySpendingAsBurnOfTheSubject() {
        List<Figure> f = extract("Quintex has 4 billion yuan in cash; it spends 600 million yuan every month.", "en", "Quintex=quintex");
        Figure burn = valued(f, 6e8);
        assertFigure(burn, "quintex", Metric.BURN, "CNY");
        assertEquals("month", burn.per());
    }

    @Test
    void spendingWithoutAMonthIsNotABurnRate() {
        List<Figure> f = extract("Quintex spent $300 million on a new data centre.", "en", "Quintex=quintex");
        assertNotEquals(Metric.BURN, valued(f, 3e8).metric());
    }

    @Test
    void carriesTheSubjectOverASentenceThatNamesNoCompany() {
        List<Figure> f = extract("Das Start-up Velora sammelt 80 Mio. Euro ein. Die Bewertung liegt damit bei 1 Mrd. Euro. "
                + "Es erzielt einen Jahresumsatz von rund 20 Millionen Euro.", "de", "Velora=velora");
        assertFigure(valued(f, 8e7), "velora", Metric.FUNDING, "EUR");
        assertFigure(valued(f, 2e7), "velora", Metric.REVENUE, "EUR");
    }

    @Test
    void aPronounReachesBackIntoThePreviousParagraphButABareSentenceDoesNot() {
        List<Figure> withPronoun = extract("Quintex完成新一轮融资。\n\n该公司每月烧钱约1亿元。", "zh", "Quintex=quintex");
        assertFigure(valued(withPronoun, 1e8), "quintex", Metric.BURN, "CNY");
        List<Figure> without = extract("Quintex完成新一轮融资。\n\n行业每月烧钱约1亿元。", "zh", "Quintex=quintex");
        assertNull(valued(without, 1e8).companyId());
    }

    @Test
    void aPronounAfterAnOpeningSentenceAboutAnUnknownNameStaysInItsParagraph() {
        List<Figure> f = extract("Velora lost $2 billion last year.\n\nSome smaller rival has scaled back. It had about $900 million in funding.",
                "en", "Velora=velora");
        assertNull(valued(f, 9e8).companyId());
    }

    @Test
    void monthlySpendingInItsOwnClauseBeatsACashCueOfTheClauseBefore() {
        List<Figure> f = extract("Quintex的现金储备约为30亿元，每月支出约8000万元。", "zh", "Quintex=quintex");
        assertFigure(valued(f, 8e7), "quintex", Metric.BURN, "CNY");
        assertFigure(valued(f, 3e9), "quintex", Metric.CASH, "CNY");
    }

    @Test
    void anIndustryTotalAfterACompanySentenceBelongsToNoCompany() {
        List<Figure> en = extract("Velora raised $2 billion in May. Overall, AI startups raised $50 billion in the quarter.", "en", "Velora=velora");
        assertNull(valued(en, 5e10).companyId());
        List<Figure> zh = extract("Quintex完成新一轮融资。全球AI行业全年融资总额达到1000亿美元。", "zh", "Quintex=quintex");
        assertNull(valued(zh, 1e11).companyId());
    }

    @Test
    void anEarlierValueComparedWithKeepsTheMonthlyRateNotAYearAgo() {
        List<Figure> f = extract("Velora burns through $40 million every month, up from $25 million a year ago.", "en", "Velora=velora");
        Figure before = valued(f, 2.5e7);
        assertFigure(before, "velora", Metric.BURN, "USD");
        assertEquals("month", before.per());
    }

    @Test
    void moneyInvestedTowardsACompanyIsThatCompanysFunding() {
        List<Figure> zh = extract("Northwind向Quintex投资了6亿美元。", "zh", "Northwind=northwind", "Quintex=quintex");
        assertFigure(valued(zh, 6e8), "quintex", Metric.FUNDING, "USD");
        List<Figure> en = extract("Northwind has committed $10 billion to Quintex.", "en", "Northwind=northwind", "Quintex=quintex");
        assertFigure(valued(en, 1e10), "quintex", Metric.FUNDING, "USD");
        List<Figure> de = extract("Northwind führte eine Finanzierungsrunde über 40 Mrd. Dollar bei Quintex an.", "de",
                "Northwind=northwind", "Quintex=quintex");
        assertFigure(valued(de, 4e10), "quintex", Metric.FUNDING, "USD");
    }

    @Test
    void aGermanMonthlyLossIsALossNotTheRevenueNamedBefore() {
        List<Figure> f = extract("Quintex hat einen Umsatz von 30 Mio. Euro und verliert monatlich rund 10 Mio. Euro.", "de", "Quintex=quintex");
        assertFigure(valued(f, 3e7), "quintex", Metric.REVENUE, "EUR");
        assertFigure(valued(f, 1e7), "quintex", Metric.NET_LOSS, "EUR");
        assertEquals("month", valued(f, 1e7).per());
    }

    @Test
    void aRunRateIsYearlyAndSoIsTheEarlierValueItIsComparedWith() {
        List<Figure> f = extract("Velora's annualized revenue run rate hit $10 billion in June, up from $5.5 billion last December.",
                "en", "Velora=velora");
        assertEquals("year", valued(f, 1e10).per());
        assertFigure(valued(f, 5.5e9), "velora", Metric.REVENUE, "USD");
        assertEquals("year", valued(f, 5.5e9).per());
    }

    @Test
    void aCompanyNamedInsideAnAppositionLeavesTheFigureToTheHead() {
        List<Figure> de = extract("Quintex, Konkurrent von Northwind, wird mit 18 Milliarden Dollar bewertet.", "de",
                "Quintex=quintex", "Northwind=northwind");
        assertFigure(valued(de, 1.8e10), "quintex", Metric.VALUATION, "USD");
        List<Figure> en = extract("Quintex, a rival of Northwind, raised $300 million.", "en", "Quintex=quintex", "Northwind=northwind");
        assertFigure(valued(en, 3e8), "quintex", Metric.FUNDING, "USD");
    }

    @Test
    void theLeadInvestorOfALaterClauseDoesNotMakeTheSubjectAnInvestor() {
        List<Figure> f = extract("Quintex完成40亿元B轮融资，由Northwind领投。其研发投入去年达到9亿元。",
                "zh", "Quintex=quintex", "Northwind=northwind");
        assertFigure(valued(f, 4e9), "quintex", Metric.FUNDING, "CNY");
        assertFigure(valued(f, 9e8), "quintex", Metric.RD_SPEND, "CNY");
    }

    @Test
    void aSourceReportingInAnEarlierClauseLeavesTheSubjectItsFigure() {
        List<Figure> f = extract("据Dailyline报道，Quintex近日完成约3亿美元融资。", "zh", "Dailyline=dailyline", "Quintex=quintex");
        assertFigure(valued(f, 3e8), "quintex", Metric.FUNDING, "USD");
    }

    @Test
    void aCueRightBehindTheAmountNamesIt() {
        List<Figure> f = extract("Velora raised $2 billion in a Series D round at a $30 billion post-money valuation.", "en", "Velora=velora");
        assertFigure(valued(f, 2e9), "velora", Metric.FUNDING, "USD");
        assertFigure(valued(f, 3e10), "velora", Metric.VALUATION, "USD");
    }

    @Test
    void readsAShareOfANamedMarket() {
        List<Figure> f = extract("Velora holds about 70% of the AI chip market, while Quintex's share is closer to 12%.",
                "en", "Velora=velora", "Quintex=quintex");
        assertFigure(valued(f, 70), "velora", Metric.MARKET_SHARE, null);
        assertFigure(valued(f, 12), "quintex", Metric.MARKET_SHARE, null);
    }

    @Test
    void bracketedAmountsOfAListQuoteTheirOwnCompany() {
        List<Figure> f = extract("按融资额排名：Velora（5 亿美元）和 Quintex（约 1亿美元）。", "zh", "Velora=velora", "Quintex=quintex");
        assertEquals("Velora（5 亿美元）", valued(f, 5e8).quote());
        assertEquals("Quintex（约 1亿美元）", valued(f, 1e8).quote());
    }
}
