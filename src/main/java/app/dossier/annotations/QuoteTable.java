package app.dossier.annotations;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/** The table of quotes, as CSV (RFC 4180, UTF-8) and as an Excel workbook. */
public final class QuoteTable {
    static final List<String> HEADER = List.of("Report", "Published", "Quote", "Note", "Tags", "Companies", "Themes",
            "Colour", "Orphaned");
    private static final int[] WIDTHS = {32, 12, 60, 48, 18, 22, 22, 9, 9};
    /** Excel keeps at most this many characters in a cell. */
    private static final int CELL_LIMIT = 32_767;

    private QuoteTable() {
    }

    static List<String> cells(QuoteRow r) {
        return List.of(r.reportTitle(), r.published() == null ? "" : r.published().toString(),
                Objects.toString(r.quote(), ""), Objects.toString(r.note(), ""), String.join("; ", r.tags()),
                String.join("; ", r.companies()), String.join("; ", r.themes()), r.color(), r.orphaned() ? "yes" : "");
    }

    /** CSV with a byte order mark, so spreadsheet programs read Chinese and German text as UTF-8. */
    public static void csv(List<QuoteRow> rows, Writer out) throws IOException {
        out.write('\uFEFF');
        line(out, HEADER);
        for (QuoteRow r : rows) {
            line(out, cells(r));
        }
        out.flush();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    public static void xlsx(List<QuoteRow> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Quotes");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(HEADER.get(i));
                cell.setCellStyle(head);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int n = 1;
            for (QuoteRow r : rows) {
                Row row = sheet.createRow(n++);
                List<String> cells = cells(r);
                for (int i = 0; i < cells.size(); i++) {
                    var cell = row.createCell(i);
                    String v = cells.get(i);
                    cell.setCellValue(v.length() > CELL_LIMIT ? v.substring(0, CELL_LIMIT - 1) + "…" : v);
                    cell.setCellStyle(wrap);
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
