package app.dossier.library;

import app.dossier.importing.ImportProgress;
import app.dossier.journal.Commands;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.model.ReviewStatus;
import app.dossier.model.ThemeTag;
import app.dossier.model.Origin;
import app.dossier.store.VersionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overview's counts kept on the write path (V25, store/KeptCounts) equal what counting the library's rows afresh
 * gives, after an import and after every kind of write that moves them: decisions on figures and theme tags, their
 * undo, deleting a report and bringing it back, linking a report as a version of another, and re-processing.
 */
class KeptCountsTest {
    private static final String FIRST = "Nordlicht Robotics raises a round\n\n"
            + "Mistral AI has $40 million in cash and burns $4 million per month, its filing says.\n\n"
            + "Aleph Alpha raised $25 million in funding from two investors.";
    private static final String SECOND = "A quarter later\n\n"
            + "Mistral AI has $31 million in cash and burns $3 million per month.\n\n"
            + "Aleph Alpha has $9 million in cash and burns $1.5 million per month; Mistral AI hired forty engineers.";
    private static final String THIRD = "Regulators and chips\n\n"
            + "Aleph Alpha said the new rules on AI models will cost it $2 million a year.\n\n"
            + "Mistral AI expects revenue of $60 million next year.";

    /** The scans the kept counts replace (OverviewQueries before V25), run over every company and theme. */
    private static final String COUNTED = "(SELECT r.id FROM report r WHERE r.deleted = FALSE AND NOT EXISTS ("
            + "SELECT 1 FROM report_version v JOIN report k ON k.id = v.version_of WHERE v.report_id = r.id AND k.deleted = FALSE))";

    @TempDir
    Path dir;

    @Test
    void keptCountsEqualAFreshCountAfterEveryKindOfWrite() throws Exception {
        try (Library library = Library.open(dir.resolve("lib"))) {
            String first = importText(library, "first.txt", FIRST);
            String second = importText(library, "second.txt", SECOND);
            String third = importText(library, "third.txt", THIRD);
            Counts imported = assertKeptEqualsFresh(library, "after import");
            assertFalse(imported.fresh().get("C").isEmpty(), "the reports mention companies");
            assertFalse(imported.fresh().get("W").isEmpty(), "suggested figures wait for review");
            assertFalse(imported.fresh().get("M").isEmpty(), "a company is reported with cash and burn");

            Figure cash = library.figures(second).stream().filter(f -> f.metric().equals(Metric.CASH)).findFirst().orElseThrow();
            library.execute(new Commands.PutFigure(cash, cash.withStatus(ReviewStatus.REJECTED)));
            assertKeptEqualsFresh(library, "after rejecting a cash figure");
            Figure other = library.figures(first).get(0);
            library.execute(new Commands.PutFigure(other, other.withStatus(ReviewStatus.CONFIRMED)));
            assertKeptEqualsFresh(library, "after confirming a figure");
            library.decisions().undo();
            assertKeptEqualsFresh(library, "after undoing the confirmation");
            library.decisions().undo();
            assertKeptEqualsFresh(library, "after undoing the rejection");

            ThemeTag added = new ThemeTag("kept-counts-tag", third, library.themes().get(0).id(), 0, 20, Origin.USER,
                    ReviewStatus.CONFIRMED);
            library.execute(new Commands.PutThemeTag(null, added));
            assertKeptEqualsFresh(library, "after tagging a passage by hand");
            library.execute(new Commands.PutThemeTag(added, added.withStatus(ReviewStatus.REJECTED)));
            assertKeptEqualsFresh(library, "after rejecting the tag");
            for (ThemeTag t : library.themeTags(first)) {
                library.execute(new Commands.PutThemeTag(t, t.withStatus(ReviewStatus.REJECTED)));
            }
            assertKeptEqualsFresh(library, "after rejecting a report's tags");

            library.execute(new Commands.SetReportDeleted(second, true));
            Counts deleted = assertKeptEqualsFresh(library, "after deleting a report");
            assertFalse(deleted.equals(imported), "deleting a report moves the counts");
            library.decisions().undo();
            assertKeptEqualsFresh(library, "after undoing the deletion");

            library.execute(new Commands.SetVersionOf(first, null, new VersionRepository.Link(third, 0.9, Origin.USER)));
            assertKeptEqualsFresh(library, "after linking a report as a version of another");
            library.execute(new Commands.SetReportDeleted(third, true));
            assertKeptEqualsFresh(library, "after deleting the report kept of two versions");
            library.decisions().undo();
            library.decisions().undo();
            assertKeptEqualsFresh(library, "after undoing the link and the deletion");

            library.reprocessAll((done, total, what) -> { }, () -> false);
            assertKeptEqualsFresh(library, "after re-processing");
        }
        try (Library reopened = Library.open(dir.resolve("lib"))) {
            assertKeptEqualsFresh(reopened, "after reopening");
        }
    }

    private String importText(Library library, String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        return library.importer().importPaths(List.of(file), ImportProgress.NONE, () -> false).get(0).reportId();
    }

    /** By kind (C, T, W, M), each key's counts as text. */
    private record Counts(Map<String, Map<String, String>> fresh) {
    }

    private static Counts assertKeptEqualsFresh(Library library, String when) {
        Map<String, Map<String, String>> fresh = library.database().read(KeptCountsTest::fresh);
        Map<String, Map<String, String>> kept = library.database().read(KeptCountsTest::kept);
        assertEquals(fresh, kept, when);
        return new Counts(fresh);
    }

    private static Map<String, Map<String, String>> fresh(Connection c) throws SQLException {
        Map<String, Map<String, String>> out = new TreeMap<>();
        out.put("C", rows(c, "SELECT company_id, COUNT(*) || '/' || COUNT(DISTINCT report_id) FROM mention WHERE report_id IN "
                + COUNTED + " GROUP BY company_id"));
        out.put("T", rows(c, "SELECT theme_id, COUNT(*) || '/' || COUNT(DISTINCT report_id) FROM theme_tag WHERE status <> 'rejected'"
                + " AND report_id IN " + COUNTED + " GROUP BY theme_id"));
        out.put("W", rows(c, "SELECT '', COUNT(*) || '/' || COALESCE(SUM(CASE WHEN f.needs_review THEN 1 ELSE 0 END), 0) FROM figure f"
                + " JOIN report r ON r.id = f.report_id WHERE r.deleted = FALSE AND (f.status = 'suggested' OR f.needs_review) HAVING COUNT(*) > 0"));
        out.put("M", rows(c, "SELECT f.company_id, MAX(COALESCE(r.published, CAST(r.imported_at AS DATE))) FROM figure f"
                + " JOIN report r ON r.id = f.report_id WHERE f.metric IN ('cash', 'burn') AND f.status <> 'rejected'"
                + " AND f.company_id IS NOT NULL AND r.id IN " + COUNTED + " GROUP BY f.company_id HAVING COUNT(DISTINCT f.metric) = 2"));
        return out;
    }

    private static Map<String, Map<String, String>> kept(Connection c) throws SQLException {
        Map<String, Map<String, String>> out = new TreeMap<>();
        out.put("C", rows(c, "SELECT tally_key, n || '/' || reports FROM library_tally WHERE kind = 'C' AND n > 0"));
        out.put("T", rows(c, "SELECT tally_key, n || '/' || reports FROM library_tally WHERE kind = 'T' AND n > 0"));
        out.put("W", rows(c, "SELECT tally_key, n || '/' || m FROM library_tally WHERE kind = 'W' AND n > 0"));
        out.put("M", rows(c, "SELECT tally_key, MAX(report_day) FROM report_tally WHERE kind = 'M' GROUP BY tally_key"
                + " HAVING MAX(n) > 0 AND MAX(m) > 0"));
        return out;
    }

    private static Map<String, String> rows(Connection c, String sql) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }
}
