package app.dossier.analysis;

import app.dossier.model.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An amount ending a headline, a dateline under it, CRLF lines: read, never a failed import. */
class HeadlineAmountTest {
    @Test
    void anAmountClosingAHeadlineAboveADatelineIsRead() {
        String text = "Corporate News: Quarzlicht AG baut Rechenzentrum aus und erhält Kreditzusage über 280 Mio. €\r\n\r\n"
                + "28.11.2026 / 08:00 CET/CEST\r\n"
                + "Für den Inhalt der Mitteilung ist der Emittent verantwortlich.\r\n\r\n"
                + "- Kreditrahmen über 280 Mio. € von einem Bankenkonsortium\r\n"
                + "- Erste Ausbaustufe mit 4.000 Beschleunigern\r\n\r\n"
                + "Die Quarzlicht AG hat eine Kreditzusage über 280 Mio. € erhalten.\r\n";
        ReportAnalysis.Result r = new ReportAnalysis().analyse(new Vocabulary(List.of(), List.of()), text, "de");
        List<Figure> f = r.figures();
        assertTrue(f.stream().anyMatch(x -> x.value() == 2.8e8), () -> f.toString());
    }
}
