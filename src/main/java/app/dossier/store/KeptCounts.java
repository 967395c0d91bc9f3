package app.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The overview's counts kept as the library is written (V25), so that opening the window does not count the
 * whole mention, theme-tag and figure tables again. Each report's share is stored in report_tally (what its
 * mentions, live theme tags, figures waiting and cash/burn figures add, by company or theme) and the sums in
 * library_tally. A write transaction names the reports whose rows it changed ({@link #touch}); before it
 * commits, {@link #settle} reads each such report's share afresh, and library_tally moves by the difference from
 * the share stored before. A count so kept is the one a fresh GROUP BY would give (KeptCountsTest).
 *
 * <p>Kinds: C a company's mentions (n) in counted reports; T a theme's tags not rejected in counted reports;
 * W figures waiting for review in live reports (n; m of them flagged after re-processing); M a company with
 * cash (n = 1) and/or burn (m = 1) figures in a counted report, with that report's date (day), read from
 * report_tally only (a latest date cannot be kept as a sum).
 */
public final class KeptCounts {
    static final String COMPANY = "C";
    static final String THEME = "T";
    static final String WAITING = "W";
    static final String MONEY = "M";

    /** The reports touched by the write transaction running on this thread; null outside one. */
    private static final ThreadLocal<Set<String>> TOUCHED = new ThreadLocal<>();

    private KeptCounts() {
    }

    /** Opens the list of touched reports for a write transaction on this thread; returns the list of one it runs inside. */
    static Set<String> begin() {
        Set<String> outer = TOUCHED.get();
        TOUCHED.set(new LinkedHashSet<>());
        return outer;
    }

    static void end(Set<String> outer) {
        if (outer == null) {
            TOUCHED.remove();
        } else {
            TOUCHED.set(outer);
        }
    }

    /** This report's mentions, tags, figures, state or date changed in the running write transaction. */
    static void touch(String reportId) {
        Set<String> touched = TOUCHED.get();
        if (touched != null && reportId != null) {
            touched.add(reportId);
        }
    }

    static void touchAll(Collection<String> reportIds) {
        reportIds.forEach(KeptCounts::touch);
    }

    /** A figure's report, looked up by the figure's id (before it is deleted). */
    static void touchFigure(Connection c, String figureId) throws SQLException {
        if (TOUCHED.get() != null) {
            Jdbc.list(c, "SELECT report_id FROM figure WHERE id = ?", rs -> rs.getString(1), figureId).forEach(KeptCounts::touch);
        }
    }

    static void touchTag(Connection c, String tagId) throws SQLException {
        if (TOUCHED.get() != null) {
            Jdbc.list(c, "SELECT report_id FROM theme_tag WHERE id = ?", rs -> rs.getString(1), tagId).forEach(KeptCounts::touch);
        }
    }

    /** A report deleted or brought back: the reports that are versions of it are counted or not with it. */
    static void touchWithVersions(Connection c, String reportId) throws SQLException {
        if (TOUCHED.get() != null) {
            touch(reportId);
            Jdbc.list(c, "SELECT report_id FROM report_version WHERE version_of = ?", rs -> rs.getString(1), reportId)
                    .forEach(KeptCounts::touch);
        }
    }

    /** Brings the kept counts of the reports touched in this transaction up to date, in the same transaction. */
    static void settle(Connection c) throws SQLException {
        Set<String> touched = TOUCHED.get();
        if (touched == null || touched.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(touched);
        touched.clear();
        for (int from = 0; from < ids.size(); from += 200) {
            settle(c, ids.subList(from, Math.min(ids.size(), from + 200)));
        }
    }

    /** One report's share of one kind and key. */
    private record Share(String reportId, String kind, String key, int n, int m, java.sql.Date day) {
        String id() {
            return reportId + '\u0000' + kind + '\u0000' + key;
        }
    }

    private static void settle(Connection c, List<String> ids) throws SQLException {
        String in = " IN (" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        Object[] params = ids.toArray();
        Map<String, Share> before = new HashMap<>();
        for (Share s : Jdbc.list(c, "SELECT report_id, kind, tally_key, n, m, report_day FROM report_tally WHERE report_id" + in,
                rs -> new Share(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getDate(6)), params)) {
            before.put(s.id(), s);
        }
        Map<String, Share> after = new HashMap<>();
        for (Share s : shares(c, in, params)) {
            after.put(s.id(), s);
        }
        // the sums move by each share's difference, in key order (two writers never wait on each other's rows crosswise)
        Map<String, long[]> moves = new TreeMap<>();
        for (Share s : before.values()) {
            Share now = after.get(s.id());
            if (now == null) {
                Jdbc.update(c, "DELETE FROM report_tally WHERE report_id = ? AND kind = ? AND tally_key = ?", s.reportId(), s.kind(), s.key());
                move(moves, s, -1);
            } else if (now.n() != s.n() || now.m() != s.m() || !Objects.equals(now.day(), s.day())) {
                Jdbc.update(c, "UPDATE report_tally SET n = ?, m = ?, report_day = ? WHERE report_id = ? AND kind = ? AND tally_key = ?",
                        now.n(), now.m(), now.day(), s.reportId(), s.kind(), s.key());
                move(moves, s, -1);
                move(moves, now, 1);
            }
        }
        List<Share> added = after.values().stream().filter(s -> !before.containsKey(s.id())).toList();
        if (!added.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_tally (report_id, kind, tally_key, n, m, report_day) VALUES (?,?,?,?,?,?)")) {
                for (Share s : added) {
                    ps.setString(1, s.reportId());
                    ps.setString(2, s.kind());
                    ps.setString(3, s.key());
                    ps.setInt(4, s.n());
                    ps.setInt(5, s.m());
                    ps.setDate(6, s.day());
                    ps.addBatch();
                    move(moves, s, 1);
                }
                ps.executeBatch();
            }
        }
        for (Map.Entry<String, long[]> e : moves.entrySet()) {
            long[] d = e.getValue();
            if (d[0] == 0 && d[1] == 0 && d[2] == 0) {
                continue;
            }
            String kind = e.getKey().substring(0, 1);
            String key = e.getKey().substring(2);
            if (Jdbc.update(c, "UPDATE library_tally SET n = n + ?, m = m + ?, reports = reports + ? WHERE kind = ? AND tally_key = ?",
                    d[0], d[1], d[2], kind, key) == 0) {
                Jdbc.update(c, "INSERT INTO library_tally (kind, tally_key, n, m, reports) VALUES (?,?,?,?,?)", kind, key, d[0], d[1], d[2]);
            } else if (d[2] < 0) {
                // a company or theme no counted report holds any more leaves no row behind
                Jdbc.update(c, "DELETE FROM library_tally WHERE kind = ? AND tally_key = ? AND reports = 0", kind, key);
            }
        }
    }

    /** Adds a share to the sums' moves: its count, and one report more or less. Money shares have no sum. */
    private static void move(Map<String, long[]> moves, Share s, int sign) {
        if (MONEY.equals(s.kind())) {
            return;
        }
        long[] d = moves.computeIfAbsent(s.kind() + '\u0000' + s.key(), k -> new long[3]);
        d[0] += sign * (long) s.n();
        d[1] += sign * (long) s.m();
        d[2] += sign;
    }

    /** A touched report's state: whether it is live, whether it is counted (live and no version of a live report), its date. */
    private record State(boolean live, boolean counted, java.sql.Date day) {
    }

    /**
     * The reports' shares as their rows stand now: the same conditions as the scans they replace (OverviewQueries),
     * each read by report id through the tables' report indexes; whether a report is counted is asked of the report
     * rows themselves, since H2 would answer "IN counted reports" by listing every report.
     */
    private static List<Share> shares(Connection c, String in, Object[] ids) throws SQLException {
        Map<String, State> states = new HashMap<>();
        for (Object[] row : Jdbc.list(c, "SELECT r.id, r.deleted, EXISTS (SELECT 1 FROM report_version v JOIN report k ON k.id = v.version_of"
                        + " WHERE v.report_id = r.id AND k.deleted = FALSE), COALESCE(r.published, CAST(r.imported_at AS DATE)) FROM report r WHERE r.id" + in,
                rs -> new Object[]{rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getDate(4)}, ids)) {
            boolean live = !(Boolean) row[1];
            states.put((String) row[0], new State(live, live && !(Boolean) row[2], (java.sql.Date) row[3]));
        }
        java.util.function.Predicate<String> counted = id -> states.containsKey(id) && states.get(id).counted();
        List<Share> out = new ArrayList<>();
        for (Share s : Jdbc.list(c, "SELECT report_id, company_id, COUNT(*) FROM mention WHERE report_id" + in
                + " GROUP BY report_id, company_id", rs -> new Share(rs.getString(1), COMPANY, rs.getString(2), rs.getInt(3), 0, null), ids)) {
            if (counted.test(s.reportId())) {
                out.add(s);
            }
        }
        for (Share s : Jdbc.list(c, "SELECT report_id, theme_id, COUNT(*) FROM theme_tag WHERE report_id" + in + " AND status <> "
                + StoredWords.REJECTED + " GROUP BY report_id, theme_id",
                rs -> new Share(rs.getString(1), THEME, rs.getString(2), rs.getInt(3), 0, null), ids)) {
            if (counted.test(s.reportId())) {
                out.add(s);
            }
        }
        for (Share s : Jdbc.list(c, "SELECT report_id, COUNT(*), SUM(CASE WHEN needs_review THEN 1 ELSE 0 END) FROM figure"
                        + " WHERE report_id" + in + " AND (status = " + StoredWords.SUGGESTED + " OR needs_review) GROUP BY report_id",
                rs -> new Share(rs.getString(1), WAITING, "", rs.getInt(2), rs.getInt(3), null), ids)) {
            if (states.containsKey(s.reportId()) && states.get(s.reportId()).live()) {
                out.add(s);
            }
        }
        for (Share s : Jdbc.list(c, "SELECT report_id, company_id, MAX(CASE WHEN metric = 'cash' THEN 1 ELSE 0 END),"
                        + " MAX(CASE WHEN metric = 'burn' THEN 1 ELSE 0 END) FROM figure WHERE report_id" + in
                        + " AND metric IN ('cash', 'burn') AND status <> " + StoredWords.REJECTED + " AND company_id IS NOT NULL"
                        + " GROUP BY report_id, company_id",
                rs -> new Share(rs.getString(1), MONEY, rs.getString(2), rs.getInt(3), rs.getInt(4), null), ids)) {
            if (counted.test(s.reportId())) {
                out.add(new Share(s.reportId(), MONEY, s.key(), s.n(), s.m(), states.get(s.reportId()).day()));
            }
        }
        return out;
    }
}
