package app.dossier.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.List;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The HTML and PDF of an article show as formats of the report, and nothing of it is counted twice. */
class ReportVersionsViewTest extends WindowTest {
    private static final Path VERSIONS = Path.of("src/test/resources/versions");

    @Test
    void theOtherFormatsAreShownOnTheReportAndCountedOnce(FxRobot robot) throws Exception {
        robot.interact(() -> fx.window.importPaths(List.of(VERSIONS.resolve("en-runway-check.txt"),
                VERSIONS.resolve("en-runway-check.html"), VERSIONS.resolve("en-runway-check.pdf"))));
        TableView<?> table = robot.lookup("#library-table").queryAs(TableView.class);
        waitUntil(() -> fx.workbench.importOutcomes().size() == 3 && fx.library.versions().size() == 2);
        waitUntil(() -> table.getItems().size() == 1);
        String kept = fx.workbench.reports().get(0).id();
        assertEquals(fx.library.figures(kept).size(), fx.library.figures(null).size(), "figures counted once");
        assertEquals(fx.library.mentions(kept).size(), fx.library.mentions(null).size(), "companies counted once");

        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#report-formats").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("Formats: TXT (shown) · HTML · PDF")).orElse(false));
        FxTestSupport.snapshot(fx.window, "report-formats");

        robot.clickOn("Its own article");
        waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn("#library-table");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals(fx.library.figures(kept).size(), fx.library.figures(null).size());
    }
}
