package app.dossier.ui;

import app.dossier.library.Library;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** A main window over a fresh library, for the TestFX tests of the views. */
public final class FxTestSupport {
    public final Workbench workbench = new Workbench();
    public final MainWindow window;
    public final Library library;

    public FxTestSupport(Stage stage, Path dir) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage, workbench, p -> { });
        library = Library.open(Files.createTempDirectory(dir, "lib"));
        workbench.open(library);
        Scene scene = new Scene(window, 1300, 820);
        scene.getStylesheets().add(FxTestSupport.class.getResource("/themes/dossier.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** Closes the library once the background work on it is done. */
    public void close() {
        workbench.tasks().awaitIdle(30_000);
        library.close();
    }

    /**
     * The window's view of this type, built on the FX thread if its tab was never shown (the window builds
     * the views beside the library when first shown); callable from the test's thread or the FX thread.
     */
    public <T extends Node> T view(Class<T> type) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return window.view(type);
        }
        try {
            return WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> window.view(type)));
        } catch (Exception e) {
            throw new IllegalStateException("the window did not build its " + type.getSimpleName(), e);
        }
    }

    /** Clicks a tab of the window's row of views by its title, as a user does. */
    public void clickTab(org.testfx.api.FxRobot robot, String title) throws Exception {
        Node header = robot.from(window.views()).lookup(".tab-label").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled l && title.equals(l.getText())
                        && nearestTabPane(n) == window.views())
                .findFirst().orElseThrow(() -> new AssertionError("no tab " + title));
        robot.clickOn(header);
        waitUntil(() -> title.equals(window.views().getSelectionModel().getSelectedItem().getText()));
    }

    /**
     * Clicks a table's column header by its title. A table whose columns are rebuilt by a reload may replace
     * the header between finding and clicking it: then it is found again.
     */
    public static void clickHeader(org.testfx.api.FxRobot robot, String table, String title) throws Exception {
        for (int attempt = 0; ; attempt++) {
            waitUntil(() -> header(robot, table, title) != null);
            Node header = header(robot, table, title);
            try {
                robot.clickOn(header);
                return;
            } catch (RuntimeException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    private static Node header(org.testfx.api.FxRobot robot, String table, String title) {
        return robot.lookup(table + " .column-header .label").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled l && title.equals(l.getText()) && n.getScene() != null)
                .findFirst().orElse(null);
    }

    private static Node nearestTabPane(Node node) {
        Node n = node.getParent();
        while (n != null && !(n instanceof javafx.scene.control.TabPane)) {
            n = n.getParent();
        }
        return n;
    }

    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes a picture of a node when the environment names a folder in DOSSIER_SNAPSHOTS, to look at what a test saw. */
    public static void snapshot(Node node, String name) {
        String dir = System.getenv("DOSSIER_SNAPSHOTS");
        if (dir == null) {
            return;
        }
        WaitForAsyncUtils.asyncFx(() -> {
            var image = node.snapshot(null, null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Path.of(dir, name + ".png").toFile());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
