package app.dossier.figures.ledger;

import app.dossier.money.Money;
import app.dossier.model.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.dossier.figures.ledger.Fixtures.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictsTest {
    private final Conflicts conflicts = new Conflicts(new Money(Fixtures.RATES));

    @Test
    void twoReportsGivingDifferentValuationsForTheSameYearConflict() {
        List<Figure> figures = List.of(
                figure("a", "r1", "acme", "valuation", 1.5e9, "USD", null, "2024", "suggested"),
                figure("b", "r2", "acme", "valuation", 1.8e9, "USD", null, "2024", "confirmed"));
        List<Conflicts.Conflict> found = conflicts.find(figures);
        assertEquals(1, found.size());
        assertEquals(1 - 1.5 / 1.8, found.get(0).difference(), 1e-9);
        assertTrue(found.get(0).involves("a") && found.get(0).involves("b"));
    }

    @Test
    void valuesWithinOnePercentInAnotherCurrencyAgree() {
        List<Figure> figures = List.of(
                figure("a", "r1", "acme", "funding", 1.4e8, "USD", null, null, "suggested"),
                figure("b", "r2", "acme", "funding", 1.0e9, "CNY", null, null, "suggested"));
        assertTrue(conflicts.find(figures).isEmpty());
    }

    @Test
    void differentPeriodsSameReportOtherCompaniesAndRejectedFiguresDoNotConflict() {
        List<Figure> figures = List.of(
                figure("a", "r1", "acme", "revenue", 1e8, "USD", null, "2023", "suggested"),
                figure("b", "r2", "acme", "revenue", 2e8, "USD", null, "2024", "suggested"),
                figure("c", "r1", "acme", "revenue", 3e8, "USD", null, "2024", "suggested"),
                figure("d", "r3", "beta", "revenue", 9e8, "USD", null, "2024", "suggested"),
                figure("e", "r3", "acme", "revenue", 9e8, "USD", null, "2024", "rejected"));
        List<Conflicts.Conflict> found = conflicts.find(figures);
        assertEquals(1, found.size(), "only b (r2) against c (r1) for 2024");
        assertTrue(found.get(0).involves("b") && found.get(0).involves("c"));
    }

    @Test
    void monthlyAndYearlyBurnAreComparedPerMonth() {
        List<Figure> figures = List.of(
                figure("a", "r1", "acme", "burn", 1e6, "USD", "month", null, "suggested"),
                figure("b", "r2", "acme", "burn", 12e6, "USD", "year", null, "suggested"));
        assertTrue(conflicts.find(figures).isEmpty());
    }

    @Test
    void aForecastDoesNotConflictWithTheRevenueAnotherReportGivesForTheSameYear() {
        List<Figure> figures = List.of(
                figure("a", "r1", "acme", "revenue", 1.2e8, "USD", "year", "2025", "suggested").withForecast(true),
                figure("b", "r2", "acme", "revenue", 0.9e8, "USD", "year", "2025", "suggested"));
        assertTrue(conflicts.find(figures).isEmpty());
    }

    @Test
    void sharesOfDifferentMarketsAndEarlierValuesDoNotConflict() {
        List<Figure> figures = List.of(
                figure("a", "r1", "acme", "market_share", 32, null, null, null, "suggested").withDetails("enterprise LLM API spend", null, null),
                figure("b", "r2", "acme", "market_share", 12, null, null, null, "suggested").withDetails("developer usage", null, null),
                figure("c", "r1", "acme", "valuation", 5e11, "USD", null, null, "suggested"),
                figure("d", "r2", "acme", "valuation", 3e11, "USD", null, null, "suggested").withDetails(null, null, "March round"));
        assertTrue(conflicts.find(figures).isEmpty(), "different bases, and a value named as earlier, are no disagreement");
    }
}
