package app.dossier.matrix;

import java.util.List;

/**
 * Which companies and metrics a matrix shows: companies named (by id, name or alias), or those a theme's
 * passages mention, or every company with figures (neither given); money in {@code currency}; rows in the
 * order of {@code sort}, or when it is null as given (chosen companies) or by name (a theme's, all).
 */
public record MatrixSelection(List<String> companies, String theme, List<MatrixMetric> metrics, String currency,
                              MatrixSort sort) {
    public MatrixSelection {
        companies = companies == null ? List.of() : List.copyOf(companies);
        metrics = metrics == null || metrics.isEmpty() ? MatrixMetric.all() : List.copyOf(metrics);
        currency = currency == null || currency.isBlank() ? "USD" : currency.strip();
    }

    public MatrixSelection(List<String> companies, String theme, List<MatrixMetric> metrics, String currency) {
        this(companies, theme, metrics, currency, null);
    }

    /** The same companies, metrics and currency, rows in another order. */
    public MatrixSelection sortedBy(MatrixSort order) {
        return new MatrixSelection(companies, theme, metrics, currency, order);
    }

    public static MatrixSelection allCompanies(List<MatrixMetric> metrics, String currency) {
        return new MatrixSelection(List.of(), null, metrics, currency);
    }
}
