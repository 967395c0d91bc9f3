package app.dossier.matrix;

import app.dossier.model.Figure;
import app.dossier.model.Report;

import java.time.LocalDate;

/**
 * A passage a cell stands on: the report (title, publication date, id) and the quote at [start, end) of its
 * text, so a reader can find it without Dossier.
 */
public record CellSource(String figureId, String reportId, String reportTitle, LocalDate published, String quote,
                         int start, int end) {

    public static CellSource of(Figure f, Report report) {
        String title = report == null || report.title() == null || report.title().isBlank() ? f.reportId() : report.title();
        return new CellSource(f.id(), f.reportId(), title, report == null ? null : report.published(),
                f.quote() == null ? "" : f.quote().strip(), f.start(), f.end());
    }

    /** "Title, 2026-05-04: “quote” (report r-1, characters 120–180)": all a reader needs to find the passage. */
    public String citation() {
        return citation(reportTitle, published, quote, reportId, start, end);
    }

    /** The one form of a citation in exports and memos, for a figure's passage or a note's. */
    public static String citation(String reportTitle, LocalDate published, String quote, String reportId, int start,
                                  int end) {
        return reportTitle + (published == null ? "" : ", " + published) + ": “" + quote.strip().replaceAll("\\s+", " ")
                + "” (report " + reportId + ", characters " + start + "–" + end + ")";
    }
}
