package app.dossier.importing;

import java.util.List;

/** What the library does when reports are stored: keep originals, orphaned decisions and the search index in step. */
public interface ImportListener {
    /** A report already in the library changed (re-analysed, re-processed, restored): read it again. */
    void changed(String reportId);

    /** New reports whose transaction just committed, with what analysis found in them. */
    void committed(List<AnalysedReport> reports);

    /** A batch (or a single file) is done: publish what was staged. */
    void batchDone();
}
