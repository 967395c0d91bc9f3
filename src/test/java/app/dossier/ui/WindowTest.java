package app.dossier.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

/**
 * The fixture every TestFX suite of the window shares: a main window over a fresh library in a folder of the
 * test class's own, shown on the (headless, Monocle) primary stage before each test and closed after it. A
 * suite adds to the setup by overriding {@link #started(Stage)}, and to the teardown with its own
 * {@code @AfterEach}, which JUnit runs before this one's.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {
    @TempDir
    protected static Path dir;

    protected FxTestSupport fx;
    protected Stage stage;

    @BeforeEach
    final void openWindow() throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            stage = primary;
            fx = new FxTestSupport(primary, dir);
            started(primary);
            return null;
        });
    }

    /** Runs on the FX thread once the window is shown: a suite sizes the stage or picks out its view here. */
    protected void started(Stage stage) throws Exception {
    }

    @AfterEach
    final void closeWindow() {
        fx.close();
    }
}
