package app.dossier.charts;

import app.dossier.model.Metric;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.IntervalCategoryDataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketShareAndFundingChartTest {

    @Test
    void aRangeIsDrawnFromItsLowToItsHighEndNotAsAMidpoint() {
        BuiltChart chart = Charts.build(ChartType.MARKET_SHARE, ChartFixtures.input(ChartFixtures.shareFigures()).build());
        CategoryPlot plot = chart.chart().getCategoryPlot();
        IntervalCategoryDataset data = (IntervalCategoryDataset) plot.getDataset();
        String series = (String) data.getRowKey(0);
        assertEquals(50.0, data.getStartValue(series, "DeepSeek").doubleValue());
        assertEquals(80.0, data.getEndValue(series, "DeepSeek").doubleValue());
        assertEquals(0.0, data.getStartValue(series, "OpenAI").doubleValue(), "a single value is a bar from zero");
        assertEquals(56.0, data.getEndValue(series, "OpenAI").doubleValue());
        assertEquals("50–80%", chart.items().label(series, "DeepSeek"));
        assertEquals("≈56%", chart.items().label(series, "OpenAI"));
        ChartResult.Point deepseek = chart.result().series().get(0).points().stream()
                .filter(p -> p.company().equals("DeepSeek")).findFirst().orElseThrow();
        assertEquals(50.0, deepseek.value());
        assertEquals(80.0, deepseek.valueMax());
    }

    @Test
    void theMetricWithMostFiguresIsChosenUnlessTheUserPicksOne() {
        ChartResult shares = Charts.build(ChartType.MARKET_SHARE, ChartFixtures.input(ChartFixtures.shareFigures()).build()).result();
        assertEquals(3, shares.series().get(0).points().size(), "three market_share figures beat one penetration figure");
        ChartResult penetration = Charts.build(ChartType.MARKET_SHARE, ChartFixtures.input(ChartFixtures.shareFigures())
                .metric(Metric.PENETRATION).build()).result();
        assertEquals(List.of("f-openai-pen"), penetration.series().get(0).points().get(0).sources());
        assertTrue(penetration.title().startsWith("Penetration"));
    }

    @Test
    void sharesOfDifferentBasesAreSeparateSeriesAndTheTitleSaysTheBasesDiffer() {
        List<app.dossier.model.Figure> figures = ChartFixtures.shareFigures().stream()
                .map(f -> Metric.MARKET_SHARE.equals(f.metric())
                        ? f.withDetails(f.companyId().startsWith("deep") ? "developer usage" : "enterprise LLM spend", null, null) : f)
                .toList();
        ChartResult result = Charts.build(ChartType.MARKET_SHARE, ChartFixtures.input(figures).build()).result();
        assertTrue(result.title().contains("different bases: developer usage; enterprise LLM spend"), result.title());
        assertTrue(result.series().stream().map(ChartResult.Series::name).allMatch(n -> n.contains("usage") || n.contains("spend")),
                "each series is one basis: " + result.series());
        ChartResult oneBasis = Charts.build(ChartType.MARKET_SHARE, ChartFixtures.input(ChartFixtures.shareFigures().stream()
                .map(f -> f.withDetails("cloud budgets", null, null)).toList()).build()).result();
        assertTrue(oneBasis.title().startsWith("Market share of cloud budgets"), oneBasis.title());
    }

    @Test
    void companyFilterKeepsOnlyTheChosenCompanies() {
        ChartResult r = Charts.build(ChartType.MARKET_SHARE, ChartFixtures.input(ChartFixtures.shareFigures())
                .companyFilter(java.util.Set.of("openai")).build()).result();
        assertEquals(List.of("OpenAI"), r.series().get(0).points().stream().map(ChartResult.Point::company).toList());
    }

    @Test
    void pieOnlyForPartsOfOneWhole() {
        ChartInput oneSurvey = ChartFixtures.input(ChartFixtures.shareFigures()).build();
        assertTrue(MarketSharePie.build(oneSurvey).isEmpty(), "figures from two reports are not parts of one whole");
        ChartInput surveyOnly = ChartFixtures.input(ChartFixtures.shareFigures().stream()
                .filter(f -> f.reportId().equals(ChartFixtures.SURVEY)).toList()).build();
        assertTrue(MarketSharePie.build(surveyOnly).isPresent(), "56 % and 24 % of one budget make a pie");
    }

    @Test
    void fundingAndValuationAreGroupedPerCompanyInOneCurrency() {
        BuiltChart chart = Charts.build(ChartType.FUNDING, ChartFixtures.input(ChartFixtures.fundingFigures()).build());
        ChartResult r = chart.result();
        ChartResult.Series valuation = r.series().stream().filter(s -> s.name().equals(FundingChart.VALUATION)).findFirst().orElseThrow();
        assertEquals(1, valuation.points().size());
        assertEquals(3.8e11, valuation.points().get(0).value(), "of two valuations without period, the larger one");
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("f-anthropic-val-old")), r.notes().toString());
        ChartResult.Point metax = r.series().get(0).points().stream()
                .filter(p -> p.company().equals("MetaX")).findFirst().orElseThrow();
        assertEquals(7.2e9 * 0.14, metax.value(), 1);
        assertTrue(metax.approx());
        assertEquals(List.of("f-metax-fund"), FigureSelection.ids(chart.sourcesAt(FundingChart.FUNDING, "MetaX")));
        assertNull(chart.chart().getCategoryPlot().getDataset().getValue(FundingChart.VALUATION, "MetaX"));
        assertTrue(BurnRateChartTest.subtitles(chart).contains("CNY→USD at 0.14"));
    }

    @Test
    void fundingRoundsAreOrderedInTimeWhenPeriodsAreKnown() {
        List<app.dossier.model.Figure> figures = List.of(
                ChartFixtures.figure("r1", ChartFixtures.LEDGER, "openai", "funding", 1e10, null, "USD", null, false, "round one", "confirmed"),
                ChartFixtures.figure("r2", ChartFixtures.LEDGER, "openai", "funding", 6.6e9, null, "USD", null, false, "round two", "confirmed"));
        assertTrue(FundingRoundsChart.build(ChartFixtures.input(figures).build()).isEmpty(), "no periods, no timeline");
        List<app.dossier.model.Figure> dated = List.of(withPeriod(figures.get(0), "2025-Q1"), withPeriod(figures.get(1), "2024-10"));
        BuiltChart chart = FundingRoundsChart.build(ChartFixtures.input(dated).build()).orElseThrow();
        assertEquals(List.of("2024-10", "2025-Q1"), chart.result().series().get(0).points().stream()
                .map(ChartResult.Point::category).toList());
        assertEquals(List.of("r1"), FigureSelection.ids(chart.sourcesAt("OpenAI", "2025-Q1")));
    }

    private static app.dossier.model.Figure withPeriod(app.dossier.model.Figure f, String period) {
        return new app.dossier.model.Figure(f.id(), f.reportId(), f.companyId(), f.metric(), f.value(), f.valueMax(),
                f.currency(), f.per(), period, f.approx(), f.start(), f.end(), f.quote(), f.origin(), f.status());
    }
}
