package app.dossier.figures.ledger;

import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.figures.FigureExtractor;
import app.dossier.model.Figure;
import app.dossier.model.Ids;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FigureGuessTest {
    private static final String TEXT = "Kestrel Labs closed its round last spring.\n\n"
            + "Mistral AI has $12 million in cash and burns $1 million per month, a filing shows.";
    private static final int MISTRAL = TEXT.indexOf("Mistral");
    private final Report report = new Report("r1", "k.txt", "Kestrel", "en", "sha", Instant.now(), null, null, 1, "txt", TEXT);
    private final List<Mention> mentions = List.of(
            new Mention("r1", "kestrel", 0, 12, "Kestrel Labs", false, false),
            new Mention("r1", "mistral-ai", MISTRAL, MISTRAL + 10, "Mistral AI", false, false));
    private final FigureGuess guess = new FigureGuess(new FigureExtractor());

    @Test
    void aSelectedSentenceIsReadAsTheUsersConfirmedFigureOfTheCompanyNamedInIt() {
        int end = TEXT.indexOf(", a filing");
        Figure f = guess.guess(report, mentions, MISTRAL, end, Set.of());
        assertEquals("cash", f.metric());
        assertEquals(12e6, f.value());
        assertEquals("USD", f.currency());
        assertEquals("mistral-ai", f.companyId());
        assertEquals(Origin.USER, f.origin());
        assertEquals(ReviewStatus.CONFIRMED, f.status());
        assertEquals(TEXT.substring(MISTRAL, end), f.quote());
        assertEquals(Ids.figure("r1", "cash", MISTRAL, end), f.id());
    }

    @Test
    void aTakenIdIsNotReused() {
        int end = TEXT.indexOf(", a filing");
        String usual = Ids.figure("r1", "cash", MISTRAL, end);
        assertNotEquals(usual, guess.guess(report, mentions, MISTRAL, end, Set.of(usual)).id());
    }

    @Test
    void withoutANameInsideTheNearestCompanyBeforeTheSelectionIsGuessed() {
        List<Mention> around = List.of(new Mention("r", "before", 10, 20, "B", false, false),
                new Mention("r", "after", 60, 70, "A", false, false));
        assertEquals("before", FigureGuess.nearestCompany(around, 30, 50), "20 before against 10 after");
        assertEquals("after", FigureGuess.nearestCompany(around, 45, 58));
    }
}
