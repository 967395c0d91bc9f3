package app.dossier.store;

import app.dossier.model.Annotation;
import app.dossier.model.Figure;
import app.dossier.model.Report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * What one company's profile reads: every query narrowed to the company by an index (mentions and figures by
 * company), never the whole library's rows. Reports that are versions (other formats) of another, and
 * deleted ones, are left out as everywhere else.
 */
public final class CompanyQueries {
    /** A live report that is not a version of another one. */
    static final String COUNTED_REPORT = "(SELECT r.id FROM report r WHERE r.deleted = FALSE AND NOT EXISTS ("
            + "SELECT 1 FROM report_version v JOIN report k ON k.id = v.version_of WHERE v.report_id = r.id AND k.deleted = FALSE))";

    private CompanyQueries() {
    }

    /** A report mentioning the company, with how often. */
    public record ReportMentions(String reportId, int mentions) {
    }

    /** A theme of passages that name the company, with how many such passages. */
    public record ThemePassages(String themeId, int passages) {
    }

    public static List<ReportMentions> reportsMentioning(Connection c, String companyId) throws SQLException {
        return Jdbc.list(c, "SELECT report_id, COUNT(*) FROM mention WHERE company_id = ? AND report_id IN " + COUNTED_REPORT
                        + " GROUP BY report_id", rs -> new ReportMentions(rs.getString(1), rs.getInt(2)), companyId);
    }

    /** Themes of the passages (tags not rejected) that hold a mention of the company, most passages first. */
    public static List<ThemePassages> themesOf(Connection c, String companyId) throws SQLException {
        return Jdbc.list(c, "SELECT t.theme_id, COUNT(DISTINCT t.id) FROM mention m JOIN theme_tag t ON t.report_id = m.report_id"
                        + " AND m.start_offset >= t.start_offset AND m.end_offset <= t.end_offset"
                        + " WHERE m.company_id = ? AND t.status <> " + StoredWords.REJECTED + " AND m.report_id IN " + COUNTED_REPORT
                        + " GROUP BY t.theme_id ORDER BY 2 DESC, 1",
                rs -> new ThemePassages(rs.getString(1), rs.getInt(2)), companyId);
    }

    /** The figures attributed to the company, rejected ones included (the profile shows them as such). */
    public static List<Figure> figuresOf(Connection c, String companyId) throws SQLException {
        return FigureRepository.query(c, "SELECT " + FigureRepository.COLUMNS + " FROM figure WHERE company_id = ? AND report_id IN "
                + COUNTED_REPORT + " ORDER BY report_id, start_offset", companyId);
    }

    /** Figures of these companies and metrics (not rejected): what a conflict among new figures is looked for in. */
    public static List<Figure> figuresOf(Connection c, Collection<String> companyIds, Collection<String> metrics)
            throws SQLException {
        return FigureRepository.withQuotes(c, rowsOf(c, companyIds, metrics));
    }

    /**
     * Like {@link #figuresOf(Connection, Collection, Collection)}, each quote read from the text left null: the
     * runway weighs thousands of cash and burn figures of a company and shows two, whose quotes
     * {@link FigureRepository#find} then reads.
     */
    public static List<Figure> figuresWithoutQuotes(Connection c, Collection<String> companyIds, Collection<String> metrics)
            throws SQLException {
        return rowsOf(c, companyIds, metrics).stream().map(FigureRepository.Row::figure).toList();
    }

    /**
     * One seek of figure_company_metric (V25) per company and metric, in report and text order: with the two
     * as IN lists H2 read every figure of the companies, of all metrics, row by row.
     */
    private static List<FigureRepository.Row> rowsOf(Connection c, Collection<String> companyIds, Collection<String> metrics)
            throws SQLException {
        List<FigureRepository.Row> rows = new java.util.ArrayList<>();
        for (String company : new java.util.LinkedHashSet<>(companyIds)) {
            for (String metric : new java.util.LinkedHashSet<>(metrics)) {
                rows.addAll(Jdbc.list(c, "SELECT " + FigureRepository.COLUMNS + " FROM figure WHERE company_id = ? AND metric = ? AND status <> "
                        + StoredWords.REJECTED + " AND report_id IN " + COUNTED_REPORT, FigureRepository::row, company, metric));
            }
        }
        rows.sort(java.util.Comparator.comparing((FigureRepository.Row r) -> r.figure().reportId()).thenComparingInt(r -> r.figure().start()));
        return rows;
    }

    /** The reports with these ids, without their text. */
    public static List<Report> reports(Connection c, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Jdbc.list(c, "SELECT " + ReportRepository.META + " FROM report WHERE id IN (" + marks(ids.size()) + ")",
                rs -> ReportRepository.map(rs, null), ids.toArray());
    }

    /**
     * Notes that mention the company: tagged with it ({@code company:ID}), or on a passage naming it.
     * The tag is matched in the stored JSON list, which keeps the read to one query.
     */
    public static List<Annotation> notesMentioning(Connection c, String companyId) throws SQLException {
        return Jdbc.list(c, "SELECT DISTINCT " + prefixed("a", AnnotationRepository.COLUMNS) + " FROM annotation a WHERE a.report_id IN "
                        + COUNTED_REPORT + " AND (a.tags LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM mention m WHERE m.report_id = a.report_id"
                        + " AND m.company_id = ? AND m.start_offset < a.end_offset AND m.end_offset > a.start_offset))"
                        + " ORDER BY a.created", AnnotationRepository::map,
                "%" + likeEscaped("\"company:" + companyId + "\"") + "%", companyId);
    }

    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static String prefixed(String alias, String columns) {
        return String.join(", ", java.util.Arrays.stream(columns.split(",\\s*")).map(col -> alias + "." + col).toList());
    }

    private static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
