package app.dossier.ui;

import app.dossier.cli.SearchTrustFixtures;
import app.dossier.search.SearchHit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search tab as a user reads it: other names said, misspellings corrected, mentions shown, hits coloured. */
class SearchTrustViewTest extends WindowTest {
    private void importReports(FxRobot robot) throws Exception {
        Path moon = Files.writeString(Files.createTempFile(dir, "moon", ".md"), "# 新一輪融資\n\n月之暗面在今年完成新一輪融資，估值達到三十億美元。");
        Path labs = Files.writeString(Files.createTempFile(dir, "labs", ".md"), "# Lab spending\n\n"
                + SearchTrustFixtures.LONG_OPENING + "\n\nLater in the year Anthropic closed a large round and hired more engineers.");
        robot.interact(() -> fx.window.importPaths(List.of(moon, labs)));
        waitUntil(() -> fx.workbench.reports().size() == 2);
        robot.interact(fx.window::showSearch);
    }

    @SuppressWarnings("unchecked")
    private ListView<SearchHit> results(FxRobot robot) {
        return robot.lookup("#search-results").queryAs(ListView.class);
    }

    private void search(FxRobot robot, String query) throws Exception {
        TextField field = robot.lookup("#search-field").queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(query);
        robot.type(javafx.scene.input.KeyCode.END);
    }

    private static String shownText(Node cell) {
        return ((javafx.scene.text.TextFlow) cell).getChildren().stream().map(n -> n instanceof Label l ? l.getText()
                : n instanceof javafx.scene.text.Text t ? t.getText() : "").collect(Collectors.joining());
    }

    @Test
    void aNameInLatinFindsTheChineseNameAndSaysWhatItAlsoSearched(FxRobot robot) throws Exception {
        importReports(robot);
        search(robot, "Moonshot");
        Label also = robot.lookup("#search-also").queryAs(Label.class);
        // typing searches after each key; wait for the answer to the whole word, not to a prefix of it
        waitUntil(() -> results(robot).getItems().size() == 1 && also.getText().contains("月之暗面"));
        assertTrue(also.isVisible() && also.getText().startsWith("also searched:") && also.getText().contains("月之暗面"),
                also.getText());
        FxTestSupport.snapshot(fx.window, "search-also-searched");
    }

    @Test
    void aMisspeltNameOffersTheNameAndOneClickSearchesIt(FxRobot robot) throws Exception {
        importReports(robot);
        search(robot, "Antrhopic");
        waitUntil(() -> robot.lookup("#search-did-you-mean").queryAs(Hyperlink.class).isVisible());
        Hyperlink link = robot.lookup("#search-did-you-mean").queryAs(Hyperlink.class);
        assertEquals("Did you mean Anthropic?", link.getText());
        assertTrue(results(robot).getItems().isEmpty());
        FxTestSupport.snapshot(fx.window, "search-did-you-mean");
        robot.clickOn(link);
        waitUntil(() -> results(robot).getItems().size() == 1);
        assertEquals("Anthropic", robot.lookup("#search-field").queryAs(TextField.class).getText());
        assertFalse(link.isVisible(), "a query that finds something needs no correction");
    }

    @Test
    void aCompanyFilterShowsTheMentionWithTheHitColoured(FxRobot robot) throws Exception {
        importReports(robot);
        search(robot, "company:Anthropic");
        waitUntil(() -> results(robot).getItems().size() == 1 && robot.lookup(".search-hit").tryQuery().isPresent());
        Node cell = robot.lookup(".search-snippet").query();
        assertTrue(shownText(cell).contains("Anthropic closed a large round"), shownText(cell));
        Region hit = robot.lookup(".search-hit").queryAs(Region.class);
        assertFalse(hit.getBackground() == null || hit.getBackground().getFills().isEmpty(), "the hit has a background");
        Color fill = (Color) hit.getBackground().getFills().get(0).getFill();
        assertTrue(fill.getOpacity() > 0.2 && fill.getRed() > fill.getBlue(), "a warm highlight, not only bold: " + fill);
        FxTestSupport.snapshot(fx.window, "search-company-mention");
    }
}
