package app.dossier.store;

import app.dossier.model.Figure;
import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The figures ledger. A figure's quote is the passage [start, end) of its report's text, so it is not stored
 * twice: the quote column is NULL while the quote stands in the text at its place, and filled from the text
 * when read (its quote_sum still guards it). It holds the words only when they differ from the text (a figure
 * entered by hand, or one decided on before its report's text changed; ReportRepository.updateText keeps them).
 */
public final class FigureRepository {
    static final String COLUMNS = "id, report_id, company_id, metric, amount, amount_max, currency, per_unit, "
            + "period, approx, start_offset, end_offset, quote, origin, status, quote_sum, basis, product, as_of, forecast";

    private FigureRepository() {
    }

    /**
     * Replaces the automatic suggestions of a report with fresh ones. Figures the user decided on stay;
     * a decided figure whose quote no longer stands at its place in the new text is flagged for review,
     * never silently moved to a similar sentence.
     */
    public static void replaceSuggestions(Connection c, String reportId, List<Figure> suggestions, String text)
            throws SQLException {
        KeptCounts.touch(reportId);
        Jdbc.update(c, "DELETE FROM figure WHERE report_id = ? AND origin = " + StoredWords.AUTO
                + " AND status = " + StoredWords.SUGGESTED, reportId);
        for (Figure f : list(c, reportId)) {
            boolean stillThere = f.end() <= text.length() && text.substring(f.start(), f.end()).equals(f.quote());
            Jdbc.update(c, "UPDATE figure SET needs_review = ? WHERE id = ?", !stillThere, f.id());
        }
        try (java.sql.PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Figure f : suggestions) {
                if (find(c, f.id()) == null) {
                    bindInsert(ps, f, text);
                    ps.executeUpdate();
                }
            }
        }
    }

    static final String INSERT = "INSERT INTO figure (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    /** Inserts a figure with its quote stored (a figure entered by hand: its words are kept as given). */
    public static void insert(Connection c, Figure f) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(INSERT)) {
            bindInsert(ps, f, null);
            ps.executeUpdate();
        }
    }

    /**
     * Binds a figure for INSERT. text: its report's text, when known; a quote that is the text's passage at
     * [start, end) is then stored as NULL (read back from the text).
     */
    static void bindInsert(java.sql.PreparedStatement ps, Figure f, String text) throws SQLException {
        KeptCounts.touch(f.reportId());
        String stored = standsInText(f, text) ? null : f.quote();
        Object[] values = {f.id(), f.reportId(), f.companyId(), f.metric(), f.value(), f.valueMax(), f.currency(),
                f.per(), f.period(), f.approx(), f.start(), f.end(), stored, f.origin().code(), f.status().code(),
                Checksums.of(f.quote()), f.basis(), f.product(), f.asOf(), f.forecast()};
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    /** Writes every field of the figure with this id. */
    public static void update(Connection c, Figure f) throws SQLException {
        KeptCounts.touchFigure(c, f.id()); // the report it was in, should the figure name another
        KeptCounts.touch(f.reportId());
        Jdbc.update(c, "UPDATE figure SET company_id=?, metric=?, amount=?, amount_max=?, currency=?, per_unit=?, "
                        + "period=?, approx=?, start_offset=?, end_offset=?, quote=?, origin=?, status=?, quote_sum=?, "
                        + "basis=?, product=?, as_of=?, forecast=? WHERE id=?",
                f.companyId(), f.metric(), f.value(), f.valueMax(), f.currency(), f.per(), f.period(), f.approx(),
                f.start(), f.end(), f.quote(), f.origin().code(), f.status().code(), Checksums.of(f.quote()), f.basis(), f.product(),
                f.asOf(), f.forecast(), f.id());
    }

    public static void delete(Connection c, String id) throws SQLException {
        KeptCounts.touchFigure(c, id);
        Jdbc.update(c, "DELETE FROM figure WHERE id = ?", id);
    }

    private static boolean standsInText(Figure f, String text) {
        return text != null && f.quote() != null && f.start() >= 0 && f.start() <= f.end() && f.end() <= text.length()
                && text.regionMatches(f.start(), f.quote(), 0, f.quote().length()) && f.quote().length() == f.end() - f.start();
    }

    public static Figure find(Connection c, String id) throws SQLException {
        List<Figure> found = withQuotes(c, Jdbc.list(c, "SELECT " + COLUMNS + " FROM figure WHERE id = ?", FigureRepository::row, id));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Figures of one report, or of every report not deleted when reportId is null. */
    public static List<Figure> list(Connection c, String reportId) throws SQLException {
        return withQuotes(c, Jdbc.ofReport(c, "figure", COLUMNS, FigureRepository::row, reportId));
    }

    /** Figures selected by sql (which selects {@link #COLUMNS} from figure), their quotes read from the text where not stored. */
    static List<Figure> query(Connection c, String sql, Object... params) throws SQLException {
        return withQuotes(c, Jdbc.list(c, sql, FigureRepository::row, params));
    }

    /** A row as read: the figure (quote null when it is to be read from the text) and its quote's sum. */
    record Row(Figure figure, String quoteSum) {
    }

    static Row row(ResultSet rs) throws SQLException {
        String quote = rs.getString("quote");
        String sum = rs.getString("quote_sum");
        if (quote != null) {
            Checksums.verify(sum, "The quote of figure " + rs.getString("id") + " on report " + rs.getString("report_id"), quote);
        }
        return new Row(figure(rs, quote), sum);
    }

    /**
     * The figures with every quote not stored read from its report's text, each report's text read once,
     * and checked against the quote's sum.
     */
    static List<Figure> withQuotes(Connection c, List<Row> rows) throws SQLException {
        List<Figure> figures = new java.util.ArrayList<>(rows.size());
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        try (java.sql.PreparedStatement body = rows.stream().anyMatch(r -> r.figure().quote() == null)
                ? c.prepareStatement("SELECT body FROM report WHERE id = ?") : null) {
            for (Row r : rows) {
                Figure f = r.figure();
                if (f.quote() == null) {
                    String text = texts.computeIfAbsent(f.reportId(), id -> textOf(body, id));
                    String quote = passage(text, f.start(), f.end());
                    Checksums.verify(r.quoteSum(), "The quote of figure " + f.id() + " on report " + f.reportId(), quote);
                    f = withQuote(f, quote);
                }
                figures.add(f);
            }
        }
        return figures;
    }

    /** The words of a report's text at [start, end), or "" when the text is gone or shorter (its sum then fails). */
    static String passage(String text, int start, int end) {
        return text != null && start >= 0 && start <= end && end <= text.length() ? text.substring(start, end) : "";
    }

    private static String textOf(java.sql.PreparedStatement body, String reportId) {
        try {
            body.setString(1, reportId);
            try (ResultSet rs = body.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("reading the text of report " + reportId + " failed: " + e.getMessage(), e);
        }
    }

    private static Figure withQuote(Figure f, String quote) {
        return new Figure(f.id(), f.reportId(), f.companyId(), f.metric(), f.value(), f.valueMax(), f.currency(), f.per(),
                f.period(), f.approx(), f.start(), f.end(), quote, f.origin(), f.status(), f.basis(), f.product(), f.asOf(),
                f.forecast());
    }

    public static List<String> needingReview(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT id FROM figure WHERE needs_review = TRUE", rs -> rs.getString(1));
    }

    private static Figure figure(ResultSet rs, String quote) throws SQLException {
        return new Figure(rs.getString("id"), rs.getString("report_id"), rs.getString("company_id"),
                rs.getString("metric"), rs.getDouble("amount"), Jdbc.nullableDouble(rs, "amount_max"),
                rs.getString("currency"), rs.getString("per_unit"), rs.getString("period"), rs.getBoolean("approx"),
                rs.getInt("start_offset"), rs.getInt("end_offset"), quote, StoredWords.read(rs, "origin", Origin.class),
                StoredWords.read(rs, "status", ReviewStatus.class), rs.getString("basis"), rs.getString("product"), rs.getString("as_of"),
                rs.getBoolean("forecast"));
    }
}
