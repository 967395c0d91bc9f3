package app.dossier.store;

import app.dossier.model.Figure;
import app.dossier.model.Report;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The overview's reads: counts and grouped aggregates answered by the database, and rows only for what is
 * new since a moment or for the few companies the overview names. Nothing here reads every mention or figure
 * into memory, so the overview stays quick on a library of any size.
 */
public final class OverviewQueries {
    private static final String COUNTED = CompanyQueries.COUNTED_REPORT;

    private OverviewQueries() {
    }

    /** A company or theme with its counts. */
    public record Count(String id, int count, int reports) {
    }

    /** A company whose cash and burn the library gives, with the newest date a report gives them. */
    public record MoneyCompany(String companyId, java.time.LocalDate latest) {
    }

    /**
     * Counted in the report_imported index (imported_at, id, deleted): the reports after the moment only, and no
     * report row read, where "id IN counted reports" read every report's row (its text with it) at each overview.
     */
    public static int reportsSince(Connection c, Instant since) throws SQLException {
        return single(c, "SELECT COUNT(*) FROM report USE INDEX (report_imported) WHERE imported_at > ? AND "
                + ReportListing.LISTED, Timestamp.from(since));
    }

    /** The newest reports imported after {@code since}, newest first, without their text: the index walked from its end. */
    public static List<Report> newestSince(Connection c, Instant since, int limit) throws SQLException {
        return Jdbc.list(c, "SELECT " + ReportRepository.META + " FROM report USE INDEX (report_imported) WHERE imported_at > ? AND "
                + ReportListing.LISTED + " ORDER BY imported_at DESC, id DESC LIMIT ?", rs -> ReportRepository.map(rs, null),
                Timestamp.from(since), limit);
    }

    /** Figures nobody has confirmed or rejected yet, and those flagged after re-processing: kept counts (KeptCounts). */
    public static int[] figuresWaiting(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT n, m FROM library_tally WHERE kind = '" + KeptCounts.WAITING + "'",
                rs -> new int[]{rs.getInt(1), rs.getInt(2)}).stream().findFirst().orElse(new int[]{0, 0});
    }

    /** Figures with a company (not rejected, not "other") in reports imported after {@code since}. */
    public static List<Figure> figuresSince(Connection c, Instant since, int reportLimit) throws SQLException {
        return FigureRepository.query(c, "SELECT " + FigureRepository.COLUMNS + " FROM figure WHERE company_id IS NOT NULL"
                        + " AND status <> " + StoredWords.REJECTED + " AND metric <> 'other' AND report_id IN (SELECT id FROM report WHERE"
                        + " imported_at > ? AND id IN " + COUNTED + " ORDER BY imported_at DESC LIMIT ?)",
                Timestamp.from(since), reportLimit);
    }

    /** The companies mentioned most often, with the number of reports naming each: kept counts (KeptCounts). */
    public static List<Count> topCompanies(Connection c, int limit) throws SQLException {
        return kept(c, KeptCounts.COMPANY, limit);
    }

    /** The themes with the most passages not rejected: kept counts (KeptCounts). */
    public static List<Count> topThemes(Connection c, int limit) throws SQLException {
        return kept(c, KeptCounts.THEME, limit);
    }

    private static List<Count> kept(Connection c, String kind, int limit) throws SQLException {
        return Jdbc.list(c, "SELECT tally_key, n, reports FROM library_tally WHERE kind = ? AND n > 0 ORDER BY n DESC, tally_key LIMIT ?",
                rs -> new Count(rs.getString(1), rs.getInt(2), rs.getInt(3)), kind, limit);
    }

    /**
     * Companies the library gives both cash and burn for, the most recently reported first: from the kept shares
     * of the reports with such figures (a few), not from the figure table.
     */
    public static List<MoneyCompany> cashAndBurnCompanies(Connection c, int limit) throws SQLException {
        return Jdbc.list(c, "SELECT tally_key, MAX(report_day) FROM report_tally WHERE kind = '" + KeptCounts.MONEY + "'"
                        + " GROUP BY tally_key HAVING MAX(n) > 0 AND MAX(m) > 0 ORDER BY 2 DESC, 1 LIMIT ?",
                rs -> new MoneyCompany(rs.getString(1), rs.getObject(2, java.time.LocalDate.class)), limit);
    }

    /** Discovered companies offered by reports imported after {@code since}, not yet decided on. */
    public static List<String> discoveredSince(Connection c, Instant since) throws SQLException {
        return Jdbc.list(c, "SELECT DISTINCT cc.company_id FROM company_candidate cc JOIN report r ON r.id = cc.report_id"
                + " WHERE cc.status = " + StoredWords.UNDECIDED_CANDIDATE + " AND cc.company_id IS NOT NULL AND r.imported_at > ?",
                rs -> rs.getString(1), Timestamp.from(since));
    }

    /** When the window last showed this library's overview; empty before the first time. */
    public static Optional<Instant> lastVisit(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT visited_at FROM last_visit WHERE id = 1", rs -> rs.getTimestamp(1).toInstant())
                .stream().findFirst();
    }

    public static void recordVisit(Connection c, Instant at) throws SQLException {
        Jdbc.update(c, "MERGE INTO last_visit (id, visited_at) KEY (id) VALUES (1, ?)", Timestamp.from(at));
    }

    private static int single(Connection c, String sql, Object... params) throws SQLException {
        return Jdbc.list(c, sql, rs -> rs.getInt(1), params).get(0);
    }
}
