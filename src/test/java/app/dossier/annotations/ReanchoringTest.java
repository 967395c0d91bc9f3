package app.dossier.annotations;

import app.dossier.model.Annotation;
import app.dossier.model.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReanchoringTest {
    private static final String TEXT = "Kestrel AI raised 40 million dollars. Later that year Kestrel AI raised 40 million dollars "
            + "again, this time from a sovereign fund.";

    private static Annotation secondRound() {
        Report r = NotesFixtures.report("r", "t", TEXT);
        int second = TEXT.lastIndexOf("raised 40 million");
        return Anchoring.create(r, second, second + "raised 40 million dollars".length(), "second round", List.of(), "yellow");
    }

    @Test
    void aQuoteStillAtItsPlaceIsKeptAsItIs() {
        Annotation a = secondRound();
        assertSame(a, Reanchoring.reanchor(a, TEXT));
    }

    @Test
    void textInsertedBeforeThePassageMovesTheAnnotation() {
        Annotation a = secondRound();
        String moved = "Editor's note: figures updated.\n\n" + TEXT;
        Annotation b = Reanchoring.reanchor(a, moved);
        assertEquals(a.start() + 33, b.start());
        assertEquals(a.quote(), moved.substring(b.start(), b.end()));
        assertFalse(b.orphaned());
    }

    @Test
    void ofTwoEqualQuotesTheOneWithTheRightContextWinsEvenWhenTheOtherIsNearer() {
        Annotation a = secondRound();
        // the first sentence grows so that the first occurrence now sits at the second's old offset
        String changed = "Founded in 2021, the company Kestrel AI quietly raised 40 million dollars. Later that year "
                + "Kestrel AI raised 40 million dollars again, this time from a sovereign fund.";
        Annotation b = Reanchoring.reanchor(a, changed);
        assertEquals(changed.lastIndexOf("raised 40 million dollars"), b.start());
    }

    @Test
    void ofTwoQuotesWithTheSameContextTheNearerToTheOldPlaceWins() {
        String twice = "Note: raised 40 million dollars. Note: raised 40 million dollars.";
        Report r = NotesFixtures.report("r", "t", twice);
        int second = twice.lastIndexOf("raised");
        Annotation a = Anchoring.create(r, second, second + 25, "", List.of(), "yellow");
        String shifted = "X " + twice;
        assertEquals(shifted.lastIndexOf("raised"), Reanchoring.reanchor(a, shifted).start());
    }

    @Test
    void aQuoteRewrappedOverTwoLinesIsFoundDespiteTheWhitespace() {
        Annotation a = secondRound();
        String rewrapped = TEXT.replace("Later that year Kestrel AI raised 40 million", "Later that year Kestrel AI raised 40\n   million");
        Annotation b = Reanchoring.reanchor(a, rewrapped);
        assertFalse(b.orphaned());
        assertEquals("raised 40\n   million dollars", rewrapped.substring(b.start(), b.end()));
    }

    @Test
    void aSpacePutBetweenHanCharactersDoesNotLoseTheQuote() {
        String zh = "鹰隼智能完成4000万美元融资。";
        Report r = NotesFixtures.report("r", "t", zh);
        Annotation a = Anchoring.create(r, 4, 15, "", List.of(), "yellow");
        String spaced = "鹰隼智能 完成 4000 万美元融资。";
        Annotation b = Reanchoring.reanchor(a, spaced);
        assertEquals("完成 4000 万美元融资", spaced.substring(b.start(), b.end()));
    }

    @Test
    void aLostQuoteIsMarkedOrphanedAndKeepsItsOffsets() {
        Annotation a = secondRound();
        String rewritten = "Kestrel AI raised money twice. The sovereign fund declined to comment.";
        Annotation b = Reanchoring.reanchor(a, rewritten);
        assertTrue(b.orphaned());
        assertEquals(a.start(), b.start());
        assertEquals(a.end(), b.end());
        assertEquals(a.note(), b.note());
    }

    @Test
    void anOrphanWhoseQuoteComesBackIsAnchoredAgain() {
        Annotation a = secondRound();
        Annotation lost = Reanchoring.reanchor(a, "nothing here");
        Annotation found = Reanchoring.reanchor(lost, TEXT);
        assertFalse(found.orphaned());
        assertEquals(a.start(), found.start());
    }

    @Test
    void reanchoringAReportReturnsOnlyTheNotesThatChanged() {
        Report r = NotesFixtures.report("r", "t", TEXT);
        Annotation first = Anchoring.create(r, 0, 10, "", List.of(), "yellow");
        Annotation second = secondRound();
        String changed = TEXT.replace("Later that year", "Months later,");
        List<Annotation> moved = Reanchoring.reanchorAll(List.of(first, second), changed);
        assertEquals(1, moved.size());
        assertEquals(second.id(), moved.get(0).id());
        assertTrue(Reanchoring.command(List.of(first, second), changed).isPresent());
        assertTrue(Reanchoring.command(List.of(first, second), TEXT).isEmpty());
    }

    @Test
    void aShortQuoteIsNotMovedToAnUnrelatedPlaceButOrphaned() {
        String text = "The board met on Monday. Revenue was 12 million dollars, up from 9 million.";
        Report r = NotesFixtures.report("r", "t", text);
        int at = text.indexOf("12 million");
        Annotation a = Anchoring.create(r, at, at + 10, "check", List.of(), "yellow");
        String rewritten = "A separate fund of 12 million was set aside for hiring in the new office next spring.";
        assertTrue(Reanchoring.reanchor(a, rewritten).orphaned());
        String edited = "The board met on Monday. Revenue was 12 million dollars, up from 9 million last year.";
        assertFalse(Reanchoring.reanchor(a, "Note. " + edited).orphaned(), "same context: it moves");
    }
}
