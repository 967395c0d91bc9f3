package app.dossier.store;

import app.dossier.model.Report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The library table's rows, a page at a time: filtered by words, company and theme and sorted in the
 * database, so opening a library of thousands of reports reads one page, not every report, mention and tag.
 */
public final class ReportListing {
    /** What the table is sorted by; the report id breaks ties so pages never overlap. */
    public enum Order {
        IMPORTED("imported_at"), TITLE("LOWER(title)"), LANGUAGE("language"), PUBLISHED("published"),
        SOURCE("LOWER(source)"), SIZE("size_bytes");

        private final String column;

        Order(String column) {
            this.column = column;
        }
    }

    /** Words each found in title, source, file name or language (case-insensitive); a company; a theme. Null for none. */
    public record Filter(String words, String companyId, String themeId) {
        public static final Filter NONE = new Filter(null, null, null);

        public boolean isNone() {
            return (words == null || words.isBlank()) && companyId == null && themeId == null;
        }
    }

    private ReportListing() {
    }

    /** Up to {@code limit} reports from {@code offset} in the order asked, without their text. */
    public static List<Report> page(Connection c, Filter filter, Order order, boolean ascending, int offset, int limit)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        String direction = ascending ? " ASC" : " DESC";
        params.add(limit);
        params.add(offset);
        // named, or H2 takes report_deleted for "deleted = FALSE" and sorts every report for each page (V15)
        String index = order == Order.IMPORTED ? " USE INDEX (report_imported) " : " ";
        return Jdbc.list(c, "SELECT " + ReportRepository.META + " FROM report" + index + where + " ORDER BY " + order.column
                        + direction + (ascending ? " NULLS FIRST" : " NULLS LAST") + ", id" + direction
                        + " LIMIT ? OFFSET ?", rs -> ReportRepository.map(rs, null), params.toArray());
    }

    /**
     * The page after {@code last} in import order: the index is entered at that report, where a page at an
     * offset would read and skip every report before it (each a row read), so the tenth page costs the first's.
     */
    public static List<Report> pageAfter(Connection c, Filter filter, boolean ascending, Report last, int limit)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(where(filter, params));
        java.time.OffsetDateTime at = last.importedAt().atOffset(java.time.ZoneOffset.UTC);
        where.append(ascending ? " AND imported_at >= ? AND (imported_at > ? OR id > ?)"
                : " AND imported_at <= ? AND (imported_at < ? OR id < ?)");
        params.addAll(List.of(at, at, last.id()));
        String direction = ascending ? " ASC" : " DESC";
        params.add(limit);
        return Jdbc.list(c, "SELECT " + ReportRepository.META + " FROM report USE INDEX (report_imported) " + where
                        + " ORDER BY imported_at" + direction + ", id" + direction + " LIMIT ?",
                rs -> ReportRepository.map(rs, null), params.toArray());
    }

    /** How many live reports the filter lets through (all of them for {@link Filter#NONE}). */
    public static int count(Connection c, Filter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        return Jdbc.list(c, "SELECT COUNT(*) FROM report " + where(filter, params), rs -> rs.getInt(1),
                params.toArray()).get(0);
    }

    /**
     * The companies listed reports (live, not a version of another) mention: the choices of the table's company
     * filter. H2 reads the distinct companies off the mention_company index, then one seek per company
     * finds a listed report, so this costs the number of companies, not of mentions.
     */
    public static List<String> mentionedCompanyIds(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT k.company_id FROM (SELECT DISTINCT company_id FROM mention) k WHERE EXISTS"
                + " (SELECT 1 FROM mention m WHERE m.company_id = k.company_id AND m.report_id NOT IN (" + UNLISTED + "))",
                rs -> rs.getString(1));
    }

    /** How many listed reports mention the company, counted in the mention_company index (the company's mentions only). */
    public static int reportsMentioning(Connection c, String companyId) throws SQLException {
        return Jdbc.list(c, "SELECT COUNT(DISTINCT report_id) FROM mention WHERE company_id = ? AND report_id NOT IN ("
                + UNLISTED + ")", rs -> rs.getInt(1), companyId).get(0);
    }

    /**
     * How many listed reports carry each theme (a tag not rejected): one pass over the tags answers the count
     * of every theme (no index by theme: V9 dropped it), the few reports not listed counted apart and taken off.
     */
    public static Map<String, Integer> reportsPerTheme(Connection c) throws SQLException {
        String perTheme = "SELECT theme_id, COUNT(DISTINCT report_id) FROM theme_tag WHERE status <> " + StoredWords.REJECTED;
        return listedOnly(perKey(c, perTheme + " GROUP BY theme_id"),
                perKey(c, perTheme + " AND report_id IN (" + UNLISTED + ") GROUP BY theme_id"));
    }

    private static Map<String, Integer> listedOnly(Map<String, Integer> all, Map<String, Integer> unlisted) {
        unlisted.forEach((key, n) -> all.computeIfPresent(key, (k, m) -> m - n > 0 ? m - n : null));
        return all;
    }

    private static Map<String, Integer> perKey(Connection c, String sql) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Jdbc.list(c, sql, rs -> counts.put(rs.getString(1), rs.getInt(2)));
        return counts;
    }

    /** The companies one report mentions. */
    public static List<String> companiesOf(Connection c, String reportId) throws SQLException {
        return Jdbc.list(c, "SELECT DISTINCT company_id FROM mention WHERE report_id = ?", rs -> rs.getString(1),
                reportId);
    }

    /** Versions of a live report: listed as a format of the report they belong to, not as reports of their own. */
    private static final String VERSIONS = "SELECT v.report_id FROM report_version v JOIN report k ON k.id = v.version_of"
            + " WHERE k.deleted = FALSE";
    /** The reports the table leaves out: deleted ones and versions. */
    private static final String UNLISTED = "SELECT id FROM report WHERE deleted = TRUE UNION " + VERSIONS;

    /** The reports the table lists (live, not a version of a live report), as a condition on table report. */
    static final String LISTED = "report.deleted = FALSE AND report.id NOT IN (" + VERSIONS + ")";

    private static String listed() {
        return "WHERE " + LISTED;
    }

    private static String where(Filter filter, List<Object> params) {
        StringBuilder where = new StringBuilder(listed());
        if (filter.words() != null) {
            for (String word : filter.words().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isEmpty()) {
                    where.append(" AND LOCATE(?, LOWER(CONCAT(COALESCE(title, ''), ' ', COALESCE(source, ''), ' ',"
                            + " file_name, ' ', language))) > 0");
                    params.add(word);
                }
            }
        }
        // EXISTS, not IN: the rows are read in the order of the report_imported index and the page stops once
        // full, each report asked about through mention_company (company, report) or theme_tag_report
        if (filter.companyId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM mention m WHERE m.company_id = ? AND m.report_id = report.id)");
            params.add(filter.companyId());
        }
        if (filter.themeId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM theme_tag t WHERE t.report_id = report.id AND t.theme_id = ?"
                    + " AND t.status <> 'rejected')");
            params.add(filter.themeId());
        }
        return where.toString();
    }
}
