package app.dossier.model;

/**
 * A figure read from a report, tied to the passage [start, end) it came from.
 * Money in whole currency units, shares and margins in percent; see CONTRACT.md for the vocabulary.
 * {@code basis}: what a share or penetration is of ("enterprise LLM spend"); {@code product}: the product a
 * figure is about when not the whole company; {@code asOf}: the time an earlier value holds for. Each may be null.
 * {@code forecast}: the report gives the value as a forecast or plan (a "2025E" column), not as what happened.
 */
public record Figure(
        String id,
        String reportId,
        String companyId,
        String metric,
        double value,
        Double valueMax,
        String currency,
        String per,
        String period,
        boolean approx,
        int start,
        int end,
        String quote,
        Origin origin,
        ReviewStatus status,
        String basis,
        String product,
        String asOf,
        boolean forecast) {

    public Figure(String id, String reportId, String companyId, String metric, double value, Double valueMax,
                  String currency, String per, String period, boolean approx, int start, int end, String quote,
                  Origin origin, ReviewStatus status, String basis, String product, String asOf) {
        this(id, reportId, companyId, metric, value, valueMax, currency, per, period, approx, start, end, quote, origin,
                status, basis, product, asOf, false);
    }

    public Figure(String id, String reportId, String companyId, String metric, double value, Double valueMax,
                  String currency, String per, String period, boolean approx, int start, int end, String quote,
                  Origin origin, ReviewStatus status) {
        this(id, reportId, companyId, metric, value, valueMax, currency, per, period, approx, start, end, quote, origin,
                status, null, null, null);
    }

    public Figure withReport(String report) {
        return new Figure(Ids.figure(report, metric, start, end), report, companyId, metric, value, valueMax,
                currency, per, period, approx, start, end, quote, origin, status, basis, product, asOf, forecast);
    }

    /** The same figure attributed to another company (or to none). */
    public Figure withCompany(String company) {
        return new Figure(id, reportId, company, metric, value, valueMax, currency, per, period, approx, start, end, quote,
                origin, status);
    }

    public Figure withStatus(ReviewStatus newStatus) {
        return new Figure(id, reportId, companyId, metric, value, valueMax, currency, per, period, approx,
                start, end, quote, origin, newStatus, basis, product, asOf, forecast);
    }

    /** The same figure with what it is of, which product it is about and when an earlier value held. */
    public Figure withDetails(String newBasis, String newProduct, String newAsOf) {
        return new Figure(id, reportId, companyId, metric, value, valueMax, currency, per, period, approx,
                start, end, quote, origin, status, newBasis, newProduct, newAsOf, forecast);
    }

    /** The same figure given as a forecast (or as what happened). */
    public Figure withForecast(boolean isForecast) {
        return new Figure(id, reportId, companyId, metric, value, valueMax, currency, per, period, approx,
                start, end, quote, origin, status, basis, product, asOf, isForecast);
    }
}
