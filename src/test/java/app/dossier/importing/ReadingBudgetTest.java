package app.dossier.importing;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PDF that would cost more than a file may is refused with the limit named, quickly and without
 * exhausting memory; the limits are far above any real report.
 */
class ReadingBudgetTest {
    private final DocumentReader reader = new DocumentReader();

    @Test
    void aStreamInflatingBeyondTheLimitIsRefusedBeforePdfBoxDecodesIt() throws Exception {
        int megabytes = (int) (ReadingBudget.DEFAULT.maxStreamBytes() >> 20) + 16;
        byte[] bomb = PdfBombs.inflatingString(megabytes);
        assertTrue(bomb.length < 1_000_000, "a small file: " + bomb.length + " bytes");
        String reason = refusal("bomb.pdf", bomb);
        assertTrue(reason.contains("expands beyond 64 MB"), reason);
    }

    @Test
    void aPageFloodedWithTextOperatorsIsRefusedAtThePageLimit() throws Exception {
        byte[] flood = PdfBombs.textOperatorFlood(ReadingBudget.DEFAULT.maxPageCharacters() / 2 + 1_000);
        String reason = refusal("flood.pdf", flood);
        assertTrue(reason.contains("page 1 holds more than " + ReadingBudget.DEFAULT.maxPageCharacters() + " characters"), reason);
    }

    @Test
    void aFileThatReadsTooLongIsStoppedAtItsDeadline() throws Exception {
        ReadingBudget impatient = new ReadingBudget(64L << 20, 256L << 20, Integer.MAX_VALUE, Integer.MAX_VALUE,
                Duration.ofMillis(1));
        byte[] flood = PdfBombs.textOperatorFlood(50_000);
        var e = assertThrows(UnreadableFileException.class, () -> new DocumentReader(impatient).read("slow.pdf", flood));
        assertTrue(e.getMessage().contains("took longer than"), e.getMessage());
    }

    @Test
    void pagesThatAllRepeatTheSameLinesAreRefusedForThatNotAsScans() throws Exception {
        byte[] pdf = PdfBombs.repeatedPages(40, "Quarterly update", "Nothing new this page.");
        String reason = refusal("repeated.pdf", pdf);
        assertTrue(reason.contains("40 pages repeat the same text"), reason);
    }

    private String refusal(String name, byte[] bytes) {
        return assertThrows(UnreadableFileException.class, () -> reader.read(name, bytes)).getMessage();
    }
}
