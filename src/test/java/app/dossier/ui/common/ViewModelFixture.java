package app.dossier.ui.common;

import app.dossier.annotations.Anchoring;
import app.dossier.importing.ImportProgress;
import app.dossier.journal.Commands;
import app.dossier.library.Library;
import app.dossier.model.Annotation;
import app.dossier.model.Report;
import app.dossier.ui.Workbench;
import javafx.application.Platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A library with reports written for one test and a workbench over it that runs all work on the calling thread:
 * a view model built on it answers before the call that asked returns, with no window and no waiting.
 */
public final class ViewModelFixture implements AutoCloseable {
    public final Library library;
    public final Workbench workbench = new Workbench(new CurrentThreadRunner());
    private final Path dir;

    public ViewModelFixture(Path dir) throws Exception {
        startFxPlatform();
        this.dir = dir;
        library = Library.open(dir.resolve("library"));
    }

    /** Writes each text as a report file (name, text, name, text...), imports them, then opens the library. */
    public ViewModelFixture withReports(String... namesAndTexts) throws Exception {
        List<Path> files = new ArrayList<>();
        Path folder = Files.createDirectories(dir.resolve("reports"));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.add(Files.writeString(folder.resolve(namesAndTexts[i]), namesAndTexts[i + 1]));
        }
        return withFiles(files);
    }

    /** Imports the files, then opens the library. */
    public ViewModelFixture withFiles(List<Path> files) {
        library.importer().importPaths(files, ImportProgress.NONE, () -> false);
        return open();
    }

    /** Opens the library in the workbench (its reports are read at once). */
    public ViewModelFixture open() {
        workbench.open(library);
        return this;
    }

    /** Puts a note on the first occurrence of {@code phrase} in the first report, as the reader's "Add note" does. */
    public Annotation annotate(String phrase, String note, String... tags) {
        Report report = library.report(workbench.reports().get(0).id()).orElseThrow();
        int start = report.text().indexOf(phrase);
        Annotation annotation = Anchoring.create(report, start, start + phrase.length(), note, List.of(tags), "yellow");
        library.execute(new Commands.PutAnnotation(null, annotation));
        return annotation;
    }

    /** Decisions tell the workbench through Platform.runLater: the toolkit runs, though no window is shown. */
    private static void startFxPlatform() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier test in this JVM
        }
    }

    @Override
    public void close() {
        library.close();
    }
}
