package app.dossier.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every screen at the two window sizes analysts use, photographed (DOSSIER_SNAPSHOTS) and checked for cut text. */
@ExtendWith(ApplicationExtension.class)
class WindowFitTest {
    @TempDir
    static Path dir;

    private FxTestSupport fx;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fx = new FxTestSupport(stage, dir);
    }

    @AfterEach
    void close() throws Exception {
        // the stage is shared with the next test class: give it back its usual size
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1300);
            stage.setHeight(820);
        }).get();
        fx.close();
    }

    private void importFixture(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("fit.md"), "# Cash and themes\n\n"
                + "Zhipu AI holds 2.5 billion yuan in cash and burns 300 million yuan per month.\n\n"
                + "OpenAI is putting money into humanoid robots and embodied AI for warehouses.\n\n"
                + "Anthropic holds 3,017 million dollars in cash, and its enterprise LLM market share reached 32%.");
        robot.interact(() -> fx.window.importPaths(List.of(file)));
        waitUntil(() -> fx.workbench.reports().size() == 1 && fx.workbench.currentProperty().get() != null);
    }

    /** Text the layout had to shorten with an ellipsis, inside the nodes a selector finds. */
    private static List<String> cutText(Node root, String selector) {
        List<String> cut = new ArrayList<>();
        for (Node cell : root.lookupAll(selector)) {
            if (!cell.isVisible()) {
                continue;
            }
            for (Node t : cell.lookupAll(".text")) {
                if (t instanceof Text text && text.getText() != null && (text.getText().endsWith("…") || text.getText().endsWith("..."))) {
                    cut.add(text.getText());
                }
            }
        }
        return cut;
    }

    @Test
    void everyScreenFitsAt1360x860And1920x1080(FxRobot robot) throws Exception {
        importFixture(robot);
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][]{{1360, 860}, {1920, 1080}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (Tab tab : fx.window.views().getTabs()) {
                robot.interact(() -> fx.window.views().getSelectionModel().select(tab));
                WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                String name = "fit-" + size[0] + "-" + tab.getText().toLowerCase().replaceAll("[^a-z]+", "-");
                FxTestSupport.snapshot(fx.window, name);
                cutText(tab.getContent(), ".combo-box-base").forEach(t -> problems.add(name + ": combo box shows “" + t + "”"));
                cutText(tab.getContent(), ".table-cell.ledger-number").forEach(t -> problems.add(name + ": ledger shows “" + t + "”"));
            }
        }
        assertEquals(List.of(), problems);
    }
}
