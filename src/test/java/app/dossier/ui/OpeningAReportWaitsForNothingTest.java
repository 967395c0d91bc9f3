package app.dossier.ui;

import app.dossier.library.GeneratedLibrary;
import app.dossier.library.Library;
import app.dossier.ui.common.HeldRunner;
import app.dossier.ui.common.HeldRunner.Lane;
import app.dossier.ui.overview.OverviewView;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A report opened in a freshly opened library is read at once: at 10,000 reports the overview shown on
 * opening reads the whole library for many seconds, and a report queued behind it waited as long.
 * The runner holds every lane, so what a report would wait for is what is queued ahead of it.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningAReportWaitsForNothingTest {
    @TempDir
    static Path dir;

    private final HeldRunner runner = new HeldRunner();
    private final Workbench workbench = new Workbench(runner);
    private MainWindow window;
    private Library library;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage, workbench, p -> { });
        library = Library.open(java.nio.file.Files.createTempDirectory(dir, "lib")); // a library of its own per test
        GeneratedLibrary.fill(library, 30);
        stage.setScene(new Scene(window, 1300, 820));
        stage.show();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aReportOpenedWhileTheOverviewIsReadWaitsOnlyForItself(FxRobot robot) {
        robot.interact(() -> {
            window.showOverview();
            workbench.open(library);
        });
        assertEquals(1, runner.waiting(Lane.READ), "opening reads the table's first page");
        robot.interact(() -> runner.next(Lane.READ));
        assertEquals(30, workbench.reports().size());

        String second = workbench.reports().get(1).id();
        robot.interact(() -> workbench.read(second));
        assertEquals(1, runner.waiting(Lane.READ), "the report is the only read waiting: nothing over the whole library is ahead of it");
        robot.interact(() -> runner.drain(Lane.READ));
        assertEquals(second, workbench.currentProperty().get().report().id());

        OverviewView overview = window.view(OverviewView.class);
        assertNull(overview.shown(), "the overview waits with the summaries");
        robot.interact(() -> runner.drain(Lane.SUMMARISE));
        assertNotNull(overview.shown());
        assertEquals(30, overview.shown().reports());
        assertEquals(0, runner.waiting(Lane.SUMMARISE), "asked for once, read once");
    }

    @Test
    void theFirstReportIsShownBeforeAnythingIsReadOverTheWholeLibrary(FxRobot robot) {
        robot.interact(() -> {
            window.showOverview();
            workbench.open(library, window::selectFirstReport);
        });
        robot.interact(() -> runner.next(Lane.READ));
        assertEquals(30, window.libraryPane().table().getItems().size(), "the table lists the first page");
        assertEquals(1, runner.waiting(Lane.READ), "the window opens the first report at once");
        assertEquals(0, runner.waiting(Lane.SUMMARISE),
                "the filters' choices and the overview, which read the whole library, wait until it is shown");

        robot.interact(() -> runner.next(Lane.READ));
        assertEquals(workbench.reports().get(0).id(), workbench.currentProperty().get().report().id());
        assertEquals(1, workbench.currentProperty().get().mentions().size(), "the report comes with its mentions");
        assertEquals(2, runner.waiting(Lane.SUMMARISE), "then the filters' choices and the overview are read");
        robot.interact(() -> runner.drain(Lane.SUMMARISE));
        assertNotNull(window.view(OverviewView.class).shown());
        assertEquals(false, workbench.mentionedCompanies().isEmpty(), "the company filter offers what the reports mention");
    }
}
