package app.dossier.ui.ledger;

import app.dossier.figures.ledger.LedgerEntry;
import app.dossier.library.Library;
import app.dossier.model.ReviewStatus;
import app.dossier.ui.MainWindow;
import app.dossier.ui.WindowTest;
import app.dossier.ui.Workbench;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The ledger over the real seed reports (skipped without ../shared); leaves PNGs in target/ to look at. */
class LedgerSeedReportsTest extends WindowTest {
    private static final Path REPORTS = Path.of("../shared/reports");

    private Workbench workbench;
    private MainWindow window;
    private Library library;

    @Override
    protected void started(Stage stage) throws Exception {
        workbench = fx.workbench;
        window = fx.window;
        library = fx.library;
    }

    @AfterEach
    void drainDecisions() throws Exception {
        for (int round = 0; round < 2; round++) { // let decisions and the refreshes they start finish first
            var drained = new java.util.concurrent.CountDownLatch(1);
            workbench.tasks().run(() -> null, x -> drained.countDown(), e -> drained.countDown());
            drained.await(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyImportedSeedReportHasRowsAndRunwayIsComputed(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(REPORTS), "the seed reports are not here");
        List<Path> files;
        try (Stream<Path> s = Files.list(REPORTS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        robot.interact(() -> window.importPaths(files));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.reports().size() == files.size());
        robot.lookup("Close").tryQuery().ifPresent(robot::clickOn);
        robot.interact(() -> window.showView(window.view(LedgerView.class)));
        TableView<LedgerEntry> table = robot.lookup("#ledger-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == library.figures(null).size());
        long reportsWithFigures = library.figures(null).stream().map(f -> f.reportId()).distinct().count();
        assertEquals(reportsWithFigures, table.getItems().stream().map(e -> e.figure().reportId())
                .collect(Collectors.toSet()).size());
        LedgerView view = robot.lookup(".ledger-view").queryAs(LedgerView.class);
        LedgerEntry first = table.getItems().get(0);
        LedgerEntry second = table.getItems().get(1);
        robot.interact(() -> {
            view.model().decide(first, ReviewStatus.CONFIRMED);
            view.model().decide(second, ReviewStatus.REJECTED);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().stream()
                .filter(e -> e.figure().id().equals(second.figure().id())).anyMatch(e -> e.status() == ReviewStatus.REJECTED));
        robot.interact(() -> table.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, window, "ledger-seeds.png");
        robot.clickOn("#ledger-edit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".figure-dialog").tryQuery().isPresent());
        Node dialog = robot.lookup(".figure-dialog").query();
        snapshot(robot, dialog, "ledger-edit-dialog.png");
        robot.interact(() -> ((javafx.stage.Stage) dialog.getScene().getWindow()).close());
        TabPane side = robot.lookup(".ledger-view .tab-pane").queryAs(TabPane.class);
        robot.interact(() -> side.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#ledger-runway").queryListView().getItems().isEmpty(),
                "the seeds give cash and burn for at least one company");
        snapshot(robot, window, "ledger-seeds-runway.png");
        robot.interact(() -> side.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, window, "ledger-seeds-rates.png");
    }

    private static void snapshot(FxRobot robot, Node node, String name) {
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png",
                        Path.of("target", name).toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
