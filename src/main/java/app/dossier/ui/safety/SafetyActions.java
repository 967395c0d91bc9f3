package app.dossier.ui.safety;

import app.dossier.library.Library;
import app.dossier.library.LibraryBackup;
import app.dossier.library.LibraryCheck;
import app.dossier.library.LibraryDamagedException;
import app.dossier.library.LibraryRebuild;
import app.dossier.store.OrphanRepository;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Dialogs;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The window's side of keeping work safe: check the library, list orphaned decisions, back up and
 * restore, rebuild. Each action runs on the background worker and answers in a dialog.
 */
public final class SafetyActions {
    private final Stage stage;
    private final Workbench workbench;
    private final Consumer<Path> openLibrary;

    public SafetyActions(Stage stage, Workbench workbench, Consumer<Path> openLibrary) {
        this.stage = stage;
        this.workbench = workbench;
        this.openLibrary = openLibrary;
    }

    /** Library ▸ Check library. */
    public void check() {
        Library lib = workbench.library();
        workbench.say("Checking the library...");
        workbench.tasks().run(() -> LibraryCheck.run(lib), findings -> {
            workbench.say(findings.isEmpty() ? "The library is sound" : findings.size() + " differences found");
            if (findings.isEmpty()) {
                report("Check library", "The library is sound", "The database matches its checksums, the search "
                        + "index matches the database, every journalled decision is in the database and every report "
                        + "has its original file.");
            } else {
                report("Check library", findings.size() + " differences found", findings.stream()
                        .map(LibraryCheck.Finding::toString).collect(Collectors.joining("\n")));
            }
        }, e -> Dialogs.error(stage, "Checking the library failed", e));
    }

    /** Library ▸ Orphaned decisions. */
    public void orphans() {
        Library lib = workbench.library();
        workbench.tasks().run(lib::orphanedDecisions, orphans -> report("Orphaned decisions",
                orphans.isEmpty() ? "No orphaned decisions" : orphans.size() + " decisions wait for their report",
                orphans.isEmpty() ? "Every journalled decision is on a report in the library." : describe(orphans)),
                e -> Dialogs.error(stage, "Listing orphaned decisions failed", e));
    }

    private static String describe(List<OrphanRepository.Orphan> orphans) {
        return "These decisions are on reports whose original file is missing. They are kept in the journal; "
                + "import the report's file again and they are re-attached.\n\n"
                + orphans.stream().map(o -> "#" + o.seq() + "  " + o.description() + "  (report " + o.reportId() + ")")
                .collect(Collectors.joining("\n"));
    }

    /** File ▸ Back up library: asks where, then writes the zip while the library stays open. */
    public void backup() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Back up the library");
        chooser.setInitialFileName("dossier-backup-" + LocalDate.now() + ".zip");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Dossier backup", "*.zip"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            backupTo(file.toPath());
        }
    }

    public void backupTo(Path file) {
        Library lib = workbench.library();
        workbench.say("Backing up to " + file + "...");
        workbench.tasks().run(() -> LibraryBackup.write(lib, file), s -> workbench.say("Backed up " + s.originals()
                        + " original files, the database and the journal to " + s.file()),
                e -> Dialogs.error(stage, "The backup failed", e));
    }

    /** File ▸ Restore backup: a backup into a new folder, then opened. */
    public void restore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Restore a backup");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Dossier backup", "*.zip"));
        File zip = chooser.showOpenDialog(stage);
        if (zip == null) {
            return;
        }
        DirectoryChooser target = new DirectoryChooser();
        target.setTitle("Choose a new, empty folder for the restored library");
        File dir = target.showDialog(stage);
        if (dir != null) {
            restore(zip.toPath(), dir.toPath());
        }
    }

    public void restore(Path zip, Path newDir) {
        workbench.tasks().run(() -> LibraryBackup.restore(zip, newDir), openLibrary,
                e -> Dialogs.error(stage, "The backup could not be restored", e));
    }

    /** Library ▸ Rebuild from originals and journal, for the open library. */
    public void rebuildOpen() {
        Library lib = workbench.library();
        if (!Dialogs.confirm(stage, "Rebuild the library?", "The library is rebuilt from its original files and "
                + "the journal of your decisions, in a folder of its own; the old database is kept aside.", "Rebuild")) {
            return;
        }
        Path dir = lib.directory();
        workbench.tasks().run(() -> {
            lib.close();
            return null;
        }, x -> rebuild(dir), e -> Dialogs.error(stage, "The library could not be closed", e));
    }

    /** Rebuilds a library folder (not open) and opens it. */
    public void rebuild(Path dir) {
        workbench.say("Rebuilding " + dir + " from its original files and journal...");
        workbench.tasks().run(() -> LibraryRebuild.rebuild(dir, dir, (done, total, current) ->
                javafx.application.Platform.runLater(() -> workbench.say("Rebuilding: " + done + " of " + total))), r -> {
            if (!r.complete()) {
                report("Rebuild", "The rebuild is not complete", String.join("\n", r.importFailures())
                        + "\n" + String.join("\n", r.journalProblems()));
            }
            openLibrary.accept(dir);
        }, e -> Dialogs.error(stage, "The rebuild failed", e));
    }

    /**
     * What the window does when a library cannot be opened: a damaged one is offered a rebuild instead
     * of an error; anything else is said as it is.
     */
    public static void openFailed(Stage stage, Path dir, Throwable e, Runnable rebuild) {
        if (!(e instanceof LibraryDamagedException damaged)) {
            Dialogs.error(stage, "Cannot open the library " + dir, e);
            return;
        }
        ButtonType rebuildButton = new ButtonType("Rebuild", ButtonBar.ButtonData.OK_DONE);
        Alert a = app.dossier.ui.common.Dialogs.framed(new Alert(Alert.AlertType.WARNING, damaged.getMessage(), rebuildButton, ButtonType.CANCEL));
        a.initOwner(stage);
        a.setHeaderText("The library cannot be opened, but it can be rebuilt");
        a.showAndWait().filter(b -> b == rebuildButton).ifPresent(b -> rebuild.run());
    }

    /**
     * Before a library made by an older version is upgraded: asks whether to back it up first and,
     * if so, where. Returns the file to back up to, or null to go on without.
     */
    public static Path askBackupBeforeUpgrade(Stage stage, Path dir) {
        if (!Dialogs.confirm(stage, "Back up before upgrading?", "The library in " + dir + " was made by an older "
                + "version of Dossier; its database will be upgraded and older versions cannot open it afterwards.",
                "Back up first")) {
            return null;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Back up the library before upgrading");
        chooser.setInitialFileName("dossier-before-upgrade-" + LocalDate.now() + ".zip");
        File file = chooser.showSaveDialog(stage);
        return file == null ? null : file.toPath();
    }

    private void report(String title, String header, String text) {
        Alert a = app.dossier.ui.common.Dialogs.framed(new Alert(Alert.AlertType.INFORMATION));
        a.initOwner(stage);
        a.setTitle(title);
        a.setHeaderText(header);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(16, (int) text.lines().count() + 1));
        area.setId("safety-report");
        a.getDialogPane().setContent(area);
        a.show();
    }
}
