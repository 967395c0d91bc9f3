package app.dossier.ui.safety;

import app.dossier.library.Library;
import app.dossier.library.LibraryBackup;
import app.dossier.library.LibraryDamagedException;
import app.dossier.store.Database;
import app.dossier.ui.FxTestSupport;
import app.dossier.ui.WindowTest;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafetyActionsTest extends WindowTest {
    private void importOne() throws Exception {
        Path file = Files.writeString(dir.resolve("orbit.txt"), "Orbit AI raised 5 million dollars in its seed round.");
        fx.library.importer().importPaths(List.of(file), (d, t, o) -> { }, () -> false);
    }

    @Test
    void checkLibraryInTheMenuSaysTheLibraryIsSound(FxRobot robot) throws Exception {
        importOne();
        robot.clickOn("Library").clickOn("Check library");
        FxTestSupport.waitUntil(() -> robot.lookup("#safety-report").tryQuery().isPresent());
        TextArea report = robot.lookup("#safety-report").queryAs(TextArea.class);
        String text = report.getText();
        robot.interact(() -> ((Stage) report.getScene().getWindow()).close());
        assertTrue(text.contains("matches its checksums"), text);
    }

    @Test
    void aBackupFromTheOpenWindowRestoresIntoANewFolder(FxRobot robot) throws Exception {
        importOne();
        Path zip = dir.resolve("window-backup.zip");
        robot.interact(() -> fx.window.safety().backupTo(zip));
        FxTestSupport.waitUntil(() -> fx.workbench.statusProperty().get().startsWith("Backed up"));
        Path restored = LibraryBackup.restore(zip, dir.resolve("restored-" + System.nanoTime()));
        try (Library library = Library.open(restored)) {
            assertEquals(1, library.reports().size());
        }
    }

    @Test
    void aLibraryThatCannotBeOpenedIsOfferedARebuildNotAStackTrace(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken");
        AtomicBoolean rebuilt = new AtomicBoolean();
        Platform.runLater(() -> SafetyActions.openFailed(stage, broken, new LibraryDamagedException(broken,
                "its database " + Database.FILE_NAME + " is missing", null), () -> rebuilt.set(true)));
        FxTestSupport.waitUntil(() -> robot.lookup("Rebuild").tryQuery().isPresent());
        robot.clickOn("Rebuild");
        FxTestSupport.waitUntil(rebuilt::get);
    }
}
