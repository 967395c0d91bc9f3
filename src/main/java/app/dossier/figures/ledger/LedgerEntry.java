package app.dossier.figures.ledger;

import app.dossier.model.ReviewStatus;

import app.dossier.model.Figure;

/**
 * One row of the ledger: a figure with the names it is shown by and the marks it carries.
 * {@code companyName} and {@code reportTitle} fall back to the ids; {@code conflict} when another
 * report gives a different value for the same company, metric and period.
 */
public record LedgerEntry(Figure figure, String companyName, String reportTitle, String written, String normalised,
                          boolean needsReview, boolean conflict) {

    public ReviewStatus status() {
        return figure.status();
    }

    public String metric() {
        return figure.metric();
    }
}
