package app.dossier.ui.common;

import app.dossier.logging.AppLog;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

import java.awt.Desktop;
import java.nio.file.Files;
import java.nio.file.Path;

/** Help ▸ Open log: the log file in the system's viewer, or its path when no viewer can be started. */
public final class LogMenu {
    private static final System.Logger LOG = System.getLogger(LogMenu.class.getName());

    private LogMenu() {
    }

    public static Menu help(Window owner, TaskRunner tasks) {
        MenuItem open = new MenuItem("Open log");
        open.setId("open-log");
        open.setOnAction(e -> open(owner, tasks));
        return new Menu("Help", null, open);
    }

    private static void open(Window owner, TaskRunner tasks) {
        Path file = AppLog.file();
        if (file == null || !Files.exists(file)) {
            show(owner, file == null ? "Dossier is running without a log file." : "Nothing logged yet; the log will be "
                    + file);
            return;
        }
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            show(owner, "The log is " + file);
            return;
        }
        // Desktop.open may block while the viewer starts: not on the FX thread
        tasks.detached(() -> {
            try {
                Desktop.getDesktop().open(file.toFile());
            } catch (Exception ex) {
                LOG.log(System.Logger.Level.WARNING, "Could not open the log " + file, ex);
                javafx.application.Platform.runLater(() -> show(owner, "The log is " + file));
            }
        });
    }

    private static void show(Window owner, String text) {
        Alert a = Dialogs.framed(new Alert(Alert.AlertType.INFORMATION, text));
        a.initOwner(owner);
        a.setHeaderText("Log");
        a.show();
    }
}
