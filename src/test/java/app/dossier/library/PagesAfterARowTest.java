package app.dossier.library;

import app.dossier.model.Ids;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.store.ReportListing;
import app.dossier.store.ReportRepository;
import app.dossier.store.TagRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
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
            fillWithTies(library);
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

    /** Reports imported seven at a time in the same instant (a batch), every third mentioning the seldom company. */
    private static void fillWithTies(Library library) {
        Instant start = Instant.parse("2026-03-01T08:00:00.123456Z");
        library.database().write(c -> {
            for (int i = 0; i < REPORTS; i++) {
                boolean seldom = i % 3 == 0;
                String company = seldom ? "Anthropic" : "OpenAI";
                String text = String.format("Batch note %04d. %s hired.", i, company);
                String sha = Ids.sha256(text.getBytes(StandardCharsets.UTF_8));
                String id = Ids.report(sha);
                ReportRepository.insert(c, new Report(id, String.format("note-%04d.txt", i), "Batch note " + i, "en", sha,
                        start.plusSeconds(i / 7), null, "Generated", text.length(), "txt", text), "UTF-8");
                int at = text.indexOf(company);
                TagRepository.insertMentions(c, id, List.of(new Mention(id, seldom ? GeneratedLibrary.SELDOM
                        : GeneratedLibrary.OFTEN, at, at + company.length(), company, false, false)));
            }
            return null;
        });
    }
}
