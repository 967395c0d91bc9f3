package app.dossier.ui.insights;

import app.dossier.library.Library;
import app.dossier.library.insights.Passage;
import app.dossier.model.CandidateStatus;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.ReviewStatus;
import app.dossier.model.ThemeTag;
import app.dossier.ui.FxTestSupport;
import app.dossier.ui.MainWindow;
import app.dossier.ui.WindowTest;
import app.dossier.ui.Workbench;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InsightsViewTest extends WindowTest {
    /** Our own fixture: OpenAI twice (once in a robotics paragraph), Anthropic once, an unknown lab raising money. */
    static final String FIXTURE = """
            # Model makers in brief

            OpenAI shipped a new assistant this spring. Its rival Anthropic answered within weeks.

            OpenAI is also putting money into humanoid robots and embodied AI for warehouses.

            Kestrel Labs raised 3 million dollars in a seed round led by local investors.
            """;

    private Workbench workbench;
    private MainWindow window;
    private InsightsView view;
    private Library library;

    @Override
    protected void started(Stage stage) throws Exception {
        workbench = fx.workbench;
        window = fx.window;
        library = fx.library;
        view = fx.view(InsightsView.class);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String importFixture(FxRobot robot) throws Exception {
        Path file = Files.writeString(Files.createTempDirectory(dir, "in").resolve("makers.md"), FIXTURE);
        robot.interact(() -> window.importPaths(List.of(file)));
        waitUntil(() -> workbench.reports().size() == 1);
        String id = workbench.reports().get(0).id();
        robot.interact(() -> window.showView(view));
        waitUntil(() -> view.model().data() != null && view.model().data().reportCount() == 1);
        return id;
    }

    private void showInner(FxRobot robot, int index) {
        robot.interact(() -> view.tabs().getSelectionModel().select(index));
    }

    private static Node labelled(FxRobot robot, String styleClass, String text) {
        return robot.lookup(n -> n instanceof Labeled l && l.getStyleClass().contains(styleClass)
                && text.equals(l.getText()) && n.isVisible()).query();
    }

    private String readerText(FxRobot robot) {
        return robot.lookup(".reader-text").queryAllAs(Text.class).stream().map(Text::getText)
                .collect(Collectors.joining());
    }

    @Test
    void innerTabsOpenByClickingTheirLabelAndByKeyboard(FxRobot robot) throws Exception {
        importFixture(robot);
        for (String label : List.of("Themes", "Company × theme", "New companies", "Companies")) {
            Node header = robot.lookup(".insights-tabs .tab-header-area .tab-label")
                    .match(n -> n instanceof Labeled l && label.equals(l.getText())).query();
            robot.clickOn(header);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(label, view.tabs().getSelectionModel().getSelectedItem().getText(),
                    "a click on the label of " + label + " shows it");
        }
        FxTestSupport.snapshot(view, "insights-tabs");
        robot.clickOn("#company-list");
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Themes", view.tabs().getSelectionModel().getSelectedItem().getText(), "Ctrl+Tab moves to the next tab");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Companies", view.tabs().getSelectionModel().getSelectedItem().getText(),
                "Ctrl+Shift+Tab moves back");
    }

    @Test
    void theCompaniesPanelCountsMentionsAndAPassageOpensTheReaderThere(FxRobot robot) throws Exception {
        String id = importFixture(robot);
        showInner(robot, 0);
        ListView<?> companies = robot.lookup("#company-list").queryAs(ListView.class);
        waitUntil(() -> companies.getItems().size() >= 2);
        var counts = view.model().data().companyCounts(null, false);
        assertEquals("OpenAI", counts.get(0).company().name(), "the most mentioned comes first");
        assertEquals(2, counts.get(0).inLibrary());
        assertEquals(1, counts.stream().filter(c -> c.company().name().equals("Anthropic")).findFirst()
                .orElseThrow().inLibrary());

        robot.clickOn(labelled(robot, "company-name", "OpenAI"));
        @SuppressWarnings("unchecked")
        ListView<Passage> passages = robot.lookup("#company-passages").queryAs(ListView.class);
        waitUntil(() -> passages.getItems().size() == 2);
        assertTrue(passages.getItems().get(1).excerpt().contains("humanoid robots"), passages.getItems().get(1).excerpt());

        robot.clickOn(robot.lookup("#company-passages .passage-excerpt").nth(1).queryAs(Node.class));
        waitUntil(() -> workbench.currentProperty().get() != null
                && workbench.currentProperty().get().report().id().equals(id));
        waitUntil(() -> readerText(robot).contains("putting money into humanoid robots"));
        assertEquals(0, ((TabPane) robot.lookup("#views").query()).getSelectionModel().getSelectedIndex(),
                "the reader's tab is shown");
    }

    @Test
    void confirmingAThemePassageIsStoredAndUndoRestoresTheSuggestion(FxRobot robot) throws Exception {
        String id = importFixture(robot);
        ThemeTag robots = library.themeTags(id).stream().filter(t -> t.themeId().equals("physical-world-ai"))
                .findFirst().orElseThrow();
        assertEquals(ReviewStatus.SUGGESTED, robots.status());
        showInner(robot, 1);
        robot.clickOn(labelled(robot, "theme-name", "Physical-world AI"));
        waitUntil(() -> robot.lookup("#theme-passages .decision-confirmed").tryQuery().isPresent());
        assertTrue(robot.lookup("#theme-passages .list-cell.suggested").tryQuery().isPresent(),
                "an unreviewed passage looks suggested");
        robot.clickOn(robot.lookup("#theme-passages .decision-confirmed").queryAs(Button.class));
        waitUntil(() -> status(id, robots.id()).equals("confirmed"));
        // the list reloads and shows the decision: the Confirm button of that passage is now disabled
        waitUntil(() -> robot.lookup("#theme-passages .decision-confirmed").tryQuery().map(Node::isDisabled).orElse(false));

        robot.clickOn("#theme-list");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> status(id, robots.id()).equals("suggested"));
    }

    private String status(String reportId, String tagId) {
        return library.themeTags(reportId).stream().filter(t -> t.id().equals(tagId)).findFirst().orElseThrow().status().code();
    }

    @Test
    void theMatrixShowsACompanyNamedInAThemePassageAndListsThatPassage(FxRobot robot) throws Exception {
        importFixture(robot);
        showInner(robot, 2);
        waitUntil(() -> robot.lookup("#cell-openai--physical-world-ai").tryQuery().isPresent());
        Label cell = robot.lookup("#cell-openai--physical-world-ai").queryAs(Label.class);
        assertEquals("1", cell.getText());
        robot.clickOn(cell);
        @SuppressWarnings("unchecked")
        ListView<Passage> passages = robot.lookup("#matrix-passages").queryAs(ListView.class);
        waitUntil(() -> passages.getItems().size() == 1);
        assertTrue(passages.getItems().get(0).excerpt().contains("humanoid robots"));
        assertEquals("OpenAI", passages.getItems().get(0).marked());
    }

    @Test
    void acceptingADiscoveredCompanyAddsItToTheRegistryAndOffersRetagging(FxRobot robot) throws Exception {
        importFixture(robot);
        assertTrue(library.companies().stream().anyMatch(c -> c.name().equals("Kestrel Labs")
                && c.origin() == CompanyOrigin.DISCOVERED), "tagged as a new company at import");
        showInner(robot, 3);
        waitUntil(() -> robot.lookup("#accept-kestrel-labs").tryQuery().isPresent());
        robot.clickOn("#accept-kestrel-labs");
        waitUntil(() -> library.companies().stream().anyMatch(c -> c.name().equals("Kestrel Labs") && c.origin() == CompanyOrigin.USER));
        waitUntil(() -> library.candidates().stream().anyMatch(c -> c.name().equals("Kestrel Labs")
                && c.status() == CandidateStatus.ACCEPTED));
        waitUntil(() -> robot.lookup("#accept-kestrel-labs").tryQuery().isEmpty());
        assertTrue(robot.lookup("#retag-bar").query().isVisible(), "re-tagging is offered");

        robot.clickOn("#retag-run");
        waitUntil(() -> !library.mentions(null).stream().filter(m -> m.companyId().equals("kestrel-labs")).toList().isEmpty());
        waitUntil(() -> view.model().data().companyCounts(null, false).stream()
                .anyMatch(c -> c.company().name().equals("Kestrel Labs")));
    }

    @Test
    void aThemeAddedThroughItsDialogTagsPassagesAfterReRunningTheTagging(FxRobot robot) throws Exception {
        String id = importFixture(robot);
        robot.clickOn("#insights-add-theme");
        robot.clickOn("#theme-name").write("Seed rounds");
        robot.clickOn("#theme-cues-en").write("seed round");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.isDefaultButton())
                .queryAs(Button.class));
        waitUntil(() -> library.themes().stream().anyMatch(t -> t.id().equals("seed-rounds")));
        waitUntil(() -> robot.lookup("#retag-bar").query().isVisible());
        robot.clickOn("#retag-run");
        waitUntil(() -> library.themeTags(id).stream().anyMatch(t -> t.themeId().equals("seed-rounds")));
        waitUntil(() -> view.model().data().themeCounts(null).stream()
                .anyMatch(t -> t.theme().id().equals("seed-rounds") && t.suggested() == 1));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> library.themes().stream().noneMatch(t -> t.id().equals("seed-rounds")));
    }

    @Test
    void editingAShippedCompanyAddsItsAliasAndUndoRestoresTheShippedEntry(FxRobot robot) throws Exception {
        importFixture(robot);
        showInner(robot, 0);
        robot.clickOn(labelled(robot, "company-name", "Anthropic"));
        robot.clickOn("#company-edit");
        robot.clickOn("#company-aliases").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
                .type(KeyCode.ENTER).write("Anthrop Labs");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.isDefaultButton())
                .queryAs(Button.class));
        waitUntil(() -> library.companiesById().get("anthropic").aliases().contains("Anthrop Labs"));
        robot.clickOn("#company-list");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !library.companiesById().get("anthropic").aliases().contains("Anthrop Labs")
                && library.companiesById().get("anthropic").origin() == CompanyOrigin.REGISTRY);
    }
}
