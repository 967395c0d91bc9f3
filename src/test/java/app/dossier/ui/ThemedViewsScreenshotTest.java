package app.dossier.ui;

import app.dossier.library.CompanyProfiles;
import app.dossier.ui.overview.OverviewView;
import app.dossier.ui.profile.ProfileView;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static app.dossier.ui.FxTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overview and a profile over the sample reports at 1360×860, light and dark: the dark window is dark as a
 * whole, not only in its list of stylesheets. With DOSSIER_SNAPSHOTS set, the four pictures are written there.
 */
class ThemedViewsScreenshotTest extends WindowTest {
    @Override
    protected void started(Stage stage) throws Exception {
        stage.setWidth(1360);
        stage.setHeight(860);
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(() -> fx.window.appearance().darkProperty().set(false));
    }

    @Test
    void theOverviewAndAProfileOfTheSampleReportsInBothThemes(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                fx.window.importPaths(SampleReports.extract());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        waitUntil(() -> fx.workbench.reports().size() == SampleReports.NAMES.size());
        robot.lookup("Close").tryQuery().ifPresent(robot::clickOn);
        OverviewView overview = fx.view(OverviewView.class);
        robot.interact(fx.window::showOverview);
        waitUntil(() -> overview.shown() != null && !overview.shown().companies().isEmpty());
        double light = meanBrightness(picture(robot, "overview-light"));
        robot.interact(() -> fx.window.appearance().darkProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        double dark = meanBrightness(picture(robot, "overview-dark"));
        assertTrue(light > 0.8 && dark < 0.35, "light " + light + ", dark " + dark);

        String company = overview.shown().runway().isEmpty() ? overview.shown().companies().get(0).id()
                : overview.shown().runway().get(0).estimate().companyId();
        ProfileView profile = fx.view(ProfileView.class);
        robot.interact(() -> fx.window.openProfile(company));
        waitUntil(() -> profile.shown() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(meanBrightness(picture(robot, "profile-dark")) < 0.35);
        robot.interact(() -> fx.window.appearance().darkProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(meanBrightness(picture(robot, "profile-light")) > 0.8);
        assertTrue(new CompanyProfiles(fx.library).find(profile.shown().name()).stream().anyMatch(c -> c.id().equals(company)));
    }

    private BufferedImage picture(FxRobot robot, String name) throws Exception {
        Thread.sleep(300); // let the charts and lists settle after a theme change
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> fx.window.getScene().snapshot(null)).get();
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        String folder = System.getenv("DOSSIER_SNAPSHOTS");
        if (folder != null) {
            ImageIO.write(picture, "png", Path.of(folder, name + ".png").toFile());
        }
        return picture;
    }

    private static double meanBrightness(BufferedImage image) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                Color c = new Color(image.getRGB(x, y));
                sum += Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[2];
                n++;
            }
        }
        return sum / n;
    }
}
