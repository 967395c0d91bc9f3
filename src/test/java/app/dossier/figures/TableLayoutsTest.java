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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables however they are drawn (box-drawing characters, +---+ rules, pipes without outer bars), the unit they
 * declare in a corner cell or a note below, columns of changes, and columns of forecasts.
 */
class TableLayoutsTest {
    private static final CompanyMatcher MATCHER = new CompanyMatcher(CompanyRegistry.builtin());
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private static List<Figure> read(String text, String language) {
        return EXTRACTOR.extract(text, language, MATCHER.find(text));
    }

    @Test
    void aTableDrawnWithBoxCharactersIsReadInTheUnitItsCaptionDeclares() {
        String text = "智谱AI经营数据一览\n\n智谱AI今年继续扩大企业客户。\n\n关键数据（单位：人民币万元）\n"
                + "┌──────────┬──────────┬──────────┐\n│ 项目     │  2023年度 │  2024年度 │\n"
                + "├──────────┼──────────┼──────────┤\n│ 营业收入 │    12,400 │    31,800 │\n"
                + "│ 净亏损   │    45,100 │    52,300 │\n└──────────┴──────────┴──────────┘\n注：2024年数据未经审计。\n";
        List<Figure> f = read(text, "zh-Hans");
        Figure revenue = find(f, "zhipu-ai", Metric.REVENUE, 318e6);
        assertEquals("CNY", revenue.currency());
        assertEquals("2024", revenue.period());
        assertEquals("2023", find(f, "zhipu-ai", Metric.NET_LOSS, 451e6).period());
    }

    @Test
    void anAsciiTableWithPlusAndEqualsRulesKeepsItsHeaderOfYears() {
        String text = "Cohere: financial summary\n\nCohere sells models to enterprises.\n\n(in millions of USD)\n"
                + "+-----------+-------+-------+\n| Metric    | 2024  | 2025  |\n+===========+=======+=======+\n"
                + "| Revenue   | 70    | 150   |\n| Net loss  | 210   | 180   |\n+-----------+-------+-------+\n";
        List<Figure> f = read(text, "en");
        assertEquals("2025", find(f, "cohere", Metric.REVENUE, 150e6).period());
        assertEquals("USD", find(f, "cohere", Metric.NET_LOSS, 210e6).currency());
    }

    @Test
    void pipesWithoutOuterBarsFormATableWithYearsDownAndAForecastRow() {
        String text = "Memo: Aleph Alpha\n\nAleph Alpha verkauft Modelle an Behörden.\n\n"
                + "Tabelle 2: Kennzahlen Aleph Alpha (in Mio. €)\n\nJahr   | Umsatz | Verlust\n2023   |   4,1  |  27,3\n"
                + "2024   |   6,0  |  31,0\n2025e  |   9,5  |  25,0\n";
        List<Figure> f = read(text, "de");
        Figure revenue = find(f, "aleph-alpha", Metric.REVENUE, 6e6);
        assertEquals("2024", revenue.period());
        assertFalse(revenue.forecast());
        find(f, "aleph-alpha", Metric.NET_LOSS, 27.3e6);
        assertTrue(find(f, "aleph-alpha", Metric.REVENUE, 9.5e6).forecast(), "the 2025e row is a forecast");
        assertTrue(f.stream().noneMatch(x -> x.value() == 2023 || x.value() == 2023e6), "a year is never an amount");
    }

    @Test
    void estimateColumnsAreForecastsAndTheUnitNoteIsNoAmount() {
        String text = "月之暗面盈利预测\n\n月之暗面是一家大模型公司。\n\n表1：主要财务数据及预测（单位：人民币百万元）\n"
                + "项目            2024A      2025E      2026E\n营业收入        1,200      3,100      5,600\n"
                + "研发费用        2,300      2,900      3,400\n";
        List<Figure> f = read(text, "zh-Hans");
        assertFalse(find(f, "moonshot-ai", Metric.REVENUE, 1.2e9).forecast(), "2024A is what happened");
        assertTrue(find(f, "moonshot-ai", Metric.REVENUE, 3.1e9).forecast());
        assertTrue(find(f, "moonshot-ai", Metric.RD_SPEND, 3.4e9).forecast());
        assertTrue(f.stream().noneMatch(x -> x.value() == 1e6), "the declared unit is not one million yuan");
    }

    @Test
    void aPlanRowInTheHeaderBandMarksItsColumnsAsForecasts() {
        String text = "Helsing: Finanzen\n\nHelsing baut Software für Verteidigung.\n\nFinanzen (in Tsd. €)\n"
                + "                    2023    2024    2025\n                    Ist     Ist     Plan\n"
                + "Umsatz              1.940   4.310   8.200\nJahresfehlbetrag    3.240   3.860   3.300\n";
        List<Figure> f = read(text, "de");
        assertFalse(find(f, "helsing", Metric.REVENUE, 4.31e6).forecast());
        assertTrue(find(f, "helsing", Metric.REVENUE, 8.2e6).forecast());
    }

    @Test
    void aUnitInTheCornerCellOrInANoteBelowScalesTheTable() {
        String corner = "# Runway memo: Helsing\n\nHelsing numbers below.\n\n| Tsd. € | 2023 | 2024 |\n|---|---|---|\n"
                + "| Umsatz | 8.400 | 21.900 |\n| Verlust | 40.200 | 61.000 |\n";
        List<Figure> f = read(corner, "de");
        assertEquals("EUR", find(f, "helsing", Metric.REVENUE, 21.9e6).currency());
        find(f, "helsing", Metric.NET_LOSS, 40.2e6);

        String below = "# Cohere: key metrics\n\nCohere sells models.\n\n| Metric | FY2024 | FY2025 |\n|---|---|---|\n"
                + "| Revenue | 100 | 200 |\n| Net loss | 60 | 40 |\n\n(in USD millions)\n";
        List<Figure> g = read(below, "en");
        assertEquals("USD", find(g, "cohere", Metric.REVENUE, 200e6).currency());
        find(g, "cohere", Metric.NET_LOSS, 60e6);
    }

    @Test
    void aColumnOfChangesHoldsNoFigures() {
        String text = "# Cohere results\n\nCohere reported results for the year.\n\nFigures in USD millions.\n\n"
                + "| Item | 2025 | 2024 | YoY |\n|---|---|---|---|\n| Revenue | 120 | 80 | 50.0% |\n| Gross margin (%) | 58 | 52 | 6.0 |\n";
        List<Figure> f = read(text, "en");
        find(f, "cohere", Metric.REVENUE, 120e6);
        find(f, "cohere", Metric.GROSS_MARGIN, 52);
        assertTrue(f.stream().noneMatch(x -> x.value() == 6.0 || x.value() == 50.0), "a change is no figure: " + f);
    }
    @Test
    void aUnitDeclaredOnceForASectionScalesTheLabelledNumbersBeneathIt() {
        String text = "DeepL Investorenbrief\n\nDeepL wächst weiter.\n\nKennzahlen 2024 (in Mio. €)\nUmsatz: 185\n"
                + "Jahresfehlbetrag: 12\nMitarbeiter: 1.000\nLiquidität: 320\n";
        List<Figure> f = read(text, "de");
        Figure revenue = find(f, "deepl", Metric.REVENUE, 185e6);
        assertEquals("EUR", revenue.currency());
        assertEquals("Umsatz: 185", revenue.quote());
        find(f, "deepl", Metric.NET_LOSS, 12e6);
        find(f, "deepl", Metric.CASH, 320e6);
        assertTrue(f.stream().noneMatch(x -> x.value() == 1e9 || x.value() == 1000), "a head count is not scaled: " + f);

        String aligned = "Cohere investor update\n\nCohere keeps growing.\n\nKey figures (USD m)\nRevenue           150\n"
                + "Net loss          180\n\nCohere also hired 200 people.\nRevenue           999\n";
        List<Figure> g = read(aligned, "en");
        find(g, "cohere", Metric.REVENUE, 150e6);
        find(g, "cohere", Metric.NET_LOSS, 180e6);
        assertTrue(g.stream().noneMatch(x -> x.value() == 999e6), "the unit holds for its section only");
    }
}
