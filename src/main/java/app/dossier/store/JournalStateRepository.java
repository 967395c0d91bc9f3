package app.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;

/** The sequence number of the last journal entry whose effect the database holds. */
public final class JournalStateRepository {
    private JournalStateRepository() {
    }

    public static long appliedSeq(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT applied_seq FROM journal_state WHERE id = 1", rs -> rs.getLong(1)).get(0);
    }

    public static void setAppliedSeq(Connection c, long seq) throws SQLException {
        Jdbc.update(c, "UPDATE journal_state SET applied_seq = ? WHERE id = 1", seq);
    }
}
