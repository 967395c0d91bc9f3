package app.dossier.annotations;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteTableTest {
    private final NotesCorpus corpus = NotesFixtures.corpus();

    @Test
    void eachNoteNamesTheCompaniesAndThemesOfItsPassageFromTagsAndFromTheText() {
        List<QuoteRow> rows = QuoteRow.of(corpus);
        QuoteRow tagged = rows.get(0);
        assertEquals(List.of("check"), tagged.tags());
        assertEquals(List.of("Funding rounds"), tagged.themes());
        assertEquals(List.of(), tagged.companies(), "no company is named inside 'raised 40 million dollars'");
        QuoteRow hiring = rows.get(1);
        assertEquals(List.of("Kestrel AI"), hiring.companies());
        assertEquals(List.of("Talent and hiring"), hiring.themes(), "the confirmed theme tag overlaps");
        assertEquals(List.of("Kestrel AI"), rows.get(2).companies(), "tagged by hand");
    }

    @Test
    void csvQuotesCellsWithCommasAndQuotesAndKeepsChinese() throws Exception {
        StringWriter out = new StringWriter();
        QuoteTable.csv(QuoteRow.of(corpus), out);
        String csv = out.toString();
        assertTrue(csv.startsWith("\uFEFFReport,Published,Quote,Note,Tags,Companies,Themes,Colour,Orphaned\r\n"), csv);
        List<String> lines = csv.lines().toList();
        assertEquals(4, lines.size());
        assertEquals("Kestrel AI raises money,2026-01-05,raised 40 million dollars,Compare with the filing.,check,,"
                + "Funding rounds,green,", lines.get(1));
        assertTrue(lines.get(2).contains(",\"Hiring, \"\"fast\"\".\","), lines.get(2));
        assertTrue(lines.get(3).startsWith("鹰隼智能融资,2026-01-05,完成4000万美元融资,同一轮"), lines.get(3));
    }

    @Test
    void excelWorkbookHoldsTheSameTableReadableWithPoi() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuoteTable.xlsx(QuoteRow.of(corpus), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("Quotes");
            assertEquals(3, sheet.getLastRowNum());
            Row head = sheet.getRow(0);
            assertEquals("Quote", head.getCell(2).getStringCellValue());
            assertTrue(book.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold(), "the header is bold");
            Row hiring = sheet.getRow(2);
            assertEquals("Kestrel AI plans to hire 60 engineers", hiring.getCell(2).getStringCellValue());
            assertEquals("Kestrel AI", hiring.getCell(5).getStringCellValue());
            assertEquals("Talent and hiring", hiring.getCell(6).getStringCellValue());
            assertEquals("完成4000万美元融资", sheet.getRow(3).getCell(2).getStringCellValue());
        }
    }

    @Test
    void quotesThatStartLikeFormulasStayTextInCsvAndExcel() throws Exception {
        QuoteRow scraped = new QuoteRow("=cmd|' /C calc'!A0", null, null, "=HYPERLINK(\"http://evil.example\",\"more\")",
                "+49 30 1234", List.of("@memo"), List.of(), List.of(), "green", false, null);
        StringWriter csv = new StringWriter();
        QuoteTable.csv(List.of(scraped), csv);
        String row = csv.toString().lines().toList().get(1);
        assertTrue(row.startsWith("'=cmd|' /C calc'!A0,,"), row);
        assertTrue(row.contains(",'+49 30 1234,'@memo,"), row);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuoteTable.xlsx(List.of(scraped), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row r = book.getSheet("Quotes").getRow(1);
            for (int i = 0; i < QuoteTable.HEADER.size(); i++) {
                var cell = r.getCell(i);
                assertEquals(CellType.STRING, cell.getCellType(), "column " + i + " is text, never a formula");
            }
            assertEquals("=HYPERLINK(\"http://evil.example\",\"more\")", r.getCell(2).getStringCellValue());
            assertTrue(r.getCell(2).getCellStyle().getQuotePrefixed(), "marked as text, so editing it does not run it");
        }
    }
}
