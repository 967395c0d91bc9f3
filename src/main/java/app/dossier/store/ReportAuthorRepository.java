package app.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The company a report is written for when only its removed chrome named it (see V23). */
public final class ReportAuthorRepository {
    private ReportAuthorRepository() {
    }

    /** Sets (or, with null, clears) the report's author. */
    public static void put(Connection c, String reportId, String name) throws SQLException {
        if (name == null || name.isBlank()) {
            Jdbc.update(c, "DELETE FROM report_author WHERE report_id = ?", reportId);
        } else {
            Jdbc.update(c, "MERGE INTO report_author (report_id, name) KEY (report_id) VALUES (?, ?)", reportId, name);
        }
    }

    /** The report's author, or null. */
    public static String find(Connection c, String reportId) throws SQLException {
        List<String> names = Jdbc.list(c, "SELECT name FROM report_author WHERE report_id = ?", rs -> rs.getString(1), reportId);
        return names.isEmpty() ? null : names.get(0);
    }
}
