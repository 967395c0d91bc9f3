package app.dossier.ui.matrix;

import app.dossier.matrix.ComparisonMatrix;
import app.dossier.matrix.MatrixCell;
import app.dossier.matrix.MatrixMetric;
import app.dossier.ui.FxTestSupport;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class MatrixViewTest {
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
    void clickingACellOpensItsPassageInTheReader(FxRobot robot) throws Exception {
        robot.interact(() -> fx.window.importPaths(List.of(Path.of("assets/samples").toAbsolutePath())));
        waitUntil(() -> fx.workbench.reports().size() == 4);
        MatrixView view = robot.lookup("#matrix-view").queryAs(MatrixView.class);
        robot.interact(() -> fx.window.showView(view));
        waitUntil(() -> view.table().getItems().stream().anyMatch(r -> r.companyName().equals("Cohere")));
        robot.interact(() -> view.model().currencyProperty().set("EUR"));
        waitUntil(() -> view.model().matrixProperty().get().currency().equals("EUR"));
        FxTestSupport.snapshot(fx.window, "matrix");

        ComparisonMatrix.Row cohere = view.table().getItems().stream().filter(r -> r.companyName().equals("Cohere"))
                .findFirst().orElseThrow();
        MatrixCell cash = cohere.cell(MatrixMetric.CASH);
        assertTrue(cash.display().endsWith("EUR"), cash.display());
        TableCell<?, ?> cell = cellShowing(robot, cash);
        Label about = (Label) cell.lookup(".matrix-about");
        assertTrue(about.getText().contains("as of 2026-05-04") && about.getText().contains("suggested"), about.getText());
        assertTrue(cell.getStyleClass().contains("matrix-suggested"));

        robot.clickOn(cell);
        waitUntil(() -> fx.window.reader().shown() != null && fx.window.reader().revealed() != null);
        String text = fx.window.reader().shown().report().text();
        int[] passage = fx.window.reader().revealed();
        assertEquals(cash.sources().get(0).reportId(), fx.window.reader().shown().report().id());
        assertTrue(text.substring(passage[0], passage[1]).contains("$500 million"), "the cash passage is marked");
        FxTestSupport.snapshot(fx.window, "matrix-cell-opened");
    }

    @Test
    void sortingByRunwayAndChoosingCompaniesChangeTheRows(FxRobot robot) throws Exception {
        robot.interact(() -> fx.window.importPaths(List.of(Path.of("assets/samples").toAbsolutePath())));
        waitUntil(() -> fx.workbench.reports().size() == 4);
        MatrixView view = robot.lookup("#matrix-view").queryAs(MatrixView.class);
        robot.interact(() -> fx.window.showView(view));
        waitUntil(() -> view.table().getItems().size() > 3);
        robot.clickOn("#matrix-rows-chosen");
        waitUntil(() -> view.table().getItems().isEmpty());
        robot.interact(() -> {
            view.choose("zhipu-ai", true);
            view.choose("minimax", true);
        });
        waitUntil(() -> view.table().getItems().size() == 2);
        var runway = view.table().getColumns().stream().filter(c -> "matrix-column-runway".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            runway.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
            view.table().getSortOrder().setAll(runway);
        });
        assertEquals(List.of("Zhipu AI", "MiniMax"), view.table().getItems().stream()
                .map(ComparisonMatrix.Row::companyName).toList(), "the shorter runway first");
    }

    private static TableCell<?, ?> cellShowing(FxRobot robot, MatrixCell item) throws Exception {
        waitUntil(() -> robot.lookup(".table-cell").queryAll().stream().anyMatch(n -> ((TableCell<?, ?>) n).getItem() == item));
        for (Node n : robot.lookup(".table-cell").queryAll()) {
            if (((TableCell<?, ?>) n).getItem() == item) {
                return (TableCell<?, ?>) n;
            }
        }
        throw new AssertionError("no cell shows " + item.display());
    }
}
