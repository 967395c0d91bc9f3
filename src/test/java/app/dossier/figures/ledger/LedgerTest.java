package app.dossier.figures.ledger;

import app.dossier.money.Money;
import app.dossier.model.Figure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static app.dossier.figures.ledger.Fixtures.figure;
import static app.dossier.figures.ledger.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerTest {
    @Test
    void rowsCarryReviewAndConflictMarksAndFiguresOfDeletedReportsAreLeftOut() {
        List<Figure> figures = List.of(
                figure("a", "r1", "acme", "valuation", 1e9, "USD", null, "2024", "confirmed"),
                figure("b", "r2", "acme", "valuation", 2e9, "USD", null, "2024", "suggested"),
                figure("c", "gone", "acme", "valuation", 3e9, "USD", null, "2024", "suggested"));
        Ledger ledger = Ledger.of(figures, Map.of(), List.of(report("r1", "One", LocalDate.of(2024, 1, 1)),
                report("r2", "Two", LocalDate.of(2024, 2, 1))), List.of("a"), new Money(Fixtures.RATES));
        assertEquals(2, ledger.entries().size());
        LedgerEntry a = ledger.entries().get(0);
        assertEquals("One", a.reportTitle());
        assertEquals("acme", a.companyName(), "an unknown company shows by its id");
        assertTrue(a.needsReview());
        assertTrue(a.conflict());
        assertFalse(ledger.entries().get(1).needsReview());
        assertEquals(1, ledger.conflicts().size());
    }
}
