package app.dossier.ui;

import app.dossier.charts.ChartExporter;
import app.dossier.charts.ChartType;
import app.dossier.ui.charts.ChartsView;
import app.dossier.ui.common.Appearance;
import app.dossier.ui.common.ShortcutsDialog;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewMenuTest extends WindowTest {
    private static final String REPORT = "MiniMax update\n\n"
            + "MiniMax holds 600 million dollars in cash and burns 40 million dollars per month.";

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(() -> fx.window.appearance().darkProperty().set(false)); // the theme is the application's
    }

    private String darkSheet() {
        return Appearance.class.getResource(Appearance.DARK_STYLESHEET).toExternalForm();
    }

    @Test
    void darkSwitchesTheStylesheetsAndChartsOnScreenWhileAnExportStaysLight(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("minimax-" + System.nanoTime() + ".txt"), REPORT);
        robot.interact(() -> fx.window.importPaths(List.of(file)));
        waitUntil(() -> fx.workbench.reports().size() == 1);
        ChartsView charts = fx.view(ChartsView.class);
        robot.interact(() -> {
            fx.window.showView(charts);
            charts.chartType().setValue(ChartType.BURN_RATE);
        });
        waitUntil(() -> charts.built() != null && charts.viewer().getChart() != null);

        robot.clickOn("View").clickOn("#theme-dark");
        waitUntil(() -> fx.window.getScene().getStylesheets().contains(darkSheet()));
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertTrue(fx.window.getStyleClass().contains("dark"));
        waitUntil(() -> charts.viewer().getChart() != charts.built().chart());
        Color screen = (Color) charts.viewer().getChart().getBackgroundPaint();
        assertTrue(brightness(screen) < 0.2, "the chart on screen follows the dark theme: " + screen);
        FxTestSupport.snapshot(fx.window, "charts-dark");

        Path png = dir.resolve("burn-" + System.nanoTime() + ".png");
        ChartExporter.png(charts.built().chart(), png, 600, 400, 1);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(brightness(new Color(image.getRGB(2, 2))) > 0.95, "an export stays light");

        robot.clickOn("View").clickOn("#theme-light");
        waitUntil(() -> !fx.window.getScene().getStylesheets().contains(darkSheet()));
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        waitUntil(() -> charts.viewer().getChart() == charts.built().chart());
    }

    @Test
    void zoomKeysChangeTheReaderTextSize(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("zoom-" + System.nanoTime() + ".txt"), REPORT);
        robot.interact(() -> fx.window.importPaths(List.of(file)));
        waitUntil(() -> fx.workbench.reports().size() == 1);
        robot.lookup("Close").tryQuery().ifPresent(robot::clickOn);
        robot.interact(fx.window::selectFirstReport);
        waitUntil(() -> fx.window.reader().shown() != null && robot.lookup(".reader-text").tryQuery().isPresent());
        double before = textSize(robot);
        robot.clickOn("View").clickOn("#zoom-in");
        waitUntil(() -> textSize(robot) > before);
        double zoomed = textSize(robot);
        robot.clickOn("#reader");
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        waitUntil(() -> textSize(robot) > zoomed);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitUntil(() -> textSize(robot) == before);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        waitUntil(() -> textSize(robot) < before);
    }

    private static double textSize(FxRobot robot) {
        return robot.lookup(".reader-text").queryAs(Text.class).getFont().getSize();
    }

    @Test
    void theShortcutsDialogListsTheAcceleratorOfEveryMenuItem(FxRobot robot) throws Exception {
        List<String> accelerators = new ArrayList<>();
        fx.window.menus().getMenus().forEach(m -> collect(m, accelerators));
        assertTrue(accelerators.size() >= 10, "the menus carry their shortcuts: " + accelerators);
        robot.clickOn("Help").clickOn("#keyboard-shortcuts");
        waitUntil(() -> robot.lookup("#shortcuts-table").tryQuery().isPresent());
        TableView<ShortcutsDialog.Shortcut> table = robot.lookup("#shortcuts-table").queryAs(TableView.class);
        FxTestSupport.snapshot(table.getScene().getRoot(), "shortcuts");
        List<String> listed = table.getItems().stream().map(ShortcutsDialog.Shortcut::keys).toList();
        for (String keys : accelerators) {
            assertTrue(listed.contains(keys), keys + " is listed");
        }
        assertTrue(table.getItems().stream().anyMatch(s -> s.action().equals("Zoom in") && s.where().equals("View")));
        assertTrue(table.getItems().stream().anyMatch(s -> s.where().equals("Ledger") && s.keys().equals("C")),
                "keys a view answers by itself are listed too");
        assertTrue(table.getItems().stream().anyMatch(s -> s.action().equals("Export memo...")
                && s.keys().equals(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.E,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText())), "the memo is a key away");
        assertTrue(table.getItems().stream().anyMatch(s -> s.action().equals("Keyboard shortcuts") && s.keys().equals("F1")));
        for (String view : List.of("Library table", "Reader", "Search", "Ledger", "Notes", "Companies & themes")) {
            assertTrue(table.getItems().stream().anyMatch(s -> s.where().equals(view)),
                    "the keys the " + view + " answers by itself are listed");
        }
        assertFalse(listed.isEmpty());
        robot.interact(() -> ((Stage) table.getScene().getWindow()).close());
    }

    private static void collect(Menu menu, List<String> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, into);
            } else if (item.getAccelerator() != null) {
                into.add(item.getAccelerator().getDisplayText());
            }
        }
    }

    private static double brightness(Color c) {
        return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[2];
    }
}
