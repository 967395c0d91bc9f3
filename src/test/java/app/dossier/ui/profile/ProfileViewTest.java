package app.dossier.ui.profile;

import app.dossier.library.CompanyProfiles;
import app.dossier.library.Library;
import app.dossier.library.profile.CompanyProfile.TimelinePoint;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.ui.FxTestSupport;
import app.dossier.ui.WindowTest;
import app.dossier.ui.MainWindow;
import app.dossier.ui.Workbench;
import app.dossier.ui.insights.InsightsView;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileViewTest extends WindowTest {
    private static final String EARLY = "Mistral AI closes a round\n\nMistral AI raised $30 million in funding.\n\n"
            + "Mistral AI has $12 million in cash and burns $1 million per month.";
    private static final String LATE = "Mistral AI one year on\n\nAleph Alpha kept quiet.\n\n"
            + "Mistral AI has $18 million in cash and burns $2 million per month.";

    private Workbench workbench;
    private MainWindow window;
    private Library library;

    @Override
    protected void started(Stage stage) throws Exception {
        workbench = fx.workbench;
        window = fx.window;
        library = fx.library;
    }

    private String importFixtures(FxRobot robot) throws Exception {
        Path early = Files.writeString(dir.resolve("early-" + System.nanoTime() + ".txt"), EARLY);
        Path late = Files.writeString(dir.resolve("late-" + System.nanoTime() + ".txt"), LATE);
        robot.interact(() -> window.importPaths(List.of(early, late)));
        waitUntil(() -> workbench.reports().size() == 2);
        return new CompanyProfiles(library).find("Mistral AI").get(0).id();
    }

    @Test
    void aTimelinePointOpensTheReportAtItsPassage(FxRobot robot) throws Exception {
        String mistral = importFixtures(robot);
        robot.interact(() -> window.openProfile(mistral));
        ProfileView view = fx.view(ProfileView.class);
        waitUntil(() -> view.shown() != null && view.timeline().getItems().size() >= 5);
        assertEquals("Mistral AI", robot.lookup("#profile-title").queryLabeled().getText());
        FxTestSupport.snapshot(window, "profile");
        ListView<TimelinePoint> timeline = view.timeline();
        TimelinePoint lateCash = timeline.getItems().stream().filter(p -> p.metric().equals(Metric.CASH)
                && p.figure().value() == 18e6).findFirst().orElseThrow();
        robot.interact(() -> timeline.scrollTo(lateCash));
        Hyperlink link = robot.lookup(".timeline-point").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().contains("18 M USD")).findFirst().orElseThrow();
        robot.clickOn(link);
        Figure f = lateCash.figure();
        waitUntil(() -> window.reader().shown() != null && window.reader().shown().report().id().equals(f.reportId())
                && window.reader().revealed() != null);
        assertArrayEquals(new int[]{f.start(), f.end()}, window.reader().revealed());
        assertTrue(window.reader().text().substring(f.start(), f.end()).contains("18"));
    }

    @Test
    void rightClickingACompanyNameInTheReaderOpensItsProfileWhileAPassageElsewhereIsSelected(FxRobot robot)
            throws Exception {
        importFixtures(robot);
        String lateId = workbench.reports().stream().filter(r -> r.title().contains("one year on")).findFirst()
                .orElseThrow().id();
        String text = library.report(lateId).orElseThrow().text();
        int quiet = text.indexOf("kept quiet");
        robot.interact(() -> window.openAt(lateId, quiet, quiet + 10));
        waitUntil(() -> window.reader().shown() != null && window.reader().shown().report().id().equals(lateId));
        robot.interact(() -> window.reader().select(quiet, quiet + 10));
        javafx.scene.Node mistral = robot.lookup(".hl-mention").queryAll().stream()
                .filter(n -> ((javafx.scene.text.Text) n).getText().equals("Mistral AI")).findFirst().orElseThrow();
        robot.rightClickOn(mistral);
        robot.clickOn("Open profile of Mistral AI");
        ProfileView view = fx.view(ProfileView.class);
        waitUntil(() -> view.shown() != null && view.shown().name().equals("Mistral AI"));
        assertTrue(window.views().getSelectionModel().getSelectedItem().getContent() == view);
    }

    @Test
    void aSearchNamingACompanyOffersItsProfileInOneClick(FxRobot robot) throws Exception {
        importFixtures(robot);
        ProfileView view = fx.view(ProfileView.class);

        // (the ledger's and a chart's right-click menus are controls' context menus, which the headless robot
        // cannot open; the walk-through under Xvfb in the README checked those two by hand)
        robot.interact(() -> window.openProfile(new CompanyProfiles(library).find("Aleph Alpha").get(0).id()));
        waitUntil(() -> view.shown() != null && view.shown().name().equals("Aleph Alpha"));
        fx.clickTab(robot, "Search");
        robot.clickOn("#search-field").write("Mistral AI");
        waitUntil(() -> robot.lookup("#search-open-profile").queryAs(javafx.scene.Node.class).isVisible());
        robot.clickOn("Open the profile of Mistral AI");
        waitUntil(() -> view.shown() != null && view.shown().name().equals("Mistral AI"));
        assertTrue(window.views().getSelectionModel().getSelectedItem().getContent() == view);
    }

    @Test
    void theCompaniesViewOpensTheProfileOfTheChosenCompany(FxRobot robot) throws Exception {
        importFixtures(robot);
        robot.interact(() -> window.showView(window.view(InsightsView.class)));
        ListView<?> companies = robot.lookup("#company-list").queryAs(ListView.class);
        waitUntil(() -> !companies.getItems().isEmpty());
        robot.interact(() -> companies.getSelectionModel().select(0));
        String chosen = ((app.dossier.library.insights.LibraryInsights.CompanyCount) companies.getSelectionModel()
                .getSelectedItem()).company().name();
        robot.clickOn("#company-open-profile");
        ProfileView view = fx.view(ProfileView.class);
        waitUntil(() -> view.shown() != null);
        assertEquals(chosen, view.shown().name());
        assertTrue(window.views().getSelectionModel().getSelectedItem().getContent() == view);
    }
}
