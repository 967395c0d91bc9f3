package app.dossier.ui.overview;

import app.dossier.library.Library;
import app.dossier.library.LibraryOverview;
import app.dossier.ui.FxTestSupport;
import app.dossier.ui.WindowTest;
import app.dossier.ui.MainWindow;
import app.dossier.ui.Workbench;
import app.dossier.ui.ledger.LedgerView;
import app.dossier.ui.profile.ProfileView;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverviewViewTest extends WindowTest {
    private static final String REPORT = "Mistral AI closes a round\n\nMistral AI raised $30 million in funding.\n\n"
            + "Mistral AI has $12 million in cash and burns $1 million per month.";

    private Workbench workbench;
    private MainWindow window;
    private Library library;

    @Override
    protected void started(Stage stage) throws Exception {
        workbench = fx.workbench;
        window = fx.window;
        library = fx.library;
    }

    private OverviewView overview() {
        return fx.view(OverviewView.class);
    }

    @Test
    void leavingALibraryMarksTheVisitSoTheNextOverviewCountsFromThen() throws Exception {
        waitUntil(() -> workbench.loadedProperty().get());
        assertTrue(new LibraryOverview(library).lastVisit().isEmpty());
        java.time.Instant before = java.time.Instant.now();
        Workbench.leave(library);
        assertFalse(new LibraryOverview(library).lastVisit().orElseThrow().isBefore(before.minusSeconds(1)));
    }

    @Test
    void anEmptyLibraryShowsHowToStartAndItsSampleButtonFillsTheOverview(FxRobot robot) throws Exception {
        waitUntil(() -> workbench.loadedProperty().get());
        fx.clickTab(robot, "Overview");
        waitUntil(() -> overview().shown() != null);
        assertTrue(overview().shown().empty());
        assertTrue(robot.lookup("#overview-import").tryQuery().isPresent());
        robot.clickOn("Add sample reports");
        waitUntil(() -> overview().shown() != null && !overview().shown().empty()
                && overview().shown().companies().size() >= 5);
        assertEquals(4, overview().shown().news().reports(), "the four sample reports, all new");
        assertTrue(robot.lookup("#overview-companies").queryAs(VBox.class).getChildren().stream()
                .anyMatch(n -> n instanceof Hyperlink h && h.getText().startsWith("Zhipu AI")));
    }

    @Test
    void aCompanyOfTheOverviewOpensItsProfileAndWaitingFiguresOpenTheLedger(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("mistral-" + System.nanoTime() + ".txt"), REPORT);
        robot.interact(() -> window.importPaths(List.of(file)));
        waitUntil(() -> workbench.reports().size() == 1);
        robot.lookup("Close").tryQuery().ifPresent(robot::clickOn);
        fx.clickTab(robot, "Overview");
        waitUntil(() -> overview().shown() != null && !overview().shown().companies().isEmpty());
        assertEquals(1, overview().shown().news().reports(), "a first visit counts every report as new");
        assertTrue(new LibraryOverview(library).lastVisit().isEmpty(), "opening a library changes nothing on disk");
        FxTestSupport.snapshot(window, "overview");

        VBox companies = robot.lookup("#overview-companies").queryAs(VBox.class);
        Hyperlink mistral = companies.getChildren().stream().filter(n -> n instanceof Hyperlink h
                && h.getText().startsWith("Mistral AI")).map(Hyperlink.class::cast).findFirst().orElseThrow();
        robot.clickOn(mistral);
        ProfileView profile = fx.view(ProfileView.class);
        waitUntil(() -> profile.shown() != null);
        assertEquals("Mistral AI", profile.shown().name());
        assertSame(profile, window.views().getSelectionModel().getSelectedItem().getContent());

        fx.clickTab(robot, "Overview");
        robot.clickOn("#overview-figures-waiting");
        waitUntil(() -> window.views().getSelectionModel().getSelectedItem().getContent() instanceof LedgerView);
    }
}
