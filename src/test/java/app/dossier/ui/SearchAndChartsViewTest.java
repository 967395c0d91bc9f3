package app.dossier.ui;

import app.dossier.charts.ChartType;
import app.dossier.ui.charts.ChartsView;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import org.jfree.chart.entity.CategoryItemEntity;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import app.dossier.charts.ChartResult;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchAndChartsViewTest extends WindowTest {
    private String importCashReport(FxRobot robot) throws Exception {
        Path file = Files.writeString(Files.createTempFile(dir, "cash", ".md"), "# Cash check\n\n"
                + "Zhipu AI holds 2.5 billion yuan in cash and burns 300 million yuan per month.\n\n"
                + "Analysts say the yuan figures look solid, and more yuan will follow.");
        robot.interact(() -> fx.window.importPaths(List.of(file)));
        waitUntil(() -> fx.workbench.reports().size() == 1);
        return fx.workbench.reports().get(0).id();
    }

    @Test
    void searchingOpensTheReaderAtTheHitAndStepsThroughEveryHit(FxRobot robot) throws Exception {
        String id = importCashReport(robot);
        robot.interact(fx.window::showSearch);
        robot.clickOn("#search-field").write("yuan");
        waitUntil(() -> fx.window.lookup("#search-results") instanceof javafx.scene.control.ListView<?> l
                && !l.getItems().isEmpty());
        robot.clickOn("#search-field").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> fx.workbench.currentProperty().get() != null
                && fx.workbench.currentProperty().get().report().id().equals(id)
                && robot.lookup("#hits-label").queryAs(Label.class).isVisible());
        Label hits = robot.lookup("#hits-label").queryAs(Label.class);
        assertEquals("Hit 1 of 4", hits.getText());
        robot.clickOn("#next-hit");
        assertEquals("Hit 2 of 4", hits.getText());
        robot.clickOn("#previous-hit").clickOn("#previous-hit");
        assertEquals("Hit 4 of 4", hits.getText(), "stepping back from the first wraps to the last");
        FxTestSupport.snapshot(fx.window, "search-hits");
    }

    @Test
    void clickingABarOpensTheReaderAtTheFigure(FxRobot robot) throws Exception {
        String id = importCashReport(robot);
        ChartsView charts = fx.view(ChartsView.class);
        robot.interact(() -> {
            fx.window.showView(charts);
            charts.chartType().setValue(ChartType.BURN_RATE);
            charts.includeSuggested().setSelected(true);
        });
        waitUntil(() -> charts.built() != null && !charts.built().result().series().isEmpty()
                && entity(charts) != null);
        FxTestSupport.snapshot(fx.window, "charts");
        CategoryItemEntity bar = entity(charts);
        var bounds = bar.getArea().getBounds2D();
        Point2D onScreen = charts.viewer().getCanvas().localToScreen(bounds.getCenterX(), bounds.getCenterY());
        robot.clickOn(onScreen);
        waitUntil(() -> fx.workbench.currentProperty().get() != null);
        assertEquals(id, fx.workbench.currentProperty().get().report().id());
        assertNotNull(fx.window.reader().shown());
        FxTestSupport.snapshot(fx.window, "chart-click");
    }

    @Test
    void namesInOriginalScriptAreTheFormsTheSourceReportsUse(FxRobot robot) throws Exception {
        Path hant = Files.writeString(Files.createTempFile(dir, "zhipu", ".txt"),
                "智譜的現金\n\n智譜目前持有現金約25億元人民幣，每月消耗約3億元人民幣。智譜表示資金充足。");
        Path en = Files.writeString(Files.createTempFile(dir, "minimax", ".txt"),
                "MiniMax update\n\nMiniMax holds 600 million dollars in cash and burns 40 million dollars per month.");
        robot.interact(() -> fx.window.importPaths(List.of(hant, en)));
        waitUntil(() -> fx.workbench.reports().size() == 2);
        ChartsView charts = fx.view(ChartsView.class);
        robot.interact(() -> {
            fx.window.showView(charts);
            charts.chartType().setValue(ChartType.BURN_RATE);
            charts.includeSuggested().setSelected(true);
            charts.originalNames().setSelected(true);
        });
        waitUntil(() -> charts.built() != null && charts.built().result().series().stream()
                .flatMap(s -> s.points().stream()).map(ChartResult.Point::category).distinct().count() == 2);
        FxTestSupport.snapshot(fx.window, "charts-original-names");
        var names = charts.built().result().series().stream().flatMap(s -> s.points().stream())
                .map(ChartResult.Point::category).collect(java.util.stream.Collectors.toSet());
        assertEquals(java.util.Set.of("智譜", "MiniMax"), names, "the names as the reports write them");
    }

    @Test
    void chartsShowSuggestedFiguresAsUnconfirmedAndSayWhatToDoWhenThereIsNothing(FxRobot robot) throws Exception {
        ChartsView charts = fx.view(ChartsView.class);
        robot.interact(() -> {
            fx.window.showView(charts);
            charts.chartType().setValue(ChartType.BURN_RATE);
        });
        waitUntil(() -> robot.lookup("#chart-empty-head").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertEquals("No reports yet", robot.lookup("#chart-empty-head").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#chart-viewer").tryQuery().isEmpty(), "no empty axis");

        importCashReport(robot);
        waitUntil(() -> robot.lookup("#chart-viewer").tryQuery().isPresent()
                && robot.lookup("#chart-unconfirmed").queryAs(Label.class).isVisible());
        FxTestSupport.snapshot(fx.window, "charts-unconfirmed");
        assertTrue(robot.lookup("#chart-unconfirmed").queryAs(Label.class).getText().contains("nobody has confirmed"));

        robot.clickOn("#include-suggested");
        waitUntil(() -> robot.lookup("#chart-empty-head").tryQuery().isPresent());
        assertEquals("Nothing confirmed for this chart yet", robot.lookup("#chart-empty-head").queryAs(Label.class).getText());
        FxTestSupport.snapshot(fx.window, "charts-nothing-confirmed");
        robot.clickOn(robot.lookup("#chart-empty .button").queryAs(javafx.scene.control.Button.class));
        waitUntil(() -> robot.lookup("#chart-viewer").tryQuery().isPresent());
    }

    /** The burn bar of Zhipu AI, once the chart has been drawn on screen. */
    private static CategoryItemEntity entity(ChartsView charts) {
        var info = charts.viewer().getCanvas().getRenderingInfo();
        if (info == null) {
            return null;
        }
        for (Object e : info.getEntityCollection().getEntities()) {
            if (e instanceof CategoryItemEntity item && "Monthly burn".equals(item.getRowKey())
                    && "Zhipu AI".equals(item.getColumnKey())) {
                return item;
            }
        }
        return null;
    }
}
