package app.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small helpers over prepared statements, so repositories read as SQL plus mapping. */
final class Jdbc {
    private Jdbc() {
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        }
    }

    /** The row of {@code table} with this id, or null. */
    static <T> T byId(Connection c, String table, String columns, RowMapper<T> mapper, String id) throws SQLException {
        return list(c, "SELECT " + columns + " FROM " + table + " WHERE id = ?", mapper, id).stream().findFirst().orElse(null);
    }

    /**
     * The rows of {@code table} that belong to one report, in text order; with a null report, those of every
     * report not deleted, by report and then in text order.
     */
    static <T> List<T> ofReport(Connection c, String table, String columns, RowMapper<T> mapper, String reportId)
            throws SQLException {
        String select = "SELECT " + columns + " FROM " + table;
        if (reportId == null) {
            return list(c, select + " WHERE report_id IN (SELECT id FROM report WHERE deleted = FALSE)"
                    + " ORDER BY report_id, start_offset", mapper);
        }
        return list(c, select + " WHERE report_id = ? ORDER BY start_offset", mapper, reportId);
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
