package app.dossier.analysis;

import app.dossier.importing.DocumentReader;
import app.dossier.importing.ExtractedDocument;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * An investor update sent by e-mail names its company only in the sender's address and the signature, both
 * removed as chrome; its block of key figures and its "unser" are that company's. The company is invented.
 */
class MailAuthorFiguresTest {
    private static final DocumentReader READER = new DocumentReader();
    private static final ReportAnalysis ANALYSIS = new ReportAnalysis();
    private static final Vocabulary VOCABULARY = new Vocabulary(List.of(), List.of());

    private static final String MAIL = """
            Von: Jana Roth <j.roth@sturmkamm.de>
            An: investoren@sturmkamm.de
            Datum: Di, 3. Feb 2026 09:10
            Betreff: Investoren-Update Januar 2026

            Liebe Investorinnen und Investoren,

            hier wie jeden Monat unser Update. Die Zahlen sind vorläufig.

            === 1. Kennzahlen Januar ===

            MRR:                    215 T€ (Vormonat: 198 T€)
            Bruttomarge:            64 %
            Burn (netto):           380 T€/Monat
            Cash per 31.1.:         5,1 Mio. €
            Runway:                 ca. 13 Monate

            Kurz eingeordnet: Der MRR ist um 8 % gewachsen. Wir haben zwei neue Kunden gewonnen.

            Viele Grüße
            Jana

            --
            Jana Roth
            Geschäftsführerin
            Sturmkamm Robotics GmbH
            Hafenstraße 3, 20457 Hamburg
            Amtsgericht Hamburg, HRB 12345
            """;

    private static ExtractedDocument readMail(String text) throws Exception {
        return READER.read("update.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Figure find(List<Figure> figures, String metric, double value) {
        return figures.stream().filter(f -> metric.equals(f.metric()) && Math.abs(f.value() - value) <= value * 1e-6)
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " of " + value + " in " + figures));
    }

    @Test
    void theSignatureCompanyIsTheAuthorThoughTheCleanedTextDropsIt() throws Exception {
        ExtractedDocument doc = readMail(MAIL);
        assertEquals("Sturmkamm Robotics GmbH", doc.author());
        assertFalse(doc.text().contains("Sturmkamm"), "the signature stays chrome");
    }

    @Test
    void theKeyFiguresOfTheMailAreTheAuthorsEachOnItsOwnLine() throws Exception {
        ExtractedDocument doc = readMail(MAIL);
        ReportAnalysis.Result r = ANALYSIS.analyse(VOCABULARY, doc.text(), doc.language(), doc.author());
        String author = r.discovered().stream().filter(c -> c.name().equals("Sturmkamm Robotics")).findFirst()
                .orElseThrow(() -> new AssertionError("no author among " + r.candidates())).id();
        Figure mrr = find(r.figures(), Metric.REVENUE, 215_000);
        assertEquals(author, mrr.companyId());
        assertEquals("month", mrr.per());
        assertEquals(author, find(r.figures(), Metric.BURN, 380_000).companyId());
        assertEquals(author, find(r.figures(), Metric.CASH, 5.1e6).companyId());
        assertEquals(author, find(r.figures(), Metric.GROSS_MARGIN, 64).companyId());
        assertEquals("Sturmkamm Robotics GmbH", r.author());
    }

    @Test
    void aSignatureWithAddressPartsAboveAQuotedEarlierMessageNamesTheAuthor() throws Exception {
        String reply = MAIL.replace("Sturmkamm Robotics GmbH\n", "Sturmkamm Robotics GmbH | Hafenstraße 3 | 20457 Hamburg\n")
                + """

                -----Ursprüngliche Nachricht-----
                Von: Jana Roth
                Betreff: Investoren-Update Dezember 2025

                > MRR: 198 T€
                > Burn: 350 T€/Monat
                """;
        assertEquals("Sturmkamm Robotics GmbH", readMail(reply).author());
    }

    @Test
    void aSignatureTheSendersDomainDoesNotSpellOrAFreeMailAddressNamesNoAuthor() throws Exception {
        assertNull(readMail(MAIL.replace("j.roth@sturmkamm.de", "j.roth@harbourline-capital.com")).author());
        assertNull(readMail(MAIL.replace("j.roth@sturmkamm.de", "jana.roth@gmail.com")).author());
    }
}
