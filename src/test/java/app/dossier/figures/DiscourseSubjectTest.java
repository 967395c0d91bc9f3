package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.dossier.figures.FigureExtractorTest.assertFigure;
import static app.dossier.figures.FigureExtractorTest.extract;
import static app.dossier.figures.FigureExtractorTest.valued;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who a sentence is about when it names no company, and which metric an amount takes from the passage
 * (issue 9, items 1 to 4). Companies, places and amounts are invented.
 */
class DiscourseSubjectTest {

    @Test
    void aDescriptionOpeningTheSentenceBeforeKeepsItsSubjectOverTheInvestorNamedInIt() {
        List<Figure> f = extract("""
                Europas Modellbauer

                Der größte Fall bleibt Velora. Das Lyoner Start-up hat im Mai in einer von Kestrel angeführten Runde
                900 Mio. Euro eingesammelt, Kestrel allein steuerte 600 Mio. Euro bei. Die Bewertung stieg dabei auf
                rund 6 Mrd. Euro. Für das Jahr peilte das Unternehmen einen Umsatz von 150 Mio. Euro an.""",
                "de", "Velora=velora", "Kestrel=kestrel");
        assertFigure(valued(f, 6e9), "velora", Metric.VALUATION, "EUR");
        assertFigure(valued(f, 1.5e8), "velora", Metric.REVENUE, "EUR");
    }

    @Test
    void inhabitantsOfATownStandForTheCompanyNamedBefore() {
        List<Figure> f = extract("""
                Wochenrückblick

                An der Spitze steht Velora. Die Grazer haben eine Runde über 70 Mio. Euro abgeschlossen, angeführt von
                Kestrel. Das Unternehmen wird seither mit 400 Mio. Euro bewertet.""",
                "de", "Velora=velora", "Kestrel=kestrel");
        assertFigure(valued(f, 4e8), "velora", Metric.VALUATION, "EUR");
    }

    @Test
    void aCompanyNamedInsideADescribedSentenceIsNotItsSubject() {
        List<Figure> f = extract("瀚岳智能今日宣布完成新一輪募資。這家公司成立於2018年，由前鼎晟工程師創辦。其2024年營收為5.2億元，毛利率約41%。",
                "zh", "瀚岳智能=hanyue", "鼎晟=dingsheng");
        assertFigure(valued(f, 5.2e8), "hanyue", Metric.REVENUE, "CNY");
        assertFigure(valued(f, 41), "hanyue", Metric.GROSS_MARGIN, null);
    }

    @Test
    void aSentenceNamingTheRoundsInvestorsContinuesTheCompanyBeforeIt() {
        List<Figure> f = extract("""
                Velora has raised $200 million in a Series C. The round was led by Kestrel Partners, with Arcadia and \
                existing backers also taking part. It marks a climb from the company's previous valuation of $700 million.""",
                "en", "Velora=velora", "Kestrel Partners=kestrel", "Arcadia=arcadia");
        assertEquals("velora", valued(f, 7e8).companyId());
    }

    @Test
    void anEarlierValueNamedRightBeforeItsAmountKeepsTheMetricNotTheRoundItNames() {
        List<Figure> de = extract("Velora: knapp 1,2 Mrd. € Bewertung, nach 640 Mio. € in der Vorrunde.", "de", "Velora=velora");
        assertFigure(valued(de, 6.4e8), "velora", Metric.VALUATION, "EUR");
        List<Figure> en = extract("Velora closed a Series B at a $900 million valuation, up from $300 million at the Series A.",
                "en", "Velora=velora");
        assertFigure(valued(en, 3e8), "velora", Metric.VALUATION, "USD");
    }

    @Test
    void anEarlierValueOpeningTheNextSentenceKeepsTheMetric() {
        List<Figure> f = extract("Velora is now valued at $50 billion. That's up from $30 billion in the previous round.",
                "en", "Velora=velora");
        assertFigure(valued(f, 3e10), "velora", Metric.VALUATION, "USD");
    }

    @Test
    void aRoundAtAValuationIsFundingAndTheValuationIsTheAmountBehindIt() {
        List<Figure> f = extract("Velora (Lisbon) closed $22M at a $140M valuation.", "en", "Velora=velora");
        assertFigure(valued(f, 2.2e7), "velora", Metric.FUNDING, "USD");
        assertFigure(valued(f, 1.4e8), "velora", Metric.VALUATION, "USD");
        List<Figure> post = extract("Velora raised $12M at $70M post in 2024.", "en", "Velora=velora");
        assertFigure(valued(post, 7e7), "velora", Metric.VALUATION, "USD");
    }

    @Test
    void aShareOfSpendingIsAMarketShareEvenWhenTheSpendersAreNamed() {
        List<Figure> f = extract("Velora holds about 18% of US hospitals' spending on clinical AI.", "en", "Velora=velora");
        assertFigure(valued(f, 18), "velora", Metric.MARKET_SHARE, null);
    }

    @Test
    void percentagesContinuingAShareStatementAreSharesOfEachCompany() {
        List<Figure> f = extract("Velora holds 38% of the market. Kestrel and Arcadia each hold about 11%.",
                "en", "Velora=velora", "Kestrel=kestrel", "Arcadia=arcadia");
        assertEquals(2, f.stream().filter(x -> x.value() == 11 && Metric.MARKET_SHARE.equals(x.metric())).count(), f::toString);
    }

    @Test
    void companiesNamedBeforeRespectivelyTakeTheAmountsInOrder() {
        List<Figure> zh = extract("在国内大模型公有云市场，星辰云以35%的市场份额居首，星河云与北辰云分别以14%和9%位列其后。", "zh",
                "星辰云=xingchen", "星河云=xinghe", "北辰云=beichen");
        assertFigure(valued(zh, 14), "xinghe", Metric.MARKET_SHARE, null);
        assertFigure(valued(zh, 9), "beichen", Metric.MARKET_SHARE, null);
        List<Figure> en = extract("Kestrel and Arcadia hold 12% and 9% of the market, respectively.",
                "en", "Kestrel=kestrel", "Arcadia=arcadia");
        assertEquals("kestrel", valued(en, 12).companyId());
        assertEquals("arcadia", valued(en, 9).companyId());
    }
}
