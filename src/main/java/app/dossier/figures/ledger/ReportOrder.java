package app.dossier.figures.ledger;

import app.dossier.model.Report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;

/** Which report is newer: by publication date, else by import date; unknown reports count as oldest. */
final class ReportOrder {
    private final Map<String, Report> reports;

    ReportOrder(Map<String, Report> reports) {
        this.reports = reports;
    }

    LocalDate date(String reportId) {
        Report r = reports.get(reportId);
        if (r == null) {
            return LocalDate.MIN;
        }
        if (r.published() != null) {
            return r.published();
        }
        return r.importedAt() == null ? LocalDate.MIN : r.importedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Newest first; ties broken by id so the choice is stable. */
    Comparator<String> newestFirst() {
        return Comparator.comparing(this::date).reversed().thenComparing(Comparator.naturalOrder());
    }
}
