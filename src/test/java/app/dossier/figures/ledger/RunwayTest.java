package app.dossier.figures.ledger;

import app.dossier.model.Figure;
import app.dossier.model.Report;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static app.dossier.figures.ledger.Fixtures.figure;
import static app.dossier.figures.ledger.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunwayTest {
    private final Runway runway = new Runway(new Money(Fixtures.RATES));
    private final Map<String, Report> reports = Map.of(
            "old", report("old", "Old", LocalDate.of(2024, 1, 1)),
            "mid", report("mid", "Mid", LocalDate.of(2024, 6, 1)),
            "new", report("new", "New", LocalDate.of(2025, 1, 1)));

    @Test
    void cashAndBurnFromOneReportGiveMonthsAndNameThatReport() {
        List<Figure> figures = List.of(
                figure("c", "old", "acme", "cash", 2.5e9, "CNY", null, null, "suggested"),
                figure("b", "old", "acme", "burn", 3e8, "CNY", "month", null, "confirmed"));
        Runway.Estimate e = runway.estimate(figures, reports).get(0);
        assertEquals(8.33, e.months(), 0.01);
        assertTrue(e.oneReport());
        assertEquals(List.of("old"), e.sourceReports());
    }

    @Test
    void withoutAReportGivingBothTheNewestOfEachIsCombinedAcrossReportsInOneCurrency() {
        List<Figure> figures = List.of(
                figure("c1", "old", "acme", "cash", 1e9, "USD", null, null, "suggested"),
                figure("c2", "new", "acme", "cash", 14e6, "USD", null, null, "suggested"),
                figure("b", "mid", "acme", "burn", 12e7, "CNY", "year", null, "suggested"));
        Runway.Estimate e = runway.estimate(figures, reports).get(0);
        assertFalse(e.oneReport());
        assertEquals("c2", e.cash().id(), "the newer cash figure");
        // 120 M CNY a year = 10 M CNY a month = 1.4 M USD; 14 M USD lasts 10 months
        assertEquals(10.0, e.months(), 0.001);
        assertEquals(List.of("new", "mid"), e.sourceReports());
    }

    @Test
    void rejectedFiguresAndCompaniesWithoutBurnGiveNoRunway() {
        List<Figure> figures = List.of(
                figure("c", "old", "acme", "cash", 1e9, "USD", null, null, "suggested"),
                figure("b", "old", "acme", "burn", 1e8, "USD", "month", null, "rejected"),
                figure("c2", "old", "other", "cash", 1e9, "USD", null, null, "confirmed"));
        assertTrue(runway.estimate(figures, reports).isEmpty());
    }
}
