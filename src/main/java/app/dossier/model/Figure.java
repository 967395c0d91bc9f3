package app.dossier.model;

/**
 * A figure read from a report, tied to the passage [start, end) it came from.
 * Money in whole currency units, shares and margins in percent; see CONTRACT.md for the vocabulary.
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
        String origin,
        String status) {

    public Figure withReport(String report) {
        return new Figure(Ids.figure(report, metric, start, end), report, companyId, metric, value, valueMax,
                currency, per, period, approx, start, end, quote, origin, status);
    }

    /** The same figure attributed to another company (or to none). */
    public Figure withCompany(String company) {
        return new Figure(id, reportId, company, metric, value, valueMax, currency, per, period, approx, start, end, quote,
                origin, status);
    }

    public Figure withStatus(String newStatus) {
        return new Figure(id, reportId, companyId, metric, value, valueMax, currency, per, period, approx,
                start, end, quote, origin, newStatus);
    }
}
