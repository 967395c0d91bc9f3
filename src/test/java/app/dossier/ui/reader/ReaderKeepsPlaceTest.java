package app.dossier.ui.reader;

import app.dossier.model.ReviewStatus;
import app.dossier.journal.Commands;
import app.dossier.model.Figure;
import app.dossier.ui.FxTestSupport;
import app.dossier.ui.WindowTest;
import app.dossier.ui.MainWindow;
import app.dossier.ui.Workbench;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReaderKeepsPlaceTest extends WindowTest {
    private Workbench workbench;
    private MainWindow window;

    @Override
    protected void started(Stage stage) throws Exception {
        workbench = fx.workbench;
        window = fx.window;
    }

    /** A long report: forty paragraphs, each naming a company with cash, so there is much to scroll and decide. */
    private String importLongReport(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder("# Cash positions of model makers\n\n");
        for (int i = 1; i <= 40; i++) {
            text.append("In quarter ").append(i).append(" Mistral AI reported cash of ").append(10 + i)
                    .append(" million dollars, while analysts kept reading the yuan rate closely.\n\n");
        }
        Path file = Files.writeString(dir.resolve("long.md"), text);
        robot.interact(() -> window.importPaths(List.of(file)));
        waitUntil(() -> workbench.currentProperty().get() != null);
        return workbench.currentProperty().get().report().id();
    }

    private ScrollPane scroll(FxRobot robot) {
        return robot.lookup("#reader .scroll-pane").queryAs(ScrollPane.class);
    }

    @Test
    void theReaderKeepsItsPlaceSelectionAndHitBarThroughDecisionsAndRefreshes(FxRobot robot) throws Exception {
        String id = importLongReport(robot);
        ReaderPane reader = window.reader();
        String text = reader.text();
        List<int[]> hits = new ArrayList<>();
        for (int at = text.indexOf("yuan"); at >= 0; at = text.indexOf("yuan", at + 1)) {
            hits.add(new int[]{at, at + 4});
        }
        robot.interact(() -> reader.showSearchHits(hits, hits.get(25)[0]));
        int selectFrom = text.indexOf("quarter 27");
        robot.interact(() -> reader.select(selectFrom, selectFrom + 10));
        double place = scroll(robot).getVvalue();
        assertTrue(place > 0.3, "the reader moved down to hit 26: " + place);
        Label hitsLabel = robot.lookup("#hits-label").queryAs(Label.class);
        assertEquals("Hit 26 of 40", hitsLabel.getText());

        Figure figure = fx.library.figures(id).get(3);
        Workbench.ReportView before = workbench.currentProperty().get();
        robot.interact(() -> workbench.execute(new Commands.PutFigure(figure, figure.withStatus(ReviewStatus.REJECTED))));
        waitUntil(() -> workbench.currentProperty().get() != before);
        FxTestSupport.snapshot(window, "reader-after-decision");
        assertEquals(place, scroll(robot).getVvalue(), 0.01, "the scroll position is kept after a decision");
        assertArrayEquals(new int[]{selectFrom, selectFrom + 10}, reader.selection(), "the selection is kept");
        assertTrue(robot.lookup(".mark.hl-selection").tryQuery().isPresent(), "and still drawn");
        assertTrue(hitsLabel.isVisible(), "the hit bar stays");
        assertEquals("Hit 26 of 40", hitsLabel.getText());

        Workbench.ReportView beforeRefresh = workbench.currentProperty().get();
        robot.interact(() -> workbench.refresh(() -> workbench.read(id)));
        waitUntil(() -> workbench.currentProperty().get() != beforeRefresh);
        assertEquals(place, scroll(robot).getVvalue(), 0.01, "the scroll position is kept after a refresh");
        assertTrue(hitsLabel.isVisible());
        robot.clickOn("#next-hit");
        assertEquals("Hit 27 of 40", hitsLabel.getText(), "stepping goes on from where it was");
    }
}
