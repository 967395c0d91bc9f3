package app.dossier.ui.details;

import app.dossier.model.Company;
import app.dossier.model.Mention;
import app.dossier.ui.FxTestSupport;
import app.dossier.ui.WindowTest;
import app.dossier.ui.MainWindow;
import app.dossier.ui.Workbench;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A publisher only cited as a source is not among a report's companies: not in the company filter, not in Details. */
class CitedSourcesNotCompaniesTest extends WindowTest {
    private static final String FIXTURE = """
            # Neue Runde in Paris

            Mistral AI hat laut PitchBook 600 Mio. Euro eingesammelt. Mistral AI baut offene Sprachmodelle.
            """;

    private Workbench workbench;
    private MainWindow window;

    @Override
    protected void started(Stage stage) throws Exception {
        workbench = fx.workbench;
        window = fx.window;
    }

    @Test
    void aCitedPublisherIsNeitherInTheCompanyFilterNorInTheCompaniesTab(FxRobot robot) throws Exception {
        Path file = Files.writeString(Files.createTempDirectory(dir, "in").resolve("paris.md"), FIXTURE);
        robot.interact(() -> window.importPaths(List.of(file)));
        waitUntil(() -> workbench.reports().size() == 1 && !workbench.companiesOf(workbench.reports().get(0).id()).isEmpty());
        String reportId = workbench.reports().get(0).id();
        assertTrue(workbench.companiesOf(reportId).contains("mistral-ai"));
        assertFalse(workbench.companiesOf(reportId).contains("pitchbook"), "PitchBook is only cited here");

        robot.interact(() -> workbench.read(reportId));
        @SuppressWarnings("unchecked")
        ListView<Map.Entry<Company, List<Mention>>> companies = robot.lookup("#details-companies").queryAs(ListView.class);
        // the cited sources come with the library's summary, which may arrive after the report is opened
        waitUntil(() -> workbench.summariesReadProperty().get() > 0 && !companies.getItems().isEmpty());
        robot.interact(() -> { });
        assertTrue(companies.getItems().stream().anyMatch(e -> e.getKey().id().equals("mistral-ai")));
        assertTrue(companies.getItems().stream().noneMatch(e -> e.getKey().id().equals("pitchbook")),
                "a cited source is highlighted in the text, not listed among the companies");
    }
}
