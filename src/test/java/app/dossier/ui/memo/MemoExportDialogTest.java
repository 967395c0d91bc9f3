package app.dossier.ui.memo;

import app.dossier.ui.FxTestSupport;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class MemoExportDialogTest {
    @TempDir
    static Path dir;

    private FxTestSupport fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new FxTestSupport(stage, dir);
        stage.setWidth(1360);
        stage.setHeight(860);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theMemoExportedFromTheFileMenuFootnotesTheFigureWithItsQuote(FxRobot robot) throws Exception {
        robot.interact(() -> fx.window.importPaths(List.of(Path.of("assets/samples").toAbsolutePath())));
        waitUntil(() -> fx.workbench.reports().size() == 4);
        robot.clickOn("File").clickOn("Export memo...");
        waitUntil(() -> robot.lookup("#memo-dialog").tryQuery().isPresent());
        Path docx = dir.resolve("memo.docx");
        robot.interact(() -> {
            // the screen of a headless run may be smaller than the main window: keep the dialog's buttons on it
            javafx.stage.Window dialog = robot.lookup("#memo-dialog").query().getScene().getWindow();
            dialog.setX(0);
            dialog.setY(0);
            robot.lookup("#memo-title").queryAs(TextField.class).setText("Runway memo");
            robot.lookup("#memo-file").queryAs(TextField.class).setText(docx.toString());
        });
        FxTestSupport.snapshot(robot.lookup("#memo-dialog").query(), "memo-dialog");
        // fired rather than clicked: under a loaded headless run a robot click on a second window can miss it
        robot.interact(() -> robot.lookup("#memo-dialog-export").queryAs(javafx.scene.control.Button.class).fire());
        Label message = robot.lookup("#memo-message").queryAs(Label.class);
        // charts, matrix and a DOCX with pictures: longer than a view's reload on a loaded machine
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(180, java.util.concurrent.TimeUnit.SECONDS,
                    () -> message.getText().startsWith("Memo written to") || message.getText().contains("could not"));
        } catch (java.util.concurrent.TimeoutException e) {
            FxTestSupport.snapshot(robot.lookup("#memo-dialog").query(), "memo-dialog-timeout");
        }
        assertTrue(message.getText().startsWith("Memo written to"), message.getText());
        FxTestSupport.snapshot(robot.lookup("#memo-dialog").query(), "memo-dialog-done");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("Runway memo", doc.getParagraphs().get(0).getText());
            assertEquals(2, doc.getAllPictures().size(), "burn rate and market share, ticked by default");
            assertTrue(doc.getTables().get(0).getText().contains("Cohere"), "the matrix of all companies with figures");
            List<String> footnotes = doc.getFootnotes().stream().map(XWPFFootnote::getParagraphs).flatMap(List::stream)
                    .map(p -> p.getText()).toList();
            assertTrue(footnotes.stream().anyMatch(f -> f.contains("Its monthly burn is estimated at $25 million")
                    && f.contains("2026-05-04")), footnotes.toString());
        }
    }
}
