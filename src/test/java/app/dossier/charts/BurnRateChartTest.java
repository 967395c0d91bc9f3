package app.dossier.charts;

import app.dossier.model.Figure;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static app.dossier.charts.ChartFixtures.BRIEFING;
import static app.dossier.charts.ChartFixtures.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BurnRateChartTest {

    private static ChartResult.Point point(ChartResult r, String series, String company) {
        return r.series().stream().filter(s -> s.name().equals(series)).flatMap(s -> s.points().stream())
                .filter(p -> p.company().equals(company)).findFirst().orElse(null);
    }

    @Test
    void runwayIsCashDividedByMonthlyBurn() {
        ChartResult r = Charts.build(ChartType.BURN_RATE, ChartFixtures.input(ChartFixtures.burnFigures()).build()).result();
        assertEquals(2.5e9 / 3e8, point(r, BurnRateChart.RUNWAY, "Zhipu AI").value(), 1e-9);
        assertEquals("8.3 mo", point(r, BurnRateChart.RUNWAY, "Zhipu AI").label());
        ChartResult.Point minimax = point(r, BurnRateChart.RUNWAY, "MiniMax");
        assertEquals(3.5, minimax.value(), 1e-9);
        assertTrue(minimax.approx(), "cash given as roughly 7 billion makes the runway approximate");
        assertEquals("≈3.5 mo", minimax.label());
    }

    @Test
    void moneyIsConvertedToTheChosenCurrencyAndTheRateIsStatedOnTheChart() {
        BuiltChart chart = Charts.build(ChartType.BURN_RATE, ChartFixtures.input(ChartFixtures.burnFigures()).build());
        assertEquals(2.5e9 * 0.14, point(chart.result(), BurnRateChart.CASH, "Zhipu AI").value(), 1);
        assertEquals(3e8 * 0.14, point(chart.result(), BurnRateChart.BURN, "Zhipu AI").value(), 1);
        assertEquals("$350M", point(chart.result(), BurnRateChart.CASH, "Zhipu AI").label());
        String subtitles = subtitles(chart);
        assertTrue(subtitles.contains("CNY→USD at 0.14"), subtitles);
        assertTrue(subtitles.contains("rates as of 2025-11-01"), subtitles);
        assertEquals("USD", chart.result().currency());
        assertEquals(0.14, chart.result().rates().conversions().get(0).rate(), 1e-12);

        ChartResult eur = Charts.build(ChartType.BURN_RATE, ChartFixtures.input(ChartFixtures.burnFigures())
                .currency("EUR").build()).result();
        assertEquals(2.5e9 * 0.14 / 1.16, point(eur, BurnRateChart.CASH, "Zhipu AI").value(), 1);
        assertEquals(2.5e9 / 3e8, point(eur, BurnRateChart.RUNWAY, "Zhipu AI").value(), 1e-9,
                "runway does not depend on the display currency");
    }

    @Test
    void rejectedFiguresNeverCountAndSuggestedOnlyWhenAskedFor() {
        ChartResult confirmedOnly = Charts.build(ChartType.BURN_RATE,
                ChartFixtures.input(ChartFixtures.burnFigures()).build()).result();
        assertEquals(3e8 * 0.14, point(confirmedOnly, BurnRateChart.BURN, "Zhipu AI").value(), 1,
                "the rejected 9 billion burn is ignored");
        assertNull(point(confirmedOnly, BurnRateChart.BURN, "Example Labs"), "suggested burn left out by default");

        ChartResult withSuggested = Charts.build(ChartType.BURN_RATE,
                ChartFixtures.input(ChartFixtures.burnFigures()).includeSuggested(true).build()).result();
        assertEquals(1e7, point(withSuggested, BurnRateChart.BURN, "Example Labs").value(), 1e-3,
                "a burn of 120 million per year is 10 million per month");
        assertEquals(6.0, point(withSuggested, BurnRateChart.RUNWAY, "Example Labs").value(), 1e-9);
        assertTrue(withSuggested.description().contains("Example Labs: across reports"), withSuggested.description());
        assertTrue(withSuggested.description().contains("Zhipu AI: from one report"), withSuggested.description());
    }

    @Test
    void aBurnWithoutPeriodCountsAsMonthlyOnlyWhenItsQuoteSaysSo() {
        List<Figure> figures = new ArrayList<>(List.of(
                figure("c1", BRIEFING, "zhipu-ai", "cash", 2.5e9, null, "CNY", null, false, "现金25亿元", "confirmed"),
                figure("b1", BRIEFING, "zhipu-ai", "burn", 3e8, null, "CNY", null, false, "公司每月亏损约3亿元", "confirmed"),
                figure("c2", BRIEFING, "minimax", "cash", 7e9, null, "CNY", null, false, "cash of 7 billion", "confirmed"),
                figure("b2", BRIEFING, "minimax", "burn", 2e9, null, "CNY", null, false, "it burned 2 billion", "confirmed")));
        ChartResult r = Charts.build(ChartType.BURN_RATE, ChartFixtures.input(figures).build()).result();
        assertEquals(2.5e9 / 3e8, point(r, BurnRateChart.RUNWAY, "Zhipu AI").value(), 1e-9);
        assertNull(point(r, BurnRateChart.RUNWAY, "MiniMax"));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("MiniMax: burn without a stated period")), r.notes().toString());
    }

    @Test
    void everyPlottedItemLeadsBackToItsFiguresWithATooltipNamingReportAndQuote() {
        BuiltChart chart = Charts.build(ChartType.BURN_RATE, ChartFixtures.input(ChartFixtures.burnFigures()).build());
        assertEquals(List.of("f-zhipu-cash", "f-zhipu-burn"),
                chart.sourcesAt(BurnRateChart.RUNWAY, "Zhipu AI").stream().map(Figure::id).collect(Collectors.toList()));
        assertEquals(List.of("f-zhipu-burn"), FigureSelection.ids(chart.sourcesAt(BurnRateChart.BURN, "Zhipu AI")));
        assertEquals(List.of("f-zhipu-burn"), point(chart.result(), BurnRateChart.BURN, "Zhipu AI").sources());

        CategoryPlot plot = chart.chart().getCategoryPlot();
        int row = plot.getDataset(0).getRowIndex(BurnRateChart.BURN);
        int col = plot.getDataset(0).getColumnIndex("Zhipu AI");
        String tip = plot.getRenderer(0).getToolTipGenerator(row, col).generateToolTip(plot.getDataset(0), row, col);
        assertTrue(tip.contains("$42M per month"), tip);
        assertTrue(tip.contains("China model makers: the cash question"), tip);
        assertTrue(tip.contains("每月烧掉3亿元"), tip);
        assertTrue(subtitles(chart).contains("Sources: China model makers: the cash question"));
    }

    @Test
    void runwayMarksSitOnTheirOwnCompany() {
        BuiltChart chart = Charts.build(ChartType.BURN_RATE, ChartFixtures.input(ChartFixtures.burnFigures()).build());
        CategoryPlot plot = chart.chart().getCategoryPlot();
        assertEquals(plot.getDataset(0).getColumnKeys(), plot.getDataset(1).getColumnKeys());
        assertNull(plot.getDataset(1).getValue(BurnRateChart.RUNWAY, "Moonshot AI"), "cash without burn has no runway");
        assertNotNull(plot.getDataset(1).getValue(BurnRateChart.RUNWAY, "Zhipu AI"));
    }

    @Test
    void companiesCanBeLabelledInTheirOriginalScript() {
        ChartResult r = Charts.build(ChartType.BURN_RATE, ChartFixtures.input(ChartFixtures.burnFigures())
                .originalScriptNames(true).build()).result();
        assertNotNull(point(r, BurnRateChart.RUNWAY, "智谱"));
        assertNotNull(point(r, BurnRateChart.CASH, "Example Labs"), "no Chinese alias: keeps the English name");
        assertFalse(r.toJson().isEmpty());
    }

    static String subtitles(BuiltChart chart) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chart.chart().getSubtitleCount(); i++) {
            if (chart.chart().getSubtitle(i) instanceof TextTitle t) {
                sb.append(t.getText()).append('\n');
            }
        }
        return sb.toString();
    }
}
