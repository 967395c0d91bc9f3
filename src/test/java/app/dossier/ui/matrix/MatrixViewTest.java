package app.dossier.ui.matrix;

import app.dossier.matrix.ComparisonMatrix;
import app.dossier.matrix.MatrixCell;
import app.dossier.matrix.MatrixMetric;
import app.dossier.store.Json;
import app.dossier.ui.FxTestSupport;
import app.dossier.ui.WindowTest;
import app.dossier.ui.common.WindowSettings;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.List;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Matrix tab, clicked through as a user does: tab, radio buttons, check boxes, column headers, cells. */
class MatrixViewTest extends WindowTest {
    @Override
    protected void started(Stage stage) {
        stage.setWidth(1360);
        stage.setHeight(860);
    }

    private MatrixView openMatrixTab(FxRobot robot) throws Exception {
        robot.interact(() -> fx.window.importPaths(List.of(Path.of("assets/samples").toAbsolutePath())));
        waitUntil(() -> fx.workbench.reports().size() == 4);
        robot.lookup("Close").tryQuery().ifPresent(robot::clickOn); // the import list, as a user closes it
        fx.clickTab(robot, "Matrix");
        MatrixView view = robot.lookup("#matrix-view").queryAs(MatrixView.class);
        waitUntil(() -> view.table().getItems().stream().anyMatch(r -> r.companyName().equals("Cohere")));
        return view;
    }

    @Test
    void clickingACellOpensItsPassageInTheReader(FxRobot robot) throws Exception {
        MatrixView view = openMatrixTab(robot);
        robot.clickOn("#matrix-currency");
        waitUntil(() -> popupCell(robot, "EUR") != null);
        robot.clickOn(popupCell(robot, "EUR"));
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
        assertTrue(about.getHeight() >= about.prefHeight(about.getWidth()) - 0.5,
                "the as-of and state lines are not cut: " + about.getHeight() + " of " + about.prefHeight(about.getWidth()));

        robot.clickOn(cell);
        waitUntil(() -> fx.window.reader().shown() != null && fx.window.reader().revealed() != null);
        String text = fx.window.reader().shown().report().text();
        int[] passage = fx.window.reader().revealed();
        assertEquals(cash.sources().get(0).reportId(), fx.window.reader().shown().report().id());
        assertTrue(text.substring(passage[0], passage[1]).contains("$500 million"), "the cash passage is marked");
        FxTestSupport.snapshot(fx.window, "matrix-cell-opened");
    }

    @Test
    void theSortClickedOnAHeaderPutsEmptyCellsLastAndSurvivesAReloadAndARestart(FxRobot robot) throws Exception {
        MatrixView view = openMatrixTab(robot);
        robot.clickOn("Companies I choose");
        waitUntil(() -> view.table().getItems().isEmpty());
        for (String company : List.of("Zhipu AI", "MiniMax", "Mistral AI", "Cohere")) {
            tick(robot, company);
        }
        waitUntil(() -> view.table().getItems().size() == 4);

        clickHeader(robot, "Runway");
        waitUntil(() -> names(view).equals(List.of("Zhipu AI", "Cohere", "MiniMax", "Mistral AI")));
        clickHeader(robot, "Runway");
        waitUntil(() -> names(view).equals(List.of("MiniMax", "Cohere", "Zhipu AI", "Mistral AI")));
        assertEquals(List.of("MiniMax", "Cohere", "Zhipu AI", "Mistral AI"), names(view),
                "longest runway first; Mistral AI, which states no cash, stays last either way");

        robot.clickOn("#matrix-metric-valuation"); // a reload: the columns are built anew
        waitUntil(() -> view.table().getColumns().stream().noneMatch(c -> "matrix-column-valuation".equals(c.getId())));
        assertEquals(List.of("MiniMax", "Cohere", "Zhipu AI", "Mistral AI"), names(view), "the sort survives a reload");
        TableColumn<ComparisonMatrix.Row, ?> sorted = view.table().getSortOrder().get(0);
        assertEquals("matrix-column-runway", sorted.getId());
        assertEquals(TableColumn.SortType.DESCENDING, sorted.getSortType(), "and its header still shows it");

        // what the window writes to its settings file on closing, read back by the next run
        String saved = Json.MAPPER.writeValueAsString(view.model().remembered());
        WindowSettings.MatrixChoices read = Json.MAPPER.readValue(saved, WindowSettings.MatrixChoices.class);
        MatrixView[] reopened = new MatrixView[1];
        robot.interact(() -> {
            reopened[0] = new MatrixView(fx.workbench, fx.window);
            reopened[0].model().restore(read);
            fx.window.addView("Matrix, next run", Feather.GRID, reopened[0]);
            fx.window.showView(reopened[0]);
        });
        waitUntil(() -> names(reopened[0]).size() == 4);
        assertEquals(List.of("MiniMax", "Cohere", "Zhipu AI", "Mistral AI"), names(reopened[0]));
        assertTrue(((RadioButton) reopened[0].lookup("#matrix-rows-chosen")).isSelected());
        assertFalse(((CheckBox) reopened[0].lookup("#matrix-metric-valuation")).isSelected());
        assertEquals(TableColumn.SortType.DESCENDING, reopened[0].table().getSortOrder().get(0).getSortType());
    }

    /** The choice of an open combo box's list, by its text. */
    private static ListCell<?> popupCell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getScene() != null && c.getScene().getWindow() instanceof javafx.stage.PopupWindow
                        && text.equals(c.getText())).findFirst().orElse(null);
    }

    private static List<String> names(MatrixView view) {
        return view.table().getItems().stream().map(ComparisonMatrix.Row::companyName).toList();
    }

    /** Ticks a company's box in the list of companies, scrolling it into view first as a user would. */
    @SuppressWarnings("unchecked")
    private static void tick(FxRobot robot, String company) throws Exception {
        ListView<app.dossier.model.Company> list = robot.lookup("#matrix-companies").queryAs(ListView.class);
        int index = list.getItems().stream().map(app.dossier.model.Company::name).toList().indexOf(company);
        robot.interact(() -> list.scrollTo(index));
        waitUntil(() -> robot.from(list).lookup(".list-cell").queryAll().stream()
                .anyMatch(n -> company.equals(((ListCell<?>) n).getText())));
        Node cell = robot.from(list).lookup(".list-cell").queryAll().stream()
                .filter(n -> company.equals(((ListCell<?>) n).getText())).findFirst().orElseThrow();
        robot.clickOn(robot.from(cell).lookup(".check-box").queryAs(CheckBox.class));
    }

    private static void clickHeader(FxRobot robot, String title) throws Exception {
        FxTestSupport.clickHeader(robot, "#matrix-table", title);
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
