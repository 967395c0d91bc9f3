package app.dossier.store;

import app.dossier.model.Report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
        return Jdbc.list(c, "SELECT " + ReportRepository.META + " FROM report " + where + " ORDER BY " + order.column
                        + direction + (ascending ? " NULLS FIRST" : " NULLS LAST") + ", id" + direction
                        + " LIMIT ? OFFSET ?", rs -> ReportRepository.map(rs, null), params.toArray());
    }

    /** How many live reports the filter lets through (all of them for {@link Filter#NONE}). */
    public static int count(Connection c, Filter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        return Jdbc.list(c, "SELECT COUNT(*) FROM report " + where(filter, params), rs -> rs.getInt(1),
                params.toArray()).get(0);
    }

    /** The ids of the companies live reports mention: the choices of the table's company filter. */
    public static List<String> mentionedCompanyIds(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT DISTINCT m.company_id FROM mention m JOIN report r ON r.id = m.report_id "
                + "WHERE r.deleted = FALSE", rs -> rs.getString(1));
    }

    /** The companies one report mentions. */
    public static List<String> companiesOf(Connection c, String reportId) throws SQLException {
        return Jdbc.list(c, "SELECT DISTINCT company_id FROM mention WHERE report_id = ?", rs -> rs.getString(1),
                reportId);
    }

    private static String where(Filter filter, List<Object> params) {
        // a version (another format of an article kept as its own report) is listed as a format of that report
        StringBuilder where = new StringBuilder("WHERE deleted = FALSE AND id NOT IN (SELECT v.report_id FROM report_version v"
                + " JOIN report k ON k.id = v.version_of WHERE k.deleted = FALSE)");
        if (filter.words() != null) {
            for (String word : filter.words().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isEmpty()) {
                    where.append(" AND LOCATE(?, LOWER(CONCAT(COALESCE(title, ''), ' ', COALESCE(source, ''), ' ',"
                            + " file_name, ' ', language))) > 0");
                    params.add(word);
                }
            }
        }
        if (filter.companyId() != null) {
            where.append(" AND id IN (SELECT report_id FROM mention WHERE company_id = ?)");
            params.add(filter.companyId());
        }
        if (filter.themeId() != null) {
            where.append(" AND id IN (SELECT report_id FROM theme_tag WHERE theme_id = ? AND status <> 'rejected')");
            params.add(filter.themeId());
        }
        return where.toString();
    }
}
