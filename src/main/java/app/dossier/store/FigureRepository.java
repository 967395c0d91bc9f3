package app.dossier.store;

import app.dossier.model.Figure;
import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The figures ledger. */
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
        Jdbc.update(c, "DELETE FROM figure WHERE report_id = ? AND origin = " + StoredWords.AUTO
                + " AND status = " + StoredWords.SUGGESTED, reportId);
        for (Figure f : list(c, reportId)) {
            boolean stillThere = f.end() <= text.length() && text.substring(f.start(), f.end()).equals(f.quote());
            Jdbc.update(c, "UPDATE figure SET needs_review = ? WHERE id = ?", !stillThere, f.id());
        }
        for (Figure f : suggestions) {
            if (find(c, f.id()) == null) {
                insert(c, f);
            }
        }
    }

    static final String INSERT = "INSERT INTO figure (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    public static void insert(Connection c, Figure f) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(INSERT)) {
            bindInsert(ps, f);
            ps.executeUpdate();
        }
    }

    static void bindInsert(java.sql.PreparedStatement ps, Figure f) throws SQLException {
        Object[] values = {f.id(), f.reportId(), f.companyId(), f.metric(), f.value(), f.valueMax(), f.currency(),
                f.per(), f.period(), f.approx(), f.start(), f.end(), f.quote(), f.origin().code(), f.status().code(),
                Checksums.of(f.quote()), f.basis(), f.product(), f.asOf(), f.forecast()};
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    /** Writes every field of the figure with this id. */
    public static void update(Connection c, Figure f) throws SQLException {
        Jdbc.update(c, "UPDATE figure SET company_id=?, metric=?, amount=?, amount_max=?, currency=?, per_unit=?, "
                        + "period=?, approx=?, start_offset=?, end_offset=?, quote=?, origin=?, status=?, quote_sum=?, "
                        + "basis=?, product=?, as_of=?, forecast=? WHERE id=?",
                f.companyId(), f.metric(), f.value(), f.valueMax(), f.currency(), f.per(), f.period(), f.approx(),
                f.start(), f.end(), f.quote(), f.origin().code(), f.status().code(), Checksums.of(f.quote()), f.basis(), f.product(),
                f.asOf(), f.forecast(), f.id());
    }

    public static void delete(Connection c, String id) throws SQLException {
        Jdbc.update(c, "DELETE FROM figure WHERE id = ?", id);
    }

    public static Figure find(Connection c, String id) throws SQLException {
        return Jdbc.byId(c, "figure", COLUMNS, FigureRepository::map, id);
    }

    /** Figures of one report, or of every report not deleted when reportId is null. */
    public static List<Figure> list(Connection c, String reportId) throws SQLException {
        return Jdbc.ofReport(c, "figure", COLUMNS, FigureRepository::map, reportId);
    }

    public static List<String> needingReview(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT id FROM figure WHERE needs_review = TRUE", rs -> rs.getString(1));
    }

    static Figure map(ResultSet rs) throws SQLException {
        Checksums.verify(rs.getString("quote_sum"), "The quote of figure " + rs.getString("id") + " on report "
                + rs.getString("report_id"), rs.getString("quote"));
        return new Figure(rs.getString("id"), rs.getString("report_id"), rs.getString("company_id"),
                rs.getString("metric"), rs.getDouble("amount"), Jdbc.nullableDouble(rs, "amount_max"),
                rs.getString("currency"), rs.getString("per_unit"), rs.getString("period"), rs.getBoolean("approx"),
                rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("quote"), StoredWords.read(rs, "origin", Origin.class),
                StoredWords.read(rs, "status", ReviewStatus.class), rs.getString("basis"), rs.getString("product"), rs.getString("as_of"),
                rs.getBoolean("forecast"));
    }
}
