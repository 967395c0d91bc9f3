package app.dossier.matrix;

import java.util.List;

/**
 * Which companies and metrics a matrix shows: companies named (by id, name or alias), or those a theme's
 * passages mention, or every company with figures (neither given); money in {@code currency}.
 */
public record MatrixSelection(List<String> companies, String theme, List<MatrixMetric> metrics, String currency) {
    public MatrixSelection {
        companies = companies == null ? List.of() : List.copyOf(companies);
        metrics = metrics == null || metrics.isEmpty() ? MatrixMetric.all() : List.copyOf(metrics);
        currency = currency == null || currency.isBlank() ? "USD" : currency.strip();
    }

    public static MatrixSelection allCompanies(List<MatrixMetric> metrics, String currency) {
        return new MatrixSelection(List.of(), null, metrics, currency);
    }
}
