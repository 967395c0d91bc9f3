package app.dossier.annotations;

import app.dossier.files.CsvTable;
import app.dossier.files.XlsxCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/** The table of quotes, as CSV and as an Excel workbook; a quote never runs as a formula in either. */
public final class QuoteTable {
    static final List<String> HEADER = List.of("Report", "Published", "Quote", "Note", "Tags", "Companies", "Themes",
            "Colour", "Orphaned");
    private static final int[] WIDTHS = {32, 12, 60, 48, 18, 22, 22, 9, 9};

    private QuoteTable() {
    }

    static List<String> cells(QuoteRow r) {
        return List.of(r.reportTitle(), r.published() == null ? "" : r.published().toString(),
                Objects.toString(r.quote(), ""), Objects.toString(r.note(), ""), String.join("; ", r.tags()),
                String.join("; ", r.companies()), String.join("; ", r.themes()), r.color(), r.orphaned() ? "yes" : "");
    }

    /** In Dossier's one CSV dialect (UTF-8 with a byte-order mark, CRLF, formula-like cells as text). */
    public static void csv(List<QuoteRow> rows, Writer out) throws IOException {
        CsvTable.write(HEADER, rows.stream().map(QuoteTable::cells).toList(), out);
    }

    public static void xlsx(List<QuoteRow> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Quotes");
            XlsxCells styles = XlsxCells.of(book);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                var cell = header.createCell(i);
                styles.header(cell, HEADER.get(i));
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int n = 1;
            for (QuoteRow r : rows) {
                Row row = sheet.createRow(n++);
                List<String> cells = cells(r);
                for (int i = 0; i < cells.size(); i++) {
                    var cell = row.createCell(i);
                    styles.text(cell, cells.get(i));
                }
            }
            sheet.createFreezePane(0, 1);
            if (!rows.isEmpty()) {
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, rows.size(), 0, HEADER.size() - 1));
            }
            book.write(out);
        }
    }
}
