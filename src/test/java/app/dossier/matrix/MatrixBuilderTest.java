package app.dossier.matrix;

import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Figure;
import app.dossier.model.Origin;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import app.dossier.model.StoredWord;
import app.dossier.money.ExchangeRates;
import app.dossier.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixBuilderTest {
    private static final ExchangeRates RATES = new ExchangeRates(LocalDate.of(2025, 1, 1),
            Map.of("USD", 1.0, "CNY", 0.14, "EUR", 1.1), Map.of("USD", "$"));
    private static final Map<String, Report> REPORTS = Map.of(
            "r1", report("r1", "Burn ledger", LocalDate.of(2026, 7, 2)),
            "r2", report("r2", "Second look", LocalDate.of(2026, 8, 1)),
            "r3", report("r3", "Old news", LocalDate.of(2025, 1, 1)));
    private static final Map<String, Company> COMPANIES = Map.of(
            "zhipu", new Company("zhipu", "Zhipu AI", List.of("智譜"), List.of(), "lab", CompanyOrigin.REGISTRY),
            "cohere", new Company("cohere", "Cohere", List.of(), List.of(), "lab", CompanyOrigin.REGISTRY));

    private final MatrixBuilder builder = new MatrixBuilder(new Money(RATES), REPORTS, COMPANIES);

    @Test
    void cashIsConvertedToTheChosenCurrencyAndDatedByItsReport() {
        Figure cash = figure("c1", "r1", "zhipu", "cash", 2.5e9, "CNY", null, "suggested");
        ComparisonMatrix m = builder.build(List.of(cash), List.of("zhipu"), List.of(MatrixMetric.CASH), "USD");
        MatrixCell cell = m.rows().get(0).cell(MatrixMetric.CASH);
        assertEquals(3.5e8, cell.value(), 1);
        assertEquals("USD", cell.unit());
        assertEquals("350 M USD", cell.display());
        assertEquals("2026-07-02", cell.asOf());
        assertEquals(CellState.SUGGESTED, cell.state());
        assertEquals("Burn ledger", cell.sources().get(0).reportTitle());
        assertEquals("quote of c1", cell.sources().get(0).quote());
    }

    @Test
    void runwayIsComputedFromCashAndMonthlyBurnAndCitesBoth() {
        Figure cash = figure("c1", "r1", "zhipu", "cash", 2.5e9, "CNY", null, "confirmed");
        Figure burn = figure("b1", "r1", "zhipu", "burn", 3e8, "CNY", "month", "confirmed");
        ComparisonMatrix m = builder.build(List.of(cash, burn), List.of("zhipu"),
                List.of(MatrixMetric.BURN, MatrixMetric.RUNWAY), "EUR");
        MatrixCell runway = m.rows().get(0).cell(MatrixMetric.RUNWAY);
        assertEquals(8.33, runway.value(), 0.01);
        assertEquals("8.3 months", runway.display());
        assertEquals(CellState.COMPUTED, runway.state());
        assertEquals(List.of("c1", "b1"), runway.sources().stream().map(CellSource::figureId).toList());
        MatrixCell burnCell = m.rows().get(0).cell(MatrixMetric.BURN);
        assertEquals(CellState.CONFIRMED, burnCell.state());
        assertEquals(3e8 * 0.14 / 1.1, burnCell.value(), 1);
        assertEquals("EUR / month", burnCell.unit());
    }

    @Test
    void aYearlyBurnIsShownPerMonth() {
        Figure burn = figure("b1", "r1", "cohere", "burn", 1.2e9, "USD", "year", "suggested");
        MatrixCell cell = builder.build(List.of(burn), List.of("cohere"), List.of(MatrixMetric.BURN), "USD")
                .rows().get(0).cell(MatrixMetric.BURN);
        assertEquals(1e8, cell.value(), 1);
    }

    @Test
    void twoReportsThatAgreeAreBothSourcesOfOneCell() {
        Figure a = figure("c1", "r1", "cohere", "cash", 5e8, "USD", null, "suggested");
        Figure b = figure("c2", "r2", "cohere", "cash", 5.02e8, "USD", null, "suggested");
        MatrixCell cell = builder.build(List.of(a, b), List.of("cohere"), List.of(MatrixMetric.CASH), "USD")
                .rows().get(0).cell(MatrixMetric.CASH);
        assertEquals(2, cell.reportCount());
        assertEquals(CellState.SUGGESTED, cell.state());
        assertEquals("2 reports agree", cell.note());
        assertEquals(5.02e8, cell.value(), 1, "the newer report's figure is shown");
    }

    @Test
    void twoReportsThatDisagreeMakeTheCellConflicting() {
        Figure a = figure("c1", "r1", "cohere", "cash", 5e8, "USD", null, "suggested");
        Figure b = figure("c2", "r2", "cohere", "cash", 7e8, "USD", null, "suggested");
        MatrixCell cell = builder.build(List.of(a, b), List.of("cohere"), List.of(MatrixMetric.CASH), "USD")
                .rows().get(0).cell(MatrixMetric.CASH);
        assertEquals(CellState.CONFLICTING, cell.state());
        assertEquals(List.of("r2", "r1"), cell.sources().stream().map(CellSource::reportId).toList());
    }

    @Test
    void aConfirmedFigureWinsOverANewerSuggestedOneAndRejectedOnesNeverCount() {
        Figure old = new Figure("v1", "r3", "cohere", "valuation", 5e9, null, "USD", null, "2024", false, 0, 5, "old", Origin.AUTO, ReviewStatus.CONFIRMED);
        Figure newer = new Figure("v2", "r2", "cohere", "valuation", 6.8e9, null, "USD", null, "2026", false, 0, 5, "new", Origin.AUTO, ReviewStatus.SUGGESTED);
        Figure rejected = figure("v3", "r1", "cohere", "valuation", 9e9, "USD", null, "rejected");
        MatrixCell cell = builder.build(List.of(old, newer, rejected), List.of("cohere"),
                List.of(MatrixMetric.VALUATION), "USD").rows().get(0).cell(MatrixMetric.VALUATION);
        assertEquals(5e9, cell.value(), 1);
        assertEquals(CellState.CONFIRMED, cell.state());
    }

    @Test
    void fundingSumsDistinctRoundsUnlessATotalIsStated() {
        Figure seed = new Figure("f1", "r3", "cohere", "funding", 1e8, null, "USD", null, "2024", false, 0, 5, "seed", Origin.AUTO, ReviewStatus.SUGGESTED);
        Figure seriesB = new Figure("f2", "r1", "cohere", "funding", 4e8, null, "USD", null, "2026", false, 0, 5, "B", Origin.AUTO, ReviewStatus.SUGGESTED);
        Figure sameB = new Figure("f3", "r2", "cohere", "funding", 4e8, null, "USD", null, "2026", false, 0, 5, "B again", Origin.AUTO, ReviewStatus.SUGGESTED);
        MatrixCell sum = builder.build(List.of(seed, seriesB, sameB), List.of("cohere"), List.of(MatrixMetric.FUNDING), "USD")
                .rows().get(0).cell(MatrixMetric.FUNDING);
        assertEquals(5e8, sum.value(), 1, "the round two reports tell of counts once");
        assertEquals(CellState.COMPUTED, sum.state());
        Figure total = new Figure("f4", "r2", "cohere", "funding", 9.7e8, null, "USD", "total", null, false, 0, 5, "to date", Origin.AUTO, ReviewStatus.CONFIRMED);
        MatrixCell stated = builder.build(List.of(seed, seriesB, total), List.of("cohere"), List.of(MatrixMetric.FUNDING), "USD")
                .rows().get(0).cell(MatrixMetric.FUNDING);
        assertEquals(9.7e8, stated.value(), 1);
        assertEquals(CellState.CONFIRMED, stated.state());
    }

    @Test
    void marketShareKeepsItsBasis() {
        Figure share = figure("s1", "r1", "cohere", "market_share", 32, null, null, "suggested")
                .withDetails("enterprise LLM spend", null, null);
        MatrixCell cell = builder.build(List.of(share), List.of("cohere"), List.of(MatrixMetric.MARKET_SHARE), "EUR")
                .rows().get(0).cell(MatrixMetric.MARKET_SHARE);
        assertEquals("32 % of enterprise LLM spend", cell.display());
        assertEquals("%", cell.unit());
    }

    @Test
    void allCompaniesMeansThoseWithFiguresOfTheMetricsAndAnEmptyCellSaysWhy() {
        Figure cash = figure("c1", "r1", "zhipu", "cash", 2.5e9, "CNY", null, "suggested");
        Figure revenue = figure("x1", "r1", "cohere", "revenue", 1e8, "USD", "year", "suggested");
        ComparisonMatrix m = builder.build(List.of(cash, revenue), List.of(), List.of(MatrixMetric.CASH, MatrixMetric.RUNWAY), "USD");
        assertEquals(List.of("Zhipu AI"), m.rows().stream().map(ComparisonMatrix.Row::companyName).toList());
        MatrixCell runway = m.rows().get(0).cell(MatrixMetric.RUNWAY);
        assertNull(runway.value());
        assertTrue(runway.note().contains("monthly burn"));
    }

    private static Figure figure(String id, String report, String company, String metric, double value, String currency,
                                 String per, String status) {
        return new Figure(id, report, company, metric, value, null, currency, per, null, false, 0, 10, "quote of " + id,
                Origin.AUTO, StoredWord.parse(ReviewStatus.class, status));
    }

    private static Report report(String id, String title, LocalDate published) {
        return new Report(id, id + ".txt", title, "en", "sha", Instant.parse("2025-06-01T00:00:00Z"), published, null,
                10, "txt", null);
    }
}
