package app.dossier.ui.notes;

import app.dossier.annotations.NotesExport;
import app.dossier.journal.Commands;
import app.dossier.model.Annotation;
import app.dossier.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notes manager's model exporting and importing notes, without a window. */
class MemoViewModelTest {
    @Test
    void notesExportedAsWebAnnotationsComeBackWhenImportedAfterTheyWereDeleted(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports("cash.txt",
                "Cash check\n\nZhipu AI holds 2.5 billion yuan in cash and burns 300 million yuan per month.\n")) {
            Annotation note = fx.annotate("2.5 billion yuan", "Check against the filing", "memo");

            MemoViewModel model = new MemoViewModel();
            model.load(fx.workbench, e -> { throw new AssertionError(e); }, () -> { });
            assertEquals(1, model.shown().size());
            Path file = dir.resolve("notes.jsonld");
            model.export(fx.workbench, NotesExport.Format.W3C, file, e -> { throw new AssertionError(e); });
            assertTrue(Files.readString(file).contains("Check against the filing"));
            assertTrue(fx.workbench.statusProperty().get().startsWith("Exported 1 note"), fx.workbench.statusProperty().get());

            fx.library.execute(new Commands.PutAnnotation(note, null));
            assertTrue(fx.library.annotations(null).isEmpty());
            model.importW3c(fx.workbench, file, e -> { throw new AssertionError(e); });
            assertEquals(List.of("Check against the filing"), fx.library.annotations(null).stream().map(Annotation::note).toList());
            assertTrue(fx.workbench.statusProperty().get().contains("Ctrl+Z undoes it"), fx.workbench.statusProperty().get());
        }
    }
}
