package app.dossier.files;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV dialect Dossier writes (quotes, ledger, chart data): RFC 4180 through Jackson's CSV module,
 * UTF-8 with a byte-order mark (so spreadsheet programs read Chinese and German right), CRLF rows. A
 * scraped quote starting with = + - @ would run as a formula in a spreadsheet; such a cell gets a
 * leading apostrophe, which spreadsheets show as text. Numbers ("-12.5") stay numbers.
 */
public final class CsvTable {
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema DIALECT = CsvSchema.emptySchema().withLineSeparator("\r\n");
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private CsvTable() {
    }

    public static void write(List<String> header, Iterable<List<String>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(header, rows, w);
        w.flush();
    }

    public static void write(List<String> header, Iterable<List<String>> rows, Writer out) throws IOException {
        out.write('\uFEFF');
        // strict quoting: only cells that need it are quoted (a comma, a quote, a line break, edge spaces)
        SequenceWriter lines = MAPPER.writerFor(String[].class).with(DIALECT)
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out);
        lines.write(cells(header));
        for (List<String> row : rows) {
            lines.write(cells(row));
        }
        lines.close();
        out.flush();
    }

    private static String[] cells(List<String> row) {
        return row.stream().map(CsvTable::neutralised).toArray(String[]::new);
    }

    /** The cell as a spreadsheet will show it as text; null is empty. */
    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** Whether a spreadsheet would take this text for a formula (for cell formats that mark text, e.g. XLSX). */
    public static boolean looksLikeFormula(String cell) {
        return cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches();
    }
}
