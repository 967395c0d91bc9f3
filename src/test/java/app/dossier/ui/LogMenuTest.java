package app.dossier.ui;

import app.dossier.logging.AppLog;
import app.dossier.ui.common.Failures;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogMenuTest extends WindowTest {
    private Path logFile;

    @Override
    protected void started(Stage stage) throws Exception {
        logFile = AppLog.install(dir.resolve("logs"));
    }

    @AfterEach
    void uninstallLog() {
        AppLog.uninstall();
    }

    @Test
    void aFailureInTheStatusBarPointsToTheLogThatHoldsIt() throws Exception {
        String shown = Failures.logged("Export failed", new IOException("disk full"));
        assertEquals("Export failed: disk full (see the log: " + logFile + ")", shown);
        for (var h : java.util.logging.Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        assertTrue(Files.readString(logFile).contains("SEVERE app.dossier.ui: Export failed: disk full"));
    }

    @Test
    void helpOpenLogShowsWhereTheLogIsWhenNoViewerCanBeStarted(FxRobot robot) throws Exception {
        Failures.logged("Something failed", new IllegalStateException("for the test"));
        for (var h : java.util.logging.Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        var help = bar.getMenus().get(bar.getMenus().size() - 1);
        assertEquals("Help", help.getText());
        MenuItem open = help.getItems().stream().filter(i -> "open-log".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(open::fire);
        FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String text = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertEquals("The log is " + logFile, text, "the test JVM runs with java.awt.headless, so no viewer starts");
    }

    @Test
    void ratesThatCannotBeSavedSayWhyInTheStatusBarAndWhereTheLogIs(FxRobot robot) throws Exception {
        // a non-empty folder where the rates table goes: the save cannot replace it
        Path blocked = Files.createDirectories(fx.library.directory().resolve(app.dossier.money.RatesFile.NAME));
        Files.writeString(blocked.resolve("keep.txt"), "not a rates table");
        var model = new app.dossier.ui.ledger.LedgerModel(fx.workbench);
        robot.interact(() -> model.saveRates(java.time.LocalDate.of(2026, 11, 1), java.util.Map.of("EUR", 1.08)));
        FxTestSupport.waitUntil(() -> String.valueOf(fx.workbench.statusProperty().get()).startsWith("Could not save the rates: "));
        String shown = fx.workbench.statusProperty().get();
        assertTrue(shown.endsWith("(see the log: " + logFile + ")"), shown);
    }
}
