package app.dossier.matrix;

import java.util.List;

/**
 * One company × metric: the value in the matrix's currency (months for runway, percent for a share), the
 * time it holds for, how far it can be trusted and the passages it stands on. An empty cell has no value and
 * says why in {@code note}.
 *
 * @param display the value as shown ("350 M EUR", "8.3 months", "32 % of enterprise LLM spend")
 * @param asOf    the period the figure gives, else the publication date of its report; null when unknown
 * @param note    how it was read or computed ("2 sources agree", "sum of 3 rounds"), or why the cell is empty
 */
public record MatrixCell(MatrixMetric metric, Double value, String unit, String display, String asOf, CellState state,
                         List<CellSource> sources, String note) {
    public MatrixCell {
        sources = List.copyOf(sources);
    }

    static MatrixCell empty(MatrixMetric metric, String why) {
        return new MatrixCell(metric, null, null, "", null, null, List.of(), why);
    }

    public boolean isEmpty() {
        return value == null;
    }

    /** "as of 2026-05-04, suggested, 2 sources": what every view and export says under the value; empty when empty. */
    public String about() {
        if (isEmpty()) {
            return "";
        }
        List<String> parts = new java.util.ArrayList<>();
        if (asOf != null) {
            parts.add("as of " + asOf);
        }
        parts.add(state.code());
        if (reportCount() > 1) {
            parts.add(reportCount() + " sources");
        }
        return String.join(", ", parts);
    }

    /** Distinct reports behind the cell: two or more means it says so. */
    public long reportCount() {
        return sources.stream().map(CellSource::reportId).distinct().count();
    }
}
