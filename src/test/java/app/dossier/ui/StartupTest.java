package app.dossier.ui;

import app.dossier.library.GeneratedLibrary;
import app.dossier.library.Library;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Start-up: the window is shown first, and the library opens behind it. */
@ExtendWith(ApplicationExtension.class)
class StartupTest {
    @TempDir
    static Path dir;

    private DossierApp app;
    private boolean showingBeforeLibrary;
    private String placeholderWhileOpening;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = java.nio.file.Files.createTempDirectory(dir, "library"); // a library of its own per test
        try (Library library = Library.open(folder)) {
            GeneratedLibrary.fill(library, 30);
        }
        app = DossierApp.forProbe();
        app.show(stage, List.of("--library", folder.toString()));
        showingBeforeLibrary = stage.isShowing() && app.workbench().library() == null;
        var placeholder = app.window().libraryPane().table().getPlaceholder();
        placeholderWhileOpening = placeholder instanceof javafx.scene.control.Label l ? l.getText() : null;
    }

    @AfterEach
    void close() {
        app.workbench().tasks().awaitIdle(30_000);
        if (app.workbench().library() != null) {
            app.workbench().library().close();
        }
    }

    @Test
    void theWindowIsShownBeforeTheLibraryIsReadAndFillsWhenItIs(FxRobot robot) throws Exception {
        assertTrue(showingBeforeLibrary, "the window is on screen before the library has opened");
        assertEquals("Opening the library...", placeholderWhileOpening);
        waitUntil(() -> app.window().libraryPane().table().getItems().size() == 30);
        assertEquals(30, app.workbench().totalProperty().get());
        FxTestSupport.snapshot(app.window(), "startup-filled");
    }

    @Test
    void theViewsBesideTheLibraryAreBuiltWhenTheirTabIsFirstShown(FxRobot robot) throws Exception {
        waitUntil(() -> app.window().libraryPane().table().getItems().size() == 30);
        var ledgerTab = app.window().views().getTabs().stream().filter(t -> "Ledger".equals(t.getText())).findFirst().orElseThrow();
        assertNull(ledgerTab.getContent(), "start-up builds no view that is not shown");
        robot.interact(() -> app.window().views().getSelectionModel().select(ledgerTab));
        assertTrue(ledgerTab.getContent() instanceof app.dossier.ui.ledger.LedgerView, "shown, the ledger is there");
        assertTrue(app.window().view(app.dossier.ui.ledger.LedgerView.class) == ledgerTab.getContent(), "built once");
    }
}
