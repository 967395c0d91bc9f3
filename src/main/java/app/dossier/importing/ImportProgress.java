package app.dossier.importing;

/** Told about each file of a batch as it is done, so a window or a terminal can show where it is. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total, outcome) -> { };

    void fileDone(int done, int total, ImportOutcome outcome);
}
