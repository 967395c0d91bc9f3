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
 * whole mention, theme-tag and figure tables again. Each report's share is stored (what its mentions, live theme
 * tags, figures waiting and cash/burn figures add, by company or theme: the cash/burn shares as rows of report_tally,
 * the others as the lines of one report_share row per report, V30) and the sums in library_tally. A write transaction names the reports whose rows it changed ({@link #touch}); before it
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
        Map<String, String> sharesBefore = new HashMap<>();
        for (String[] row : Jdbc.list(c, "SELECT report_id, shares FROM report_share WHERE report_id" + in,
                rs -> new String[]{rs.getString(1), rs.getString(2)}, params)) {
            sharesBefore.put(row[0], row[1]);
            for (Share s : decode(row[0], row[1])) {
                before.put(s.id(), s);
            }
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
                move(moves, s, -1);
            } else if (now.n() != s.n() || now.m() != s.m() || !Objects.equals(now.day(), s.day())) {
                move(moves, s, -1);
                move(moves, now, 1);
            }
        }
        for (Share s : after.values()) {
            if (!before.containsKey(s.id())) {
                move(moves, s, 1);
            }
        }
        storeMoney(c, before, after);
        storeShares(c, ids, sharesBefore, after);
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

    /** A company's cash and burn shares stay rows of report_tally: runway reads them by company (index report_tally_kind). */
    private static void storeMoney(Connection c, Map<String, Share> before, Map<String, Share> after) throws SQLException {
        for (Share s : before.values()) {
            if (!MONEY.equals(s.kind())) {
                continue;
            }
            Share now = after.get(s.id());
            if (now == null) {
                Jdbc.update(c, "DELETE FROM report_tally WHERE report_id = ? AND kind = ? AND tally_key = ?", s.reportId(), s.kind(), s.key());
            } else if (now.n() != s.n() || now.m() != s.m() || !Objects.equals(now.day(), s.day())) {
                Jdbc.update(c, "UPDATE report_tally SET n = ?, m = ?, report_day = ? WHERE report_id = ? AND kind = ? AND tally_key = ?",
                        now.n(), now.m(), now.day(), s.reportId(), s.kind(), s.key());
            }
        }
        List<Share> added = after.values().stream().filter(s -> MONEY.equals(s.kind()) && !before.containsKey(s.id())).toList();
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
                }
                ps.executeBatch();
            }
        }
    }

    /**
     * A report's other shares (C, T, W) are one row of report_share, its lines in key order (V30): as a row each they
     * were, with their primary key and index, a twelfth of a library's database.
     */
    private static void storeShares(Connection c, List<String> ids, Map<String, String> before, Map<String, Share> after)
            throws SQLException {
        Map<String, List<Share>> byReport = new HashMap<>();
        for (Share s : after.values()) {
            if (!MONEY.equals(s.kind())) {
                byReport.computeIfAbsent(s.reportId(), k -> new ArrayList<>()).add(s);
            }
        }
        List<String[]> added = new ArrayList<>();
        for (String id : ids) {
            List<Share> now = byReport.get(id);
            String encoded = now == null ? null : encode(now);
            String was = before.get(id);
            if (Objects.equals(encoded, was)) {
                continue;
            }
            if (encoded == null) {
                Jdbc.update(c, "DELETE FROM report_share WHERE report_id = ?", id);
            } else if (was == null) {
                added.add(new String[]{id, encoded});
            } else {
                Jdbc.update(c, "UPDATE report_share SET shares = ? WHERE report_id = ?", encoded, id);
            }
        }
        if (!added.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_share (report_id, shares) VALUES (?, ?)")) {
                for (String[] row : added) {
                    ps.setString(1, row[0]);
                    ps.setString(2, row[1]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /**
     * One line per share, "KIND n m key", in the order of kind and key; the key comes last, so it may hold spaces, and
     * a backslash or line break in it is escaped. V30 writes the same lines from the rows it replaces.
     */
    static String encode(List<Share> shares) {
        List<String> lines = new ArrayList<>();
        for (Share s : shares) {
            lines.add(s.kind() + '\u0000' + s.key() + '\u0000' + s.kind() + ' ' + s.n() + ' ' + s.m() + ' '
                    + s.key().replace("\\", "\\\\").replace("\n", "\\n"));
        }
        java.util.Collections.sort(lines);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line, line.lastIndexOf('\u0000') + 1, line.length());
        }
        return out.toString();
    }

    private static String unescape(String key) {
        if (key.indexOf('\\') < 0) {
            return key;
        }
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (ch == '\\' && i + 1 < key.length()) {
                char next = key.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    static List<Share> decode(String reportId, String encoded) {
        List<Share> out = new ArrayList<>();
        for (String line : encoded.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int a = line.indexOf(' ');
            int b = line.indexOf(' ', a + 1);
            int k = line.indexOf(' ', b + 1);
            String key = unescape(line.substring(k + 1));
            out.add(new Share(reportId, line.substring(0, a), key, Integer.parseInt(line.substring(a + 1, b)),
                    Integer.parseInt(line.substring(b + 1, k)), null));
        }
        return out;
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
