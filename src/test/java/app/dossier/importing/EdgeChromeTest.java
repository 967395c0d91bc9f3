package app.dossier.importing;

import org.junit.jupiter.api.Test;

import static app.dossier.importing.ReaderTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Furniture recognised by its shape at the edges of the article, on platforms no phrase list has met. */
class EdgeChromeTest {

    @Test
    void propertiesUnderTheHeadlineGoAndTheirDateIsKept() throws Exception {
        ExtractedDocument doc = read("wiki-page.md", """
                # Quarterly memo: robotics startups in the Nordics

                Owner: Signe Holm
                Reviewed: 3 June 2025 10:05
                Labels: robotics, Nordics, seed
                Workspace: Deal flow

                Nordic robotics startups raised more money this spring than in all of last year. Most of it went to
                three warehouse automation companies, and one of them, Fjordline Robotics, closed a round of
                120 million euros led by a pension fund.

                Smaller rounds were harder to close. Founders told us that investors now ask for a year of
                paying customers before a seed round.
                """);
        assertEquals("Quarterly memo: robotics startups in the Nordics", doc.title());
        assertFalse(doc.text().contains("Owner: Signe Holm"), doc.text());
        assertFalse(doc.text().contains("Labels:"), doc.text());
        assertTrue(doc.text().contains("Smaller rounds were harder to close."), doc.text());
        assertEquals(java.time.LocalDate.of(2025, 6, 3), doc.published());
    }
}
