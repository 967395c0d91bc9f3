package app.dossier.analysis;

import app.dossier.importing.DocumentReader;
import app.dossier.importing.ExtractedDocument;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Amounts a transcript spells out as they were said; invented company, invented numbers. */
class SpokenAmountsTest {
    private static final String EPISODE = """
            THE LEDGER LINES SHOW, Episode 41
            A conversation with Priya Natarajan, founder and CEO of Harrowgate Robotics

            HOST: Where does the business stand?

            PRIYA NATARAJAN: We ended the year at thirty-six million dollars of ARR. Our gross margins are a bit
            over sixty-five percent.

            HOST: And the round?

            PRIYA NATARAJAN: We closed a hundred and twenty million dollar Series B, at a valuation of one point
            three billion. We burn roughly two point five million a month and we have about ninety million in
            the bank. We have one hundred and ten people and two products.
            """;

    private static List<Figure> figures() throws Exception {
        ExtractedDocument doc = new DocumentReader().read("episode.txt", EPISODE.getBytes(StandardCharsets.UTF_8));
        return new ReportAnalysis().analyse(new Vocabulary(List.of(), List.of()), doc.text(), doc.language()).figures();
    }

    private static Figure find(List<Figure> figures, String metric, double value) {
        return figures.stream().filter(f -> metric.equals(f.metric()) && Math.abs(f.value() - value) <= value * 1e-6)
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " of " + value + " in " + figures));
    }

    @Test
    void spelledOutAmountsAreReadWithTheirScaleAndCurrency() throws Exception {
        List<Figure> figures = figures();
        assertEquals("USD", find(figures, Metric.REVENUE, 36e6).currency());
        assertEquals("USD", find(figures, Metric.FUNDING, 120e6).currency(), "'a hundred and twenty million dollar'");
        find(figures, Metric.VALUATION, 1.3e9);
        Figure burn = find(figures, Metric.BURN, 2.5e6);
        assertEquals("USD", burn.currency(), "the speaker named the currency once, earlier");
        assertTrue(burn.approx(), "'roughly'");
        find(figures, Metric.CASH, 90e6);
        assertEquals(65.0, find(figures, Metric.GROSS_MARGIN, 65).value(), 1e-9);
    }

    @Test
    void numberWordsWithoutAScaleOrPercentStayWords() throws Exception {
        assertTrue(figures().stream().noneMatch(f -> f.value() == 110 || f.value() == 2 || f.value() == 1),
                "a head count and 'two products' are no amounts");
    }
}
