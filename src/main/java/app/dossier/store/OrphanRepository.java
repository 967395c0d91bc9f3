package app.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Journalled decisions whose report is not in the library, waiting for its file to be imported again. */
public final class OrphanRepository {
    private OrphanRepository() {
    }

    /** One step of a journal entry; {@code command} is the step as journal JSON. */
    public record Orphan(long seq, int step, String reportId, String description, String command) {
    }

    public static void insert(Connection c, Orphan o) throws SQLException {
        delete(c, o);
        Jdbc.update(c, "INSERT INTO orphaned_decision (seq, step, report_id, description, command) VALUES (?,?,?,?,?)",
                o.seq(), o.step(), o.reportId(), o.description(), o.command());
    }

    public static List<Orphan> all(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT seq, step, report_id, description, command FROM orphaned_decision ORDER BY seq, step",
                OrphanRepository::map);
    }

    /** The orphans whose report is in the library now (imported again, or a re-attach cut short). */
    /** Whether any decision waits for its report (almost never: only after a rebuild without some originals). */
    public static boolean any(Connection c) throws SQLException {
        return !Jdbc.list(c, "SELECT 1 FROM orphaned_decision LIMIT 1", rs -> 1).isEmpty();
    }

    public static List<Orphan> attachable(Connection c) throws SQLException {
        // EXISTS, a seek per orphan, not IN: run at every opening, it should cost the orphans, not the reports
        return Jdbc.list(c, "SELECT seq, step, report_id, description, command FROM orphaned_decision "
                + "WHERE EXISTS (SELECT 1 FROM report r WHERE r.id = orphaned_decision.report_id) ORDER BY seq, step",
                OrphanRepository::map);
    }

    public static void delete(Connection c, Orphan o) throws SQLException {
        Jdbc.update(c, "DELETE FROM orphaned_decision WHERE seq = ? AND step = ?", o.seq(), o.step());
    }

    private static Orphan map(java.sql.ResultSet rs) throws SQLException {
        return new Orphan(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }
}
