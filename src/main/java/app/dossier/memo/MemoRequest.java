package app.dossier.memo;

import app.dossier.charts.ChartType;
import app.dossier.matrix.MatrixSelection;

import java.util.List;

/**
 * What goes into a memo: charts, a comparison matrix (null for none) and notes (null for none), money in
 * {@code currency}.
 *
 * @param notes "tag:memo", "company:X", "theme:Y" or "all" (see {@link NotesChoice})
 */
public record MemoRequest(String title, List<ChartType> charts, MatrixSelection matrix, String notes, String currency) {
    public MemoRequest {
        title = title == null || title.isBlank() ? "Memo" : title.strip();
        charts = charts == null ? List.of() : List.copyOf(charts);
        currency = currency == null || currency.isBlank() ? (matrix == null ? "USD" : matrix.currency()) : currency.strip();
    }
}
