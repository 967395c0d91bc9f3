package app.dossier.ui.memo;

import app.dossier.ui.FxTestSupport;
import app.dossier.ui.WindowTest;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File ▸ Export memo…, clicked through by its labels after sorting the Matrix tab by runway. */
class MemoExportDialogTest extends WindowTest {
    @Override
    protected void started(Stage stage) {
        stage.setWidth(1360);
        stage.setHeight(860);
    }

    @Test
    void theMemoFollowsTheMatrixTabsSortAndFootnotesTheFigureWithItsQuote(FxRobot robot) throws Exception {
        importSamples(robot);
        fx.clickTab(robot, "Matrix");
        app.dossier.ui.matrix.MatrixView matrix = robot.lookup("#matrix-view").queryAs(app.dossier.ui.matrix.MatrixView.class);
        waitUntil(() -> matrix.table().getItems().size() > 3);
        FxTestSupport.clickHeader(robot, "#matrix-table", "Runway");
        waitUntil(() -> matrix.model().sortProperty().get() != null
                && matrix.model().sortProperty().get().metric() == app.dossier.matrix.MatrixMetric.RUNWAY);

        Node dialog = openDialog(robot);
        robot.clickOn("#memo-title").push(KeyCode.CONTROL, KeyCode.A).write("Runway memo");
        Path docx = dir.resolve("memo.docx");
        robot.clickOn("#memo-file").write(docx.toString());
        FxTestSupport.snapshot(dialog, "memo-dialog");
        robot.clickOn(button(robot, dialog, "Export"));
        String done = awaitMessage(robot, dialog);
        assertTrue(done.startsWith("Memo written to"), done);
        FxTestSupport.snapshot(dialog, "memo-dialog-done");

        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("Runway memo", doc.getParagraphs().get(0).getText());
            assertEquals(2, doc.getAllPictures().size(), "burn rate and market share, ticked by default");
            XWPFTable table = doc.getTables().get(0);
            assertEquals(List.of("Zhipu AI", "Cohere", "MiniMax"), List.of(table.getRow(1).getCell(0).getText(),
                    table.getRow(2).getCell(0).getText(), table.getRow(3).getCell(0).getText()),
                    "sorted as the Matrix tab is: shortest runway first");
            List<String> footnotes = doc.getFootnotes().stream().map(XWPFFootnote::getParagraphs).flatMap(List::stream)
                    .map(p -> p.getText()).toList();
            assertTrue(footnotes.stream().anyMatch(f -> f.contains("Its monthly burn is estimated at $25 million")
                    && f.contains("Runway check: how long can the model labs keep spending?") && f.contains("2026-05-04")),
                    footnotes.toString());
        }
    }

    @Test
    void aMarkdownMemoBesideSomeoneElsesPictureKeepsItAndSaysSo(FxRobot robot) throws Exception {
        importSamples(robot);
        Path folder = Files.createDirectories(dir.resolve("shared-" + System.nanoTime()));
        Files.writeString(folder.resolve("memo-burn-rate.png"), "not Dossier's");
        Node dialog = openDialog(robot);
        robot.clickOn("#memo-file").write(folder.resolve("memo.md").toString());
        robot.clickOn(button(robot, dialog, "Export"));
        String done = awaitMessage(robot, dialog);
        assertTrue(done.contains("memo-burn-rate.png was already there and is kept; this chart is memo-burn-rate-2.png"),
                done);
        assertEquals("not Dossier's", Files.readString(folder.resolve("memo-burn-rate.png")));
        assertTrue(Files.readString(folder.resolve("memo.md")).contains("(memo-burn-rate-2.png)"));
    }

    private void importSamples(FxRobot robot) throws Exception {
        robot.interact(() -> fx.window.importPaths(List.of(Path.of("assets/samples").toAbsolutePath())));
        waitUntil(() -> fx.workbench.reports().size() == 4);
    }

    private static Node openDialog(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Export memo...");
        waitUntil(() -> robot.lookup("#memo-dialog").tryQuery().isPresent());
        Node dialog = robot.lookup("#memo-dialog").query();
        robot.interact(() -> {
            // the screen of a headless run may be smaller than the main window: keep the dialog's buttons on it
            dialog.getScene().getWindow().setX(0);
            dialog.getScene().getWindow().setY(0);
        });
        return dialog;
    }

    private static Button button(FxRobot robot, Node dialog, String text) {
        return robot.from(dialog).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    /** Charts, matrix and a DOCX with pictures: longer than a view's reload on a loaded machine. */
    private static String awaitMessage(FxRobot robot, Node dialog) throws Exception {
        Label message = robot.from(dialog).lookup("#memo-message").queryAs(Label.class);
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS,
                    () -> message.getText().startsWith("Memo written to") || message.getText().contains("could not"));
        } catch (java.util.concurrent.TimeoutException e) {
            FxTestSupport.snapshot(dialog, "memo-dialog-timeout");
        }
        return message.getText();
    }
}
