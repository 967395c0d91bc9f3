package app.dossier.ui.ledger;

import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.figures.ledger.LedgerEntry;
import app.dossier.library.Library;
import app.dossier.model.Figure;
import app.dossier.ui.WindowTest;
import app.dossier.ui.MainWindow;
import app.dossier.ui.Workbench;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerViewTest extends WindowTest {
    private static final String FIXTURE = "Mistral AI raised $30 million in funding.\n\n"
            + "Mistral AI has $12 million in cash and burns $1 million per month.";

    private Workbench workbench;
    private MainWindow window;
    private LedgerView ledger;
    private Library library;

    @Override
    protected void started(Stage stage) throws Exception {
        workbench = fx.workbench;
        window = fx.window;
        library = fx.library;
        ledger = fx.view(LedgerView.class);
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

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<LedgerEntry> table(FxRobot robot) {
        return robot.lookup("#ledger-table").queryAs(TableView.class);
    }

    private void importFixtureAndShowLedger(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("mistral-" + System.nanoTime() + ".txt"), FIXTURE);
        robot.interact(() -> window.importPaths(List.of(file)));
        waitUntil(() -> workbench.reports().size() == 1);
        robot.interact(() -> window.showView(window.view(LedgerView.class)));
        waitUntil(() -> table(robot).getItems().size() >= 3);
    }

    private Optional<LedgerEntry> row(FxRobot robot, String metric) {
        return table(robot).getItems().stream().filter(e -> e.metric().equals(metric)).findFirst();
    }

    private Figure stored(String id) {
        return library.figures(null).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theLedgerListsTheFiguresOfAnImportedReportWithRunway(FxRobot robot) throws Exception {
        importFixtureAndShowLedger(robot);
        LedgerEntry cash = row(robot, "cash").orElseThrow();
        assertEquals("Mistral AI", cash.companyName());
        assertEquals("$12 million", cash.written());
        assertEquals("12 M USD", cash.normalised());
        assertTrue(row(robot, "funding").isPresent() && row(robot, "burn").isPresent());
        waitUntil(() -> !robot.lookup("#ledger-runway").queryListView().getItems().isEmpty());
        snapshot(robot, "ledger-fixture.png");
    }

    @Test
    void aLongReportHeadlineTakesTwoLinesOfARowAndShowsWholeAsTooltip(FxRobot robot) throws Exception {
        String headline = "Why quiet European model makers keep raising money while American labs fight over compute";
        Path file = Files.writeString(dir.resolve("long-" + System.nanoTime() + ".txt"), headline + "\n\n" + FIXTURE);
        robot.interact(() -> window.importPaths(List.of(file)));
        waitUntil(() -> workbench.reports().size() == 1);
        robot.interact(() -> window.showView(window.view(LedgerView.class)));
        waitUntil(() -> table(robot).getItems().size() >= 3);
        waitUntil(() -> reportCell(robot).isPresent());
        var cell = reportCell(robot).orElseThrow();
        var oneLine = new javafx.scene.text.Text("Ag");
        robot.interact(() -> oneLine.setFont(((javafx.scene.text.Text) cell.getGraphic()).getFont()));
        double line = oneLine.getLayoutBounds().getHeight();
        assertTrue(cell.getHeight() < line * 3 + 16, "at most two lines of headline in a row: " + cell.getHeight()
                + " px where a line is " + line);
        String title = library.reports().get(0).title();
        assertTrue(title.length() > 60, "a title long enough to need cutting: " + title);
        assertTrue(cell.shownText().endsWith("…") && title.startsWith(cell.shownText().replace("…", "").strip()),
                "the headline is cut at the end, not elsewhere: " + cell.shownText());
        assertEquals(title, cell.getTooltip().getText());
    }

    @SuppressWarnings("unchecked")
    private Optional<app.dossier.ui.common.WrappingCell<LedgerEntry>> reportCell(FxRobot robot) {
        return robot.lookup("#ledger-table .table-cell").queryAll().stream()
                .filter(n -> n instanceof app.dossier.ui.common.WrappingCell<?> c && c.getTableColumn() != null
                        && "Report".equals(c.getTableColumn().getText()) && c.getItem() != null && c.getWidth() > 0)
                .map(n -> (app.dossier.ui.common.WrappingCell<LedgerEntry>) n).findFirst();
    }

    @Test
    void confirmingARowStoresItAndUndoRestoresTheSuggestion(FxRobot robot) throws Exception {
        importFixtureAndShowLedger(robot);
        LedgerEntry cash = row(robot, "cash").orElseThrow();
        String id = cash.figure().id();
        assertEquals(ReviewStatus.SUGGESTED, stored(id).status());
        robot.interact(() -> table(robot).getSelectionModel().select(cash));
        robot.clickOn("#ledger-confirm");
        waitUntil(() -> stored(id).status() == ReviewStatus.CONFIRMED);
        waitUntil(() -> row(robot, "cash").map(e -> e.status() == ReviewStatus.CONFIRMED).orElse(false));
        robot.clickOn("#ledger-table");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored(id).status() == ReviewStatus.SUGGESTED);
        waitUntil(() -> row(robot, "cash").map(e -> e.status() == ReviewStatus.SUGGESTED).orElse(false));
        robot.interact(() -> {
            table(robot).getSelectionModel().select(row(robot, "cash").orElseThrow());
            table(robot).requestFocus();
        });
        robot.type(KeyCode.R);
        waitUntil(() -> stored(id).status() == ReviewStatus.REJECTED);
    }

    @Test
    void editingTheValueInTheDialogStoresTheNewValue(FxRobot robot) throws Exception {
        importFixtureAndShowLedger(robot);
        LedgerEntry burn = row(robot, "burn").orElseThrow();
        String id = burn.figure().id();
        robot.interact(() -> table(robot).getSelectionModel().select(burn));
        robot.clickOn("#ledger-edit");
        waitUntil(() -> robot.lookup(".figure-dialog").tryQuery().isPresent());
        robot.interact(() -> {
            var pane = robot.lookup(".figure-dialog").queryAs(javafx.scene.control.DialogPane.class);
            var valueField = (javafx.scene.control.TextField) pane.lookupAll(".text-field").stream()
                    .filter(n -> n instanceof javafx.scene.control.TextField t && "1 M".equals(t.getText()))
                    .findFirst().orElseThrow();
            valueField.setText("1.5 M");
        });
        robot.clickOn("Save");
        waitUntil(() -> stored(id).value() == 1_500_000);
        assertEquals("month", stored(id).per());
        waitUntil(() -> row(robot, "burn").map(e -> e.normalised().equals("1.5 M USD / month")).orElse(false));
    }

    @Test
    void doubleClickOpensTheReaderAtThePassage(FxRobot robot) throws Exception {
        importFixtureAndShowLedger(robot);
        LedgerEntry cash = row(robot, "cash").orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().select(cash));
        int index = table(robot).getItems().indexOf(cash);
        var cell = robot.lookup("#ledger-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getIndex() == index).findFirst().orElseThrow();
        robot.doubleClickOn(cell);
        waitUntil(() -> robot.lookup("#views").queryAs(TabPane.class).getSelectionModel().getSelectedIndex() == 0);
        waitUntil(() -> window.reader().shown() != null);
        assertEquals(cash.figure().reportId(), window.reader().shown().report().id());
    }

    @Test
    void aFigureAddedFromAReaderSelectionIsStoredAsTheUsersConfirmedFigure(FxRobot robot) throws Exception {
        importFixtureAndShowLedger(robot);
        var report = library.reports().get(0);
        String text = library.report(report.id()).orElseThrow().text();
        int start = text.indexOf("Mistral AI raised");
        int end = text.indexOf(" in funding");
        int before = library.figures(null).size();
        robot.interact(() -> AddFigureDialog.show(window.getScene().getWindow(), workbench, report, start, end));
        waitUntil(() -> robot.lookup(".figure-dialog").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup(".figure-dialog").queryAll()).lookup(".button")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Add")).queryButton());
        waitUntil(() -> library.figures(null).size() == before + 1);
        Figure added = library.figures(null).stream().filter(f -> f.origin() == Origin.USER).findFirst().orElseThrow();
        assertEquals(ReviewStatus.CONFIRMED, added.status());
        assertEquals(30e6, added.value());
        assertEquals("mistral-ai", added.companyId());
        assertEquals(start, added.start());
        waitUntil(() -> table(robot).getItems().size() == before + 1);
    }

    @Test
    void reportsThatDisagreeOnCashAndBurnAreListedAsConflictsAndTheRowsAreMarked(FxRobot robot) throws Exception {
        importFixtureAndShowLedger(robot);
        Path other = Files.writeString(dir.resolve("mistral-later.txt"),
                "A later note: Mistral AI has $20 million in cash and burns $2 million per month.");
        robot.interact(() -> window.importPaths(List.of(other)));
        waitUntil(() -> workbench.reports().size() == 2);
        robot.interact(() -> window.showView(window.view(LedgerView.class)));
        var conflicts = robot.lookup("#ledger-conflicts").queryListView();
        waitUntil(() -> conflicts.getItems().size() == 2);
        assertEquals(java.util.Set.of("cash", "burn"), conflicts.getItems().stream()
                .map(c -> ((app.dossier.figures.ledger.Conflicts.Conflict) c).metric()).collect(java.util.stream.Collectors.toSet()));
        assertTrue(table(robot).getItems().stream().filter(LedgerEntry::conflict).noneMatch(e -> e.metric().equals("funding")));
        assertEquals(4, table(robot).getItems().stream().filter(LedgerEntry::conflict).count());
        assertEquals(1, robot.lookup("#ledger-runway").queryListView().getItems().size(),
                "one runway for the company, from the newer report that gives both");
        snapshot(robot, "ledger-conflict.png");
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        Path out = Path.of("target", name);
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(window.snapshot(null, null), null), "png", out.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
