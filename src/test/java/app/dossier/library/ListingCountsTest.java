package app.dossier.library;

import app.dossier.journal.Commands;
import app.dossier.model.Origin;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import app.dossier.model.ThemeTag;
import app.dossier.store.ReportListing;
import app.dossier.store.TagRepository;
import app.dossier.store.VersionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counts beside the library table's filters come from counts kept until the next write; they must say
 * what the table lists: deleted reports and versions of another report left out, and a deletion followed.
 */
class ListingCountsTest {
    private static final int REPORTS = 30;

    @TempDir
    Path dir;

    private static ReportListing.Filter company(String id) {
        return new ReportListing.Filter(null, id, null);
    }

    private static ReportListing.Filter theme(String id) {
        return new ReportListing.Filter(null, null, id);
    }

    /** What the table would show under the filter: every row of it, read page by page as the window does. */
    private static int listed(Library library, ReportListing.Filter filter) {
        return library.reportPage(filter, ReportListing.Order.IMPORTED, true, 0, 1_000).size();
    }

    @Test
    void filterCountsAreTheRowsListedAndFollowEachChange() throws Exception {
        try (Library library = Library.open(dir)) {
            GeneratedLibrary.fill(library, REPORTS);
            List<Report> reports = library.reportPage(ReportListing.Filter.NONE, ReportListing.Order.IMPORTED, true, 0, 100);
            Report first = reports.get(0);     // mentions Anthropic (every third report does)
            Report fourth = reports.get(3);    // Anthropic too
            Report second = reports.get(1);    // OpenAI
            library.database().write(c -> {
                for (Report r : List.of(first, second)) {
                    TagRepository.insert(c, new ThemeTag(r.id() + "-t", r.id(), "funding", 0, 6, Origin.AUTO, ReviewStatus.SUGGESTED));
                }
                TagRepository.insert(c, new ThemeTag(fourth.id() + "-t", fourth.id(), "funding", 0, 6, Origin.AUTO, ReviewStatus.REJECTED));
                return null;
            });
            assertEquals(10, library.reportCount(company(GeneratedLibrary.SELDOM)));
            assertEquals(20, library.reportCount(company(GeneratedLibrary.OFTEN)));
            assertEquals(2, library.reportCount(theme("funding")), "a rejected tag does not count");

            library.execute(new Commands.SetReportDeleted(first.id(), true));
            // the fourth report becomes a format of the second: listed under it, not as a report of its own
            library.database().write(c -> {
                VersionRepository.put(c, fourth.id(), new VersionRepository.Link(second.id(), 0.98, Origin.AUTO));
                return null;
            });

            for (ReportListing.Filter f : List.of(ReportListing.Filter.NONE, company(GeneratedLibrary.SELDOM),
                    company(GeneratedLibrary.OFTEN), theme("funding"), theme("no-such-theme"), company("no-such-company"))) {
                assertEquals(listed(library, f), library.reportCount(f), "the count beside " + f);
            }
            assertEquals(8, library.reportCount(company(GeneratedLibrary.SELDOM)), "a deleted report and a version left out");
            assertEquals(1, library.reportCount(theme("funding")));
            assertEquals(REPORTS - 2, library.reportCount(ReportListing.Filter.NONE));
        }
    }

    @Test
    void aCompanyOnlyDeletedReportsMentionIsNoLongerOffered() throws Exception {
        try (Library library = Library.open(dir)) {
            GeneratedLibrary.fill(library, 2); // report 0 mentions Anthropic, report 1 OpenAI
            assertTrue(library.mentionedCompanyIds().contains(GeneratedLibrary.SELDOM));
            Report anthropic = library.reportPage(company(GeneratedLibrary.SELDOM), ReportListing.Order.IMPORTED, true, 0, 10).get(0);
            library.execute(new Commands.SetReportDeleted(anthropic.id(), true));
            assertFalse(library.mentionedCompanyIds().contains(GeneratedLibrary.SELDOM), "read again after the deletion");
            assertEquals(List.of(GeneratedLibrary.OFTEN), library.mentionedCompanyIds());

            library.decisions().undo();
            assertTrue(library.mentionedCompanyIds().contains(GeneratedLibrary.SELDOM), "and again after the undo");
        }
    }
}
