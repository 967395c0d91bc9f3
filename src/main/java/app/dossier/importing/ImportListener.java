package app.dossier.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** What the library does when reports are stored: keep originals, orphaned decisions and the search index in step. */
public interface ImportListener {
    /** A report already in the library changed (re-analysed, re-processed, restored): read it again. */
    void changed(String reportId);

    /**
     * Inside the transaction that stores new reports (in input order): what must be stored with them, so a
     * kill leaves each report with all of it or absent.
     */
    default void storing(Connection c, List<AnalysedReport> reports) throws SQLException {
    }

    /** New reports whose transaction just committed, with what analysis found in them. */
    void committed(List<AnalysedReport> reports);

    /** A batch (or a single file) is done: publish what was staged. */
    void batchDone();
}
