package app.dossier.money;

import app.dossier.model.Figure;
import app.dossier.model.Origin;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import app.dossier.model.StoredWord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunwayTest {
    private static final ExchangeRates RATES = new ExchangeRates(LocalDate.of(2025, 1, 1),
            Map.of("USD", 1.0, "CNY", 0.14, "EUR", 1.1), Map.of("USD", "$"));
    private final Runway runway = new Runway(new Money(RATES));
    private final Map<String, Report> reports = Map.of(
            "old", report("old", LocalDate.of(2024, 1, 1)),
            "mid", report("mid", LocalDate.of(2024, 6, 1)),
            "new", report("new", LocalDate.of(2025, 1, 1)));

    static Figure figure(String id, String report, String metric, double value, String currency, String per,
                         String quote, String status) {
        return new Figure(id, report, "acme", metric, value, null, currency, per, null, false, 0, 10, quote, Origin.AUTO,
                StoredWord.parse(ReviewStatus.class, status));
    }

    private static Report report(String id, LocalDate published) {
        return new Report(id, id + ".txt", id, "en", "sha", Instant.parse("2025-06-01T00:00:00Z"), published, null,
                10, "txt", null);
    }

    @Test
    void cashAndBurnFromOneReportGiveMonthsAndNameThatReport() {
        List<Figure> figures = List.of(
                figure("c", "old", "cash", 2.5e9, "CNY", null, "cash", "suggested"),
                figure("b", "old", "burn", 3e8, "CNY", "month", "burn", "confirmed"));
        Runway.Estimate e = runway.estimate(figures, reports).get(0);
        assertEquals(8.33, e.months(), 0.01);
        assertTrue(e.oneReport());
        assertEquals(List.of("old"), e.sourceReports());
    }

    @Test
    void aBurnWhosePeriodIsOnlyInItsQuoteCountsThatPeriod() {
        List<Figure> monthly = List.of(
                figure("c", "old", "cash", 2.5e9, "CNY", null, "账上有25亿元", "confirmed"),
                figure("b", "old", "burn", 3e8, "CNY", null, "每月烧掉3亿元", "confirmed"));
        assertEquals(8.33, runway.estimate(monthly, reports).get(0).months(), 0.01);
        List<Figure> yearly = List.of(
                figure("c", "old", "cash", 2.4e9, "CNY", null, "cash", "confirmed"),
                figure("b", "old", "burn", 1.2e9, "CNY", null, "burns 1.2 billion a year", "confirmed"));
        assertEquals(24.0, runway.estimate(yearly, reports).get(0).months(), 1e-9);
        List<Figure> unknown = List.of(
                figure("c", "old", "cash", 2.4e9, "CNY", null, "cash", "confirmed"),
                figure("b", "old", "burn", 1.2e9, "CNY", null, "it burned 1.2 billion", "confirmed"));
        assertTrue(runway.estimate(unknown, reports).isEmpty(), "no period, no guessed runway");
    }

    @Test
    void withoutAReportGivingBothTheNewestOfEachIsCombinedAcrossReportsInOneCurrency() {
        List<Figure> figures = List.of(
                figure("c1", "old", "cash", 1e9, "USD", null, "cash", "suggested"),
                figure("c2", "new", "cash", 14e6, "USD", null, "cash", "suggested"),
                figure("b", "mid", "burn", 12e7, "CNY", "year", "burn", "suggested"));
        Runway.Estimate e = runway.estimate(figures, reports).get(0);
        assertFalse(e.oneReport());
        assertEquals("c2", e.cash().id(), "the newer cash figure");
        // 120 M CNY a year = 10 M CNY a month = 1.4 M USD; 14 M USD lasts 10 months
        assertEquals(10.0, e.months(), 0.001);
        assertEquals(List.of("new", "mid"), e.sourceReports());
    }

    @Test
    void rejectedFiguresCumulativeAmountsAndCompaniesWithoutBurnGiveNoRunway() {
        List<Figure> figures = List.of(
                figure("c", "old", "cash", 1e9, "USD", null, "cash", "suggested"),
                figure("b", "old", "burn", 1e8, "USD", "month", "burn", "rejected"),
                figure("t", "old", "burn", 5e9, "USD", "total", "spent 5 billion so far", "confirmed"));
        assertTrue(runway.estimate(figures, reports).isEmpty());
    }

    @Test
    void aDayAndAWeekTurnIntoMonthsThroughOneMonthLength() {
        Periods periods = Periods.standard();
        assertEquals(Periods.DAYS_PER_MONTH, 1 / periods.months("day").getAsDouble(), 1e-9);
        assertEquals(7 / Periods.DAYS_PER_MONTH, periods.months("week").getAsDouble(), 1e-12);
        assertEquals(30.4375 * 1e6, periods.monthly(1e6, "day").getAsDouble(), 1e-3);
        assertEquals(1e6, periods.monthly(3e6, "Quarter").getAsDouble(), 1e-9);
        assertTrue(periods.months("total").isEmpty());
    }
}
