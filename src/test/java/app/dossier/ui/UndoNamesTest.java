package app.dossier.ui;

import app.dossier.model.ReviewStatus;
import app.dossier.journal.Commands;
import app.dossier.model.Figure;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

class UndoNamesTest extends WindowTest {
    private MenuItem editItem(FxRobot robot, int index) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> m.getText().equals("Edit")).findFirst().orElseThrow().getItems().get(index);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void undoAndRedoSayWhatTheyTakeBackAndTheStatusBarSaysWhatWasDone(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("cash.txt"), "Mistral AI has $12 million in cash.");
        robot.interact(() -> fx.window.importPaths(List.of(file)));
        waitUntil(() -> fx.workbench.reports().size() == 1);
        String id = fx.workbench.reports().get(0).id();
        Figure cash = fx.library.figures(id).stream().filter(f -> f.metric().equals("cash")).findFirst().orElseThrow();
        robot.interact(() -> fx.workbench.execute(new Commands.PutFigure(cash, cash.withStatus(ReviewStatus.REJECTED))));
        waitUntil(() -> fx.library.figures(id).stream().anyMatch(f -> f.status() == ReviewStatus.REJECTED));

        robot.clickOn("Edit");
        assertEquals("Undo reject figure · Mistral AI cash", editItem(robot, 0).getText());
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#library-table");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> fx.library.figures(id).stream().allMatch(f -> f.status() != ReviewStatus.REJECTED));
        waitUntil(() -> status(robot).startsWith("Undone: reject figure · Mistral AI cash"));

        robot.clickOn("Edit");
        assertEquals("Redo reject figure · Mistral AI cash", editItem(robot, 1).getText());
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#library-table");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> status(robot).equals("Redone: reject figure · Mistral AI cash"));
        FxTestSupport.snapshot(fx.window, "undo-status");
    }
}
