package app.dossier.matrix;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Companies × metrics, every cell with its sources. Money is in {@code currency} at the exchange rates of
 * {@code ratesAsOf}.
 */
public record ComparisonMatrix(String currency, LocalDate ratesAsOf, List<MatrixMetric> metrics, List<Row> rows) {
    public ComparisonMatrix {
        metrics = List.copyOf(metrics);
        rows = List.copyOf(rows);
    }

    /** One company's cells, one per metric of the matrix. */
    public record Row(String companyId, String companyName, Map<MatrixMetric, MatrixCell> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }

        public MatrixCell cell(MatrixMetric metric) {
            return cells.get(metric);
        }
    }
}
