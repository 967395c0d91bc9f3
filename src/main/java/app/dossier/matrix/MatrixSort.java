package app.dossier.matrix;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The order of a matrix's rows: by company name, or by one metric's value, up or down. Empty cells go last
 * whichever way a column is sorted, so "runway, shortest first" starts with a runway, not a dash.
 *
 * @param metric the column sorted by; null for the company name
 */
public record MatrixSort(MatrixMetric metric, boolean descending) {
    public Comparator<ComparisonMatrix.Row> comparator() {
        if (metric == null) {
            Comparator<ComparisonMatrix.Row> byName = Comparator.comparing(r -> r.companyName().toLowerCase(Locale.ROOT));
            return descending ? byName.reversed() : byName;
        }
        Comparator<Double> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing((ComparisonMatrix.Row r) -> value(r), Comparator.nullsLast(values))
                .thenComparing(r -> r.companyName().toLowerCase(Locale.ROOT));
    }

    private Double value(ComparisonMatrix.Row row) {
        MatrixCell cell = row.cell(metric);
        return cell == null ? null : cell.value();
    }

    /** The matrix with its rows in this order. */
    public ComparisonMatrix apply(ComparisonMatrix matrix) {
        return new ComparisonMatrix(matrix.currency(), matrix.ratesAsOf(), matrix.metrics(),
                matrix.rows().stream().sorted(comparator()).toList());
    }

    /** "runway" (ascending), "runway:desc", "company" or "company:desc"; empty for anything else. */
    public static Optional<MatrixSort> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split(":", 2);
        boolean descending = parts.length == 2 && parts[1].equals("desc");
        if (parts.length == 2 && !descending && !parts[1].equals("asc")) {
            return Optional.empty();
        }
        if (parts[0].equals("company")) {
            return Optional.of(new MatrixSort(null, descending));
        }
        return MatrixMetric.fromId(parts[0]).map(m -> new MatrixSort(m, descending));
    }

    /** The form {@link #parse} reads. */
    public String id() {
        return (metric == null ? "company" : metric.id()) + (descending ? ":desc" : "");
    }
}
