package app.dossier.ui;

import app.dossier.library.Library;
import app.dossier.library.LibraryBackup;
import app.dossier.library.LibraryLocations;
import app.dossier.ui.common.Dialogs;
import app.dossier.ui.common.WindowSettings;
import app.dossier.ui.safety.SafetyActions;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/** The desktop application: opens the last (or default, or --library) library in the main window. */
public final class DossierApp extends Application {
    private final Workbench workbench = new Workbench();
    private WindowSettings settings;
    private Stage stage;
    private MainWindow window;
    /** False for the headless window probe of `bench`, which must not change the user's window settings. */
    private boolean rememberSettings = true;

    public static void launchWindow(String[] args) {
        Application.launch(DossierApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        app.dossier.logging.AppLog.install();
        show(stage, getParameters().getRaw());
    }

    /**
     * Shows the window at once, then opens the library behind it: the table says "Opening the library..."
     * until its first page is read, so the window is usable within moments of launch.
     */
    void show(Stage stage, List<String> args) {
        this.stage = stage;
        settings = WindowSettings.load();
        // the library opens on the worker while the window is built and shown (its answers reach the FX thread
        // after this method, when the window exists); its table fills when it is read
        openLibrary(chooseLibrary(args));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage, workbench, this::openLibrary);
        window.showOverview();
        rememberMatrix();
        Scene scene = new Scene(window, settings.width, settings.height);
        scene.getStylesheets().add(DossierApp.class.getResource("/themes/dossier.css").toExternalForm());
        rememberAppearance();
        stage.setScene(scene);
        stage.setTitle("Dossier");
        stage.setMaximized(settings.maximized);
        var icon = DossierApp.class.getResource("/icons/dossier.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        }
        stage.setOnCloseRequest(e -> saveWindow());
        stage.show();
        if (!settings.maximized) {
            // JavaFX 21 on GTK under some window managers (JDK-8316423, fixed in 22) maps the window at
            // 200×200 and ignores the scene size; a size set once the window is up is honoured.
            Platform.runLater(() -> {
                stage.setWidth(settings.width);
                stage.setHeight(settings.height);
            });
        }
    }

    /** Theme and text size as last chosen, saved whenever they change (after the stylesheets, so the dark one comes last). */
    private void rememberAppearance() {
        var appearance = window.appearance();
        appearance.darkProperty().set(settings.dark);
        appearance.zoomProperty().set(Math.max(0, Math.min(app.dossier.ui.common.Appearance.ZOOM_STEPS - 1, settings.readerZoom)));
        appearance.darkProperty().addListener((o, a, b) -> {
            settings.dark = b;
            if (rememberSettings) {
                settings.save();
            }
        });
        appearance.zoomProperty().addListener((o, a, b) -> {
            settings.readerZoom = b.intValue();
            if (rememberSettings) {
                settings.save();
            }
        });
    }

    /** The Matrix tab's companies, metrics, currency and sort as last chosen (File ▸ Export memo… takes them too). */
    private void rememberMatrix() {
        var matrix = window.matrixModel();
        matrix.restore(settings.matrix);
        matrix.onChange(() -> {
            settings.matrix = matrix.remembered();
            if (rememberSettings) {
                settings.save();
            }
        });
    }

    private Path chooseLibrary(List<String> args) {
        int i = args.indexOf("--library");
        if (i >= 0 && i + 1 < args.size()) {
            return Path.of(args.get(i + 1));
        }
        return settings.lastLibrary != null ? Path.of(settings.lastLibrary) : LibraryLocations.defaultLibrary();
    }

    /** Opens a library; one made by an older version is offered a backup before its database is upgraded. */
    private void openLibrary(Path dir) {
        Library current = workbench.library();
        if (current != null && current.isOpen() && current.directory().toAbsolutePath().equals(dir.toAbsolutePath())) {
            workbench.refresh(window::selectFirstReport);
            return;
        }
        workbench.statusProperty().set("Opening " + dir + "...");
        // one task checks and, when no upgrade is due (the usual case), opens: the library is read while the
        // window is being built, not only once it is shown
        workbench.tasks().run(() -> Library.needsUpgrade(dir) ? java.util.Optional.<Library>empty()
                : java.util.Optional.of(openChecked(dir)), opened -> {
            if (opened.isPresent()) {
                opened(dir, opened.get());
                return;
            }
            Path backup = SafetyActions.askBackupBeforeUpgrade(stage, dir);
            if (backup == null) {
                open(dir);
                return;
            }
            workbench.tasks().run(() -> LibraryBackup.write(dir, backup), s -> open(dir),
                    e -> Dialogs.error(stage, "The backup failed; the library was not upgraded", e));
        }, e -> openFailed(dir, e));
    }

    private static Library openChecked(Path dir) throws java.io.IOException {
        Library lib = Library.open(dir);
        try {
            lib.search().rebuildIfStale();
        } catch (RuntimeException e) {
            lib.close();
            throw e;
        }
        return lib;
    }

    private void open(Path dir) {
        workbench.statusProperty().set("Opening " + dir + "...");
        workbench.tasks().run(() -> openChecked(dir), lib -> opened(dir, lib), e -> openFailed(dir, e));
    }

    private void opened(Path dir, Library lib) {
        workbench.open(lib, window::selectFirstReport);
        stage.setTitle("Dossier — " + dir.getFileName());
        if (rememberSettings) {
            settings.lastLibrary = dir.toAbsolutePath().toString();
            settings.save();
        }
    }

    private void openFailed(Path dir, Throwable e) {
        SafetyActions.openFailed(stage, dir, e, () -> window.safety().rebuild(dir));
    }

    /** The headless probe: the real start-up path, without touching the user's window settings. */
    static DossierApp forProbe() {
        DossierApp app = new DossierApp();
        app.rememberSettings = false;
        return app;
    }

    Workbench workbench() {
        return workbench;
    }

    MainWindow window() {
        return window;
    }

    private void saveWindow() {
        settings.maximized = stage.isMaximized();
        if (!stage.isMaximized()) {
            settings.width = stage.getWidth();
            settings.height = stage.getHeight();
        }
        settings.save();
    }

    @Override
    public void stop() {
        Library lib = workbench.library();
        if (lib != null) {
            workbench.tasks().awaitIdle(10_000);
            Workbench.leave(lib);
            lib.close();
        }
        Platform.exit();
    }
}
