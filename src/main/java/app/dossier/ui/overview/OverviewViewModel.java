package app.dossier.ui.overview;

import app.dossier.library.Library;
import app.dossier.library.LibraryOverview;
import app.dossier.library.overview.Overview;
import app.dossier.ui.Workbench;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * What the overview shows: the library read off the FX thread, counting "new" from the previous visit, which is
 * read once when a library is first shown and kept for every later read of the same library.
 */
public final class OverviewViewModel {
    private final Workbench workbench;
    private Library readFor;
    /** The previous visit of the library shown (null: its first), read when it was opened. */
    private Instant since;
    /** A read is under way; another was asked for meanwhile. */
    private boolean reading;
    private boolean readAgain;

    public OverviewViewModel(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Reads the overview of the open library, once its reports are loaded; hands it on unless the library changed. */
    public void read(Consumer<Overview> then, Consumer<Throwable> failed) {
        Library lib = workbench.library();
        if (lib == null || !workbench.loadedProperty().get()) {
            return;
        }
        if (reading) {
            readAgain = true; // asked again while a read is under way: one more read when it ends, not one per ask
            return;
        }
        reading = true;
        boolean firstRead = lib != readFor;
        readFor = lib;
        Instant previous = since;
        // a read over the whole library: with the summaries, so a page or a report asked for meanwhile never waits for it
        workbench.tasks().summarise(() -> {
            LibraryOverview overview = new LibraryOverview(lib);
            // the marker is only read here: it moves when the window leaves the library (Workbench.leave),
            // so opening a library changes nothing on disk
            Instant from = firstRead ? overview.lastVisit().orElse(null) : previous;
            return new Reading(from, overview.read(from));
        }, result -> {
            readDone(then, failed);
            if (lib != workbench.library()) {
                return;
            }
            since = result.since();
            then.accept(result.overview());
        }, e -> {
            readDone(then, failed);
            failed.accept(e);
        });
    }

    private void readDone(Consumer<Overview> then, Consumer<Throwable> failed) {
        reading = false;
        if (readAgain) {
            readAgain = false;
            read(then, failed);
        }
    }

    /** What one read found: the overview and the moment it counts "new" from. */
    private record Reading(Instant since, Overview overview) {
    }
}
