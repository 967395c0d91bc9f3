package app.dossier.ui.insights;

import app.dossier.figures.ledger.LedgerEntry;
import app.dossier.library.Library;
import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.ui.FxTestSupport;
import app.dossier.ui.MainWindow;
import app.dossier.ui.WindowTest;
import app.dossier.ui.Workbench;
import app.dossier.ui.ledger.LedgerView;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.dossier.ui.FxTestSupport.snapshot;
import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A company no registry knows: marked new in the companies view, the reader and the ledger; accepted or rejected there. */
class DiscoveredCompaniesViewTest extends WindowTest {
    private static final String FIXTURE = """
            # Greifarme aus Augsburg

            Die Sturmvogel Robotics GmbH baut Greifarme für Lagerhäuser. Sturmvogel hat in einer Serie-A-Runde \
            40 Mio. Euro eingesammelt.

            OpenAI beobachtet den Markt.
            """;

    private Workbench workbench;
    private MainWindow window;
    private Library library;

    @Override
    protected void started(Stage stage) throws Exception {
        workbench = fx.workbench;
        window = fx.window;
        library = fx.library;
    }

    private Company importFixture(FxRobot robot) throws Exception {
        Path file = Files.writeString(Files.createTempDirectory(dir, "in").resolve("greifarme.md"), FIXTURE);
        robot.interact(() -> window.importPaths(List.of(file)));
        waitUntil(() -> workbench.reports().size() == 1);
        waitUntil(() -> !library.discoveredCompanies().isEmpty());
        return library.discoveredCompanies().get(0);
    }

    @Test
    void aNewCompanyIsMarkedInTheCompaniesViewAndAcceptedThere(FxRobot robot) throws Exception {
        Company c = importFixture(robot);
        assertEquals("Sturmvogel Robotics", c.name());
        InsightsView view = fx.view(InsightsView.class);
        robot.interact(() -> window.showView(view));
        robot.interact(() -> view.tabs().getSelectionModel().select(0));
        ListView<?> companies = robot.lookup("#company-list").queryAs(ListView.class);
        waitUntil(() -> companies.getItems().size() == 2);
        waitUntil(() -> robot.lookup(".new-mark").tryQuery().isPresent());
        robot.clickOn("Sturmvogel Robotics");
        waitUntil(() -> robot.lookup("#company-accept").tryQuery().isPresent());
        snapshot(view, "discovered-companies-view");

        robot.clickOn("#company-accept");
        waitUntil(() -> library.companiesById().get(c.id()).origin() == CompanyOrigin.USER);
        waitUntil(() -> robot.lookup("#company-accept").tryQuery().isEmpty());
        robot.interact(() -> workbench.undo());
        waitUntil(() -> library.companiesById().get(c.id()).origin() == CompanyOrigin.DISCOVERED);
    }

    @Test
    void theReaderAndTheLedgerMarkItNewAndRejectingDropsItsFigures(FxRobot robot) throws Exception {
        Company c = importFixture(robot);
        String report = workbench.reports().get(0).id();
        robot.interact(() -> window.openAt(report, 0, 1));
        waitUntil(() -> robot.lookup(".hl-new").tryQuery().isPresent());
        List<String> marked = robot.lookup(".hl-new").queryAllAs(Text.class).stream().map(Text::getText).toList();
        assertEquals(List.of("Sturmvogel Robotics GmbH", "Sturmvogel"), marked);
        assertTrue(robot.lookup(".hl-mention").queryAllAs(Text.class).stream().anyMatch(t -> t.getText().equals("OpenAI")
                && !t.getStyleClass().contains("hl-new")), "a registry company is not new");
        snapshot(robot.lookup(".hl-new").query().getScene().getRoot(), "discovered-reader");

        LedgerView ledger = fx.view(LedgerView.class);
        robot.interact(() -> window.showView(ledger));
        @SuppressWarnings("unchecked")
        TableView<LedgerEntry> table = robot.lookup("#ledger-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(e -> c.id().equals(e.figure().companyId())));
        waitUntil(() -> robot.lookup(".new-mark").tryQuery().isPresent());
        snapshot(ledger, "discovered-ledger");

        InsightsView view = fx.view(InsightsView.class);
        robot.interact(() -> window.showView(view));
        robot.interact(() -> view.tabs().getSelectionModel().select(3));
        waitUntil(() -> robot.lookup("#reject-" + c.id()).tryQuery().isPresent());
        snapshot(view, "discovered-new-companies");
        robot.clickOn("#reject-" + c.id());
        waitUntil(() -> library.figures(null).stream().noneMatch(f -> c.id().equals(f.companyId())));
        waitUntil(() -> robot.lookup("#reject-" + c.id()).tryQuery().isEmpty());
        assertTrue(library.mentions(null).stream().noneMatch(m -> m.companyId().equals(c.id())));
        assertTrue(robot.lookup("#candidate-list").queryAs(ListView.class).getPlaceholder() instanceof Label);
    }
}
