package app.dossier.importing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A two-page PDF already loses what is printed on each page, and its headline beats its first section heading. */
class ShortPdfTest {
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void twoPagesLoseRunningHeaderFooterAndPageNumbersAndKeepTheLargeHeadline() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 1; p <= 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    write(c, REGULAR, 7, 800, "Lindholm Research · Halbleiter · 4. Mai 2026");
                    float y = 740;
                    if (p == 1) {
                        write(c, BOLD, 22, y, "Kapazitaet wird zum Engpass");
                        y -= 40;
                        write(c, BOLD, 13, y, "Uebersicht");
                        y -= 22;
                    } else {
                        write(c, BOLD, 13, y, "Ausblick");
                        y -= 22;
                    }
                    for (String line : body(p)) {
                        write(c, REGULAR, 10, y, line);
                        y -= 14;
                    }
                    write(c, REGULAR, 6, 40, "Nur zur Information, keine Empfehlung. Seite " + p + " von 2");
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        ExtractedDocument doc = new DocumentReader().read("kurz.pdf", pdf);
        assertEquals("Kapazitaet wird zum Engpass", doc.title());
        assertEquals("Lindholm Research", doc.source(), "the letterhead names the source");
        assertEquals(LocalDate.of(2026, 5, 4), doc.published(), "and the date");
        assertFalse(doc.text().contains("Lindholm Research"), doc.text());
        assertFalse(doc.text().contains("Seite"), doc.text());
        assertFalse(doc.text().contains("keine Empfehlung"), doc.text());
        assertTrue(doc.text().contains("\n\nUebersicht\n\n"), "a section heading is a paragraph of its own: " + doc.text());
        assertTrue(doc.text().contains("Die Fertiger melden volle Auftragsbuecher"), doc.text());
    }

    @Test
    void aDisclaimerPrintedAtTheTopOfBothPagesGoesAndTheHeadlineBeatsTheSectionHeading() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 1; p <= 2; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    write(c, REGULAR, 6, 760, "For professional investors only. Not investment advice.");
                    float y = 700;
                    if (p == 1) {
                        write(c, BOLD, 12, y, "Key points");
                        y -= 30;
                        write(c, BOLD, 20, y, "Harrowgate Labs doubles its chip orders");
                        y -= 36;
                    }
                    for (String line : englishBody(p)) {
                        write(c, REGULAR, 10, y, line);
                        y -= 14;
                    }
                    write(c, REGULAR, 7, 40, "- " + p + " -");
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        ExtractedDocument doc = new DocumentReader().read("note.pdf", pdf);
        assertEquals("Harrowgate Labs doubles its chip orders", doc.title());
        assertFalse(doc.text().contains("professional investors"), doc.text());
        assertFalse(doc.text().contains("- 2 -"), doc.text());
        assertTrue(doc.text().contains("Harrowgate Labs ordered 40,000 accelerators"), doc.text());
        assertTrue(doc.text().contains("Delivery starts in the third quarter."), doc.text());
    }

    @Test
    void aDisclaimerOfTwoLinesAboveThePageNumberOfEveryPageGoes() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 1; p <= 3; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    float y = 760;
                    if (p == 1) {
                        write(c, BOLD, 22, y, "Speicherpreise steigen weiter");
                        y -= 40;
                    }
                    for (String line : threePageBody(p)) {
                        write(c, REGULAR, 10, y, line);
                        y -= 14;
                    }
                    write(c, REGULAR, 7, 70, "Hinweis: Diese Kurzstudie ersetzt keine Beratung und ist kein Angebot zum Kauf");
                    write(c, REGULAR, 7, 61, "oder Verkauf von Wertpapieren.");
                    write(c, REGULAR, 7, 50, "Seite " + p + " von 3");
                    write(c, REGULAR, 7, 40, "Osterholz Analyse · Speicher · 9. März 2026");
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        ExtractedDocument doc = new DocumentReader().read("speicher.pdf", pdf);
        assertEquals("Speicherpreise steigen weiter", doc.title());
        assertFalse(doc.text().contains("ersetzt keine Beratung"), doc.text());
        assertFalse(doc.text().contains("Verkauf von Wertpapieren"), doc.text());
        assertFalse(doc.text().contains("Seite 2 von 3"), doc.text());
        for (int p = 1; p <= 3; p++) {
            for (String line : threePageBody(p)) {
                assertTrue(doc.text().contains(line), line + " lost from: " + doc.text());
            }
        }
    }

    private static List<String> threePageBody(int page) {
        return switch (page) {
            case 1 -> List.of("Die Vertragspreise fuer Arbeitsspeicher stiegen im Februar erneut.",
                    "Die Hersteller lenken ihre Kapazitaet zu Speicher fuer KI-Server um.");
            case 2 -> List.of("Fuer Notebooks bleibt deshalb weniger Ware uebrig.",
                    "Einige Haendler haben ihre Preise bereits angehoben.");
            default -> List.of("Wir erwarten eine Entspannung fruehestens im Herbst.",
                    "Bis dahin profitieren vor allem die grossen Hersteller.");
        };
    }

    private static List<String> englishBody(int page) {
        return page == 1
                ? List.of("Harrowgate Labs ordered 40,000 accelerators for its new cluster.",
                "The order is twice last year's and is paid for by a $600 million loan.")
                : List.of("Delivery starts in the third quarter.", "We keep our estimate of $210 million in revenue.");
    }

    @Test
    void pageNumbersInEveryFormGoFromThePageEdges() {
        List<PdfTextExtractor.Line> lines = new ArrayList<>();
        String[][] numbers = {{"Page 1 of 2", "Page 2 of 2"}, {"第 1 页", "第 2 页"}, {"- 1 -", "- 2 -"}, {"第1页 共2页", "第2页 共2页"},
                {"Seite 1 von 2", "Seite 2 von 2"}, {"1/2", "2/2"}, {"第 1 頁／共 2 頁", "第 2 頁／共 2 頁"}};
        for (String[] form : numbers) {
            lines.clear();
            for (int p = 1; p <= 2; p++) {
                String[] words = p == 1 ? new String[]{"Orders", "rose", "sharply."} : new String[]{"Prices", "fell", "again."};
                for (int k = 0; k < words.length; k++) {
                    lines.add(new PdfTextExtractor.Line(words[k] + " " + String.join(" ", words), p, 100 + 14 * k, 10));
                }
                lines.add(new PdfTextExtractor.Line(form[p - 1], p, 800, 8));
            }
            List<String> kept = PageFurniture.remove(lines).stream().map(PdfTextExtractor.Line::text).toList();
            assertEquals(6, kept.size(), form[0] + " left in " + kept);
        }
    }

    private static List<String> body(int page) {
        return page == 1
                ? List.of("Die Fertiger melden volle Auftragsbuecher bis zum Herbst.",
                "Neue Linien gehen erst im kommenden Jahr in Betrieb.")
                : List.of("Wir erwarten steigende Preise fuer das zweite Halbjahr.",
                "Die Margen der Zulieferer duerften davon profitieren.");
    }

    @Test
    void aShortPageOfOneLineParagraphsKeepsItsParagraphs() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                write(c, BOLD, 18, 780, "Orbis Compute doubles its cluster");
                write(c, REGULAR, 10, 740, "Orbis Compute has signed for a second cluster of accelerators this autumn,");
                write(c, REGULAR, 10, 726, "financed by a loan of 90 million euros.");
                write(c, REGULAR, 10, 700, "The company expects the cluster to run at full load by March.");
                write(c, REGULAR, 10, 674, "Its rivals have not announced comparable plans.");
                write(c, REGULAR, 10, 648, "Analysts expect prices for rented capacity to fall.");
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        ExtractedDocument doc = new DocumentReader().read("orbis.pdf", pdf);
        assertTrue(doc.text().contains("90 million euros.\n\nThe company expects"), "a wider gap ends a paragraph: " + doc.text());
        assertTrue(doc.text().contains("by March.\n\nIts rivals"), doc.text());
        assertTrue(doc.text().contains("this autumn, financed"), "a wrapped line joins its paragraph: " + doc.text());
    }

    private static void write(PDPageContentStream c, PDType1Font font, float size, float y, String text) throws Exception {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(50, y);
        c.showText(text);
        c.endText();
    }
}
