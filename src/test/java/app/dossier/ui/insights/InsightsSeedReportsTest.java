package app.dossier.ui.insights;

import app.dossier.model.ReviewStatus;
import app.dossier.library.Library;
import app.dossier.library.insights.LibraryInsights;
import app.dossier.library.insights.Passage;
import app.dossier.model.Report;
import app.dossier.ui.WindowTest;
import app.dossier.ui.MainWindow;
import app.dossier.ui.Workbench;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The view over the shared seed reports (German, Chinese, English); also renders each panel to target/. */
class InsightsSeedReportsTest extends WindowTest {
    private static final Path REPORTS = Path.of("../shared/reports");

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

    @Test
    void seedReportsShowTheirCompaniesThemesAndMatrixWithPassagesCutAtTheMention(FxRobot robot) throws Exception {
        assumeTrue(Files.isDirectory(REPORTS), "the shared seed reports are not here");
        List<Path> files;
        try (Stream<Path> s = Files.list(REPORTS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        library.importer().importPaths(files, (done, total, outcome) -> { }, () -> false);
        robot.interact(() -> window.showView(view));
        robot.interact(() -> workbench.refresh());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.model().data() != null && view.model().data().reportCount() == files.size());
        Report chinese = workbench.reports().stream().filter(r -> r.language().startsWith("zh")).findFirst().orElseThrow();
        robot.interact(() -> workbench.read(chinese.id()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.currentProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        LibraryInsights data = view.model().data();
        var companies = data.companyCounts(chinese.id(), false);
        assertTrue(companies.get(0).inReport() > 0, "the open report's companies come first");
        for (var c : companies.subList(0, Math.min(10, companies.size()))) {
            for (Passage p : data.companyPassages(c.company().id())) {
                assertTrue(p.start() <= p.mention().start() && p.mention().end() <= p.end(), "excerpt holds the mention");
                assertFalse(p.excerpt().contains("\n"), "excerpts are one line of text");
            }
        }
        assertFalse(data.matrix().companies().isEmpty(), "some theme passage names a company");

        // one decision of each kind, so the picture shows how confirmed and rejected passages look
        var tags = library.themeTags(null).stream().filter(t -> t.themeId().equals(data.themeCounts(chinese.id())
                .get(0).theme().id())).toList();
        library.execute(new app.dossier.journal.Commands.PutThemeTag(tags.get(0), tags.get(0).withStatus(ReviewStatus.CONFIRMED)));
        library.execute(new app.dossier.journal.Commands.PutThemeTag(tags.get(1), tags.get(1).withStatus(ReviewStatus.REJECTED)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.model().data().themeCounts(null).stream()
                .anyMatch(t -> t.confirmed() == 1 && t.rejected() == 1));
        robot.interact(() -> robot.lookup(".check-box").match(n -> n instanceof javafx.scene.control.CheckBox c
                && c.getText().startsWith("Show rejected")).queryAs(javafx.scene.control.CheckBox.class).fire());
        robot.interact(() -> window.showView(window.view(InsightsView.class)));
        String[] names = {"companies", "themes", "matrix", "discovery"};
        for (int i = 0; i < names.length; i++) {
            int tab = i;
            robot.interact(() -> view.tabs().getSelectionModel().select(tab));
            selectFirst(robot, names[i]);
            WaitForAsyncUtils.waitForFxEvents();
            Path png = Path.of("target", "insights-" + names[i] + ".png");
            robot.interact(() -> {
                WritableImage img = window.snapshot(null, null);
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", png.toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private void selectFirst(FxRobot robot, String panel) {
        switch (panel) {
            case "companies" -> robot.interact(() -> robot.lookup("#company-list").queryListView().getSelectionModel().select(0));
            case "themes" -> robot.interact(() -> robot.lookup("#theme-list").queryListView().getSelectionModel().select(0));
            case "matrix" -> robot.lookup(".matrix-cell-filled").tryQuery().ifPresent(robot::clickOn);
            default -> { }
        }
    }
}
