package app.dossier.matrix;

import app.dossier.files.CsvTable;
import app.dossier.files.SafeOutput;
import app.dossier.files.XlsxCells;
import app.dossier.money.Amounts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A comparison matrix as CSV (Dossier's one dialect), XLSX or Markdown. Every cell travels with its
 * as-of date, state and a sources column citing report title, date, quote and position, so the table can
 * be checked without Dossier.
 */
public final class MatrixExport {

    public enum Format { CSV, XLSX, MD }

    private MatrixExport() {
    }

    /** The format from a file ending (.csv, .xlsx, .md); null for any other. */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? Format.CSV : name.endsWith(".xlsx") ? Format.XLSX
                : name.endsWith(".md") || name.endsWith(".markdown") ? Format.MD : null;
    }

    /** Writes the file whole or not at all, in the format its ending names. */
    public static void write(ComparisonMatrix matrix, Path file) throws IOException {
        Format format = formatOf(file);
        if (format == null) {
            throw new IllegalArgumentException(file.getFileName() + ": the matrix is written as .csv, .xlsx or .md");
        }
        SafeOutput.write(file, out -> write(matrix, format, out));
    }

    public static void write(ComparisonMatrix matrix, Format format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CsvTable.write(header(matrix), rows(matrix), w);
                w.flush();
            }
            case XLSX -> xlsx(matrix, out);
            case MD -> out.write(markdown(matrix).getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    /** company, company_id, then per metric: value, unit, as of, state, note, sources. */
    static List<String> header(ComparisonMatrix matrix) {
        List<String> h = new ArrayList<>(List.of("company", "company_id"));
        for (MatrixMetric m : matrix.metrics()) {
            String id = m.id().replace('-', '_');
            h.addAll(List.of(id, id + "_unit", id + "_as_of", id + "_state", id + "_note", id + "_sources"));
        }
        return h;
    }

    static List<List<String>> rows(ComparisonMatrix matrix) {
        List<List<String>> rows = new ArrayList<>();
        for (ComparisonMatrix.Row r : matrix.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.companyName(), r.companyId()));
            for (MatrixMetric m : matrix.metrics()) {
                MatrixCell c = r.cell(m);
                cells.addAll(List.of(c.isEmpty() ? "" : Amounts.plain(Amounts.significant(c.value())), nz(c.unit()),
                        nz(c.asOf()), c.state() == null ? "" : c.state().code(), nz(c.note()), sources(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Every source of a cell, one citation each, separated by " | ". */
    public static String sources(MatrixCell c) {
        return String.join(" | ", c.sources().stream().map(CellSource::citation).toList());
    }

    private static void xlsx(ComparisonMatrix matrix, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Matrix " + matrix.currency());
            XlsxCells styles = XlsxCells.of(book);
            List<String> header = header(matrix);
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                var cell = top.createCell(i);
                styles.header(cell, header.get(i));
                sheet.setColumnWidth(i, (header.get(i).endsWith("_sources") ? 60 : 14) * 256);
            }
            int n = 1;
            for (List<String> values : rows(matrix)) {
                Row row = sheet.createRow(n++);
                for (int i = 0; i < values.size(); i++) {
                    var cell = row.createCell(i);
                    String v = values.get(i);
                    boolean number = i >= 2 && (i - 2) % 6 == 0 && !v.isEmpty();
                    if (number) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else {
                        styles.text(cell, v);
                    }
                }
            }
            sheet.createFreezePane(2, 1);
            book.write(out);
        }
    }

    /** A Markdown table, each value followed by footnote marks; the footnotes cite the passages. */
    public static String markdown(ComparisonMatrix matrix) {
        StringBuilder md = new StringBuilder();
        md.append("# Comparison matrix\n\n");
        md.append("Money in ").append(matrix.currency()).append(" at the exchange rates of ").append(matrix.ratesAsOf())
                .append(".\n\n");
        Map<String, Integer> notes = new LinkedHashMap<>();
        md.append(table(matrix, notes));
        md.append('\n');
        notes.forEach((citation, n) -> md.append("[^").append(n).append("]: ").append(escape(citation)).append('\n'));
        return md.toString();
    }

    /**
     * The table alone, numbering citations into {@code footnotes} (citation → number; numbers already there
     * are reused), so a memo can share one run of footnotes with its other sections.
     */
    public static String table(ComparisonMatrix matrix, Map<String, Integer> footnotes) {
        StringBuilder md = new StringBuilder("| Company |");
        StringBuilder rule = new StringBuilder("|---|");
        for (MatrixMetric m : matrix.metrics()) {
            md.append(' ').append(m.label()).append(" |");
            rule.append("---|");
        }
        md.append('\n').append(rule).append('\n');
        for (ComparisonMatrix.Row r : matrix.rows()) {
            md.append("| ").append(escape(r.companyName())).append(" |");
            for (MatrixMetric m : matrix.metrics()) {
                md.append(' ').append(cellText(r.cell(m), footnotes)).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String cellText(MatrixCell c, Map<String, Integer> footnotes) {
        if (c.isEmpty()) {
            return "–";
        }
        StringBuilder s = new StringBuilder(escape(c.display()));
        for (CellSource src : c.sources()) {
            int n = footnotes.computeIfAbsent(src.citation(), k -> footnotes.size() + 1);
            s.append("[^").append(n).append(']');
        }
        return s.append("<br>").append("<sub>").append(escape(c.about())).append("</sub>").toString();
    }

    /** Keeps text from turning into Markdown or breaking a table row. */
    public static String escape(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
