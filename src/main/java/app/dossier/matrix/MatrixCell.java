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

    /** Distinct reports behind the cell: two or more means it says so. */
    public long reportCount() {
        return sources.stream().map(CellSource::reportId).distinct().count();
    }
}
