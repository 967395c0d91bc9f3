package app.dossier.memo;

import app.dossier.charts.BuiltChart;
import app.dossier.matrix.ComparisonMatrix;

import java.time.LocalDate;
import java.util.List;

/**
 * A memo ready to be written in any format: charts with the values they plot, a comparison matrix and
 * quoted notes, every number and quote pointing at a footnote (numbers into {@link #footnotes()}).
 */
public record Memo(String title, LocalDate made, String currency, List<ChartPart> charts, MatrixPart matrix,
                   List<NotePart> notes, Footnotes footnotes) {

    /** A line of text with the footnotes that back it. */
    public record Cited(String text, List<Integer> notes) {
        public Cited {
            notes = List.copyOf(notes);
        }
    }

    /** A chart, a sentence on how it was made, and each plotted value with its sources. */
    public record ChartPart(String id, String title, String description, BuiltChart chart, List<Cited> values) {
        /** False when the chart has nothing to plot: the memo says so instead of showing an empty axis. */
        public boolean plotted() {
            return !values.isEmpty();
        }
    }

    /** The matrix, and per company and metric id the footnotes of that cell. */
    public record MatrixPart(ComparisonMatrix matrix, java.util.Map<String, List<Integer>> cellNotes) {
        public List<Integer> notesOf(String companyId, String metricId) {
            return cellNotes.getOrDefault(companyId + "\u0000" + metricId, List.of());
        }
    }

    /** A quoted passage with the analyst's note and what it is about; {@code footnote} cites the passage. */
    public record NotePart(String quote, String note, String about, int footnote) {
    }
}
