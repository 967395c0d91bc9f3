package app.dossier.files;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of every workbook Dossier writes (bold header, wrapped text at the top) and the one way a
 * text cell is filled: cut to Excel's limit, and marked as text when it starts like a formula.
 */
public record XlsxCells(CellStyle head, CellStyle wrap, CellStyle asText) {
    /** Excel keeps at most this many characters in a cell. */
    private static final int CELL_LIMIT = 32_767;

    public static XlsxCells of(XSSFWorkbook book) {
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle head = book.createCellStyle();
        head.setFont(bold);
        CellStyle wrap = book.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        // Excel's own mark for text that starts like a formula: shown as typed, never evaluated, even when edited
        CellStyle asText = book.createCellStyle();
        asText.cloneStyleFrom(wrap);
        asText.setQuotePrefixed(true);
        return new XlsxCells(head, wrap, asText);
    }

    public void header(Cell cell, String text) {
        cell.setCellValue(text);
        cell.setCellStyle(head);
    }

    public void text(Cell cell, String v) {
        cell.setCellValue(v.length() > CELL_LIMIT ? v.substring(0, CELL_LIMIT - 1) + "…" : v);
        cell.setCellStyle(CsvTable.looksLikeFormula(v) ? asText : wrap);
    }
}
