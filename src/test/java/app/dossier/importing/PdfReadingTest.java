package app.dossier.importing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A browser-printed PDF gives its paragraphs back without what the printer repeated on every page. */
class PdfReadingTest {
    private static final float LEADING = 16;

    @Test
    void printedPagesLoseHeadersFootersAndKeepParagraphsAcrossPageBreaks() throws Exception {
        List<List<String>> pages = List.of(
                List.of("Storage boom in the power grid", "",
                        "Utilities ordered storage with a capacity of forty gigawatt hours",
                        "last year, twice as much as in the year before.", "",
                        "Most of the money went to projects in Texas and California, where the",
                        "solar parks need storage for the evening hours and where"),
                List.of("prices for batteries fell by a quarter.", "",
                        "Analysts expect the market to grow again next year."),
                List.of("Operators plan to add another twenty gigawatt hours by the end of 2027."));
        ExtractedDocument doc = new DocumentReader().read("grid.pdf", printed(pages));
        assertEquals(List.of("Storage boom in the power grid",
                "Utilities ordered storage with a capacity of forty gigawatt hours last year, twice as much as in the year before.",
                "Most of the money went to projects in Texas and California, where the solar parks need storage for the evening "
                        + "hours and where prices for batteries fell by a quarter.",
                "Analysts expect the market to grow again next year.",
                "Operators plan to add another twenty gigawatt hours by the end of 2027."), List.of(doc.text().split("\n\n")));
        assertFalse(doc.text().contains("example.invalid"));
        assertFalse(doc.text().contains("Page"));
        assertTrue(doc.charset() == null && doc.format().equals("pdf"));
        assertEquals("en", doc.language());
    }

    /** Pages as a browser prints them: date and title on top, URL and page number at the bottom. */
    private static byte[] printed(List<List<String>> pages) throws Exception {
        var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    write(c, font, 8, 40, 820, "3/14/25, 9:30 AM        Storage boom in the power grid");
                    float y = 760;
                    for (String line : pages.get(p)) {
                        if (!line.isEmpty()) {
                            write(c, font, 11, 60, y, line);
                        }
                        y -= line.isEmpty() ? LEADING * 0.75f : LEADING;
                    }
                    write(c, font, 8, 40, 30, "https://news.example.invalid/grid/storage-boom");
                    write(c, font, 8, 520, 30, (p + 1) + "/" + pages.size());
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void write(PDPageContentStream c, PDType1Font font, float size, float x, float y, String text) throws Exception {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }
}
