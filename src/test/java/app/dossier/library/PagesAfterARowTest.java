package app.dossier.library;

import app.dossier.model.Report;
import app.dossier.store.ReportListing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The table's next page read on from the last row shown lists exactly what the pages counted off from the
 * start list: no report twice, none left out, also where reports were imported in the same instant.
 */
class PagesAfterARowTest {
    private static final int REPORTS = 130;
    private static final int PAGE = 25;

    @TempDir
    Path dir;

    @Test
    void pagesReadOnFromTheLastRowListEveryReportOnceInBothDirections() throws Exception {
        try (Library library = Library.open(dir)) {
            GeneratedLibrary.fill(library, REPORTS, 7);
            for (ReportListing.Filter filter : List.of(ReportListing.Filter.NONE,
                    new ReportListing.Filter(null, GeneratedLibrary.SELDOM, null))) {
                for (boolean ascending : List.of(true, false)) {
                    List<Report> whole = library.reportPage(filter, ReportListing.Order.IMPORTED, ascending, 0, 1_000);
                    List<Report> walked = new ArrayList<>(library.reportPage(filter, ReportListing.Order.IMPORTED,
                            ascending, 0, PAGE));
                    for (List<Report> next = walked; next.size() == PAGE; walked.addAll(next)) {
                        next = library.reportPageAfter(filter, ascending, walked.get(walked.size() - 1), PAGE);
                    }
                    assertEquals(ids(whole), ids(walked), filter + (ascending ? " ascending" : " descending"));
                }
            }
            assertEquals(REPORTS, library.reportPage(ReportListing.Filter.NONE, ReportListing.Order.IMPORTED, true, 0, 1_000).size());
        }
    }

    private static List<String> ids(List<Report> reports) {
        return reports.stream().map(Report::id).toList();
    }
}
