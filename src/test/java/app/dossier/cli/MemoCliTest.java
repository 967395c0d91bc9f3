package app.dossier.cli;

import app.dossier.library.Library;
import app.dossier.model.Annotation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The memo command over the sample reports plus one note tagged "memo": each format read back. */
class MemoCliTest {
    private static final String CASH_QUOTE = "holds roughly $500 million in cash";

    @TempDir
    static Path dir;
    static Path library;

    @BeforeAll
    static void importSamplesAndNote() throws Exception {
        library = dir.resolve("lib");
        assertEquals(0, Run.of("import", "--library", library.toString(),
                Path.of("assets/samples").toAbsolutePath().toString()).code());
        try (Library lib = Library.open(library)) {
            var report = lib.reports().stream().filter(r -> r.title().startsWith("Runway check")).findFirst().orElseThrow();
            String text = lib.report(report.id()).orElseThrow().text();
            String quote = "Enterprise data remains the bottleneck";
            int start = text.indexOf(quote);
            lib.execute(new app.dossier.journal.Commands.PutAnnotation(null, new Annotation("n1", report.id(), start,
                    start + quote.length(), quote, "", "", "Data is the moat, not compute.", List.of("memo"), "yellow",
                    Instant.now(), Instant.now(), false)));
        }
    }

    private static Run memo(Path out) {
        return Run.of("memo", "--library", library.toString(), "--charts", "burn-rate,market-share", "--matrix",
                "--companies", "Cohere,Zhipu AI", "--metrics", "cash,burn,runway", "--currency", "EUR",
                "--notes", "tag:memo", "--title", "Runway memo", "--out", out.toString());
    }

    @Test
    void docxCarriesTheMatrixAsATableAndAWordFootnoteWithTheQuote() throws Exception {
        Path docx = dir.resolve("memo.docx");
        Run run = memo(docx);
        assertEquals(0, run.code(), run.err());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals(1, doc.getAllPictures().size(), "the burn chart as a picture; market share has nothing to plot");
            String text = doc.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
            assertTrue(text.contains("Market share by company\n") && text.contains("Nothing to plot"), text);
            var table = doc.getTables().get(0);
            assertEquals("Company", table.getRow(0).getCell(0).getText());
            assertEquals("Cohere", table.getRow(1).getCell(0).getText());
            assertTrue(table.getRow(1).getCell(1).getText().contains("EUR"), table.getRow(1).getCell(1).getText());
            List<String> footnotes = doc.getFootnotes().stream().map(XWPFFootnote::getParagraphs)
                    .flatMap(List::stream).map(p -> p.getText()).toList();
            assertTrue(footnotes.stream().anyMatch(f -> f.contains(CASH_QUOTE)
                    && f.contains("Runway check: how long can the model labs keep spending?, 2026-05-04")), footnotes.toString());
            assertTrue(footnotes.stream().anyMatch(f -> f.contains("Enterprise data remains the bottleneck")), "the note's passage");
            String body = doc.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
            assertTrue(body.contains("Data is the moat, not compute."));
        }
    }

    @Test
    void markdownHasTheChartsBesideItAndAFootnoteForEveryValue() throws Exception {
        Path md = dir.resolve("out/memo.md");
        Files.createDirectories(md.getParent());
        assertEquals(0, memo(md).code());
        String text = Files.readString(md);
        assertTrue(Files.size(dir.resolve("out/memo-burn-rate.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("out/memo-burn-rate.svg")).contains("<svg"));
        assertTrue(text.contains("![Cash, monthly burn and runway](memo-burn-rate.png)"), text);
        int mark = text.indexOf("| Cohere | ~431");
        assertTrue(mark > 0, text);
        String footnote = text.substring(text.indexOf("[^", mark) + 2, text.indexOf("]", text.indexOf("[^", mark)));
        assertTrue(text.contains("[^" + footnote + "]: Runway check: how long can the model labs keep spending?, 2026-05-04: “"
                + CASH_QUOTE.replace("$", "$")), "the matrix cell's footnote quotes the cash passage");
        for (String line : text.lines().filter(l -> l.startsWith("- ")).toList()) {
            assertTrue(line.contains("[^"), "a plotted value without a source: " + line);
        }
    }

    @Test
    void markdownNeverOverwritesAPictureItDidNotWriteAndSaysSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shared-folder"));
        Files.writeString(folder.resolve("memo-burn-rate.png"), "someone else's picture");
        Path md = folder.resolve("memo.md");
        Run first = memo(md);
        assertEquals(0, first.code(), first.err());
        assertEquals("someone else's picture", Files.readString(folder.resolve("memo-burn-rate.png")));
        assertTrue(Files.size(folder.resolve("memo-burn-rate-2.png")) > 1000);
        assertTrue(Files.readString(md).contains("](memo-burn-rate-2.png)"));
        assertTrue(first.err().contains("memo-burn-rate.png was already there and is kept"), first.err());
        assertTrue(first.out().contains("\"pictures\":[\"memo-burn-rate-2.png\"]"), first.out());
        assertTrue(Files.notExists(folder.resolve("memo-market-share.png")), "no picture of an empty chart");

        Run again = Run.of("memo", "--library", library.toString(), "--charts", "burn-rate", "--force", "--out",
                md.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.readString(md).contains("](memo-burn-rate-2.png)"),
                "a new export of the same memo replaces its own pictures instead of adding more");
        assertTrue(Files.notExists(folder.resolve("memo-burn-rate-3.png")));
    }

    @Test
    void pdfListsTheSourcesWithTheirQuotes() throws Exception {
        Path pdf = dir.resolve("memo.pdf");
        assertEquals(0, memo(pdf).code());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Comparison matrix"));
            assertTrue(text.contains(CASH_QUOTE), text);
            assertTrue(text.contains("Data is the moat, not compute."));
        }
    }

    @Test
    void aMemoWithoutContentOrWithAnUnknownNotesChoiceIsAUsageError() {
        assertEquals(2, Run.of("memo", "--library", library.toString(), "--out", dir.resolve("x.md").toString()).code());
        Run bad = Run.of("memo", "--library", library.toString(), "--notes", "colour:red", "--out",
                dir.resolve("y.md").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("tag:NAME"), bad.err());
        assertTrue(Files.notExists(dir.resolve("y.md")));
    }
}
