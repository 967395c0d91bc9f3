package app.dossier.ui.insights;

import app.dossier.library.Library;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Background;
import app.dossier.ui.common.Failures;
import app.dossier.ui.common.Icons;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/**
 * After the registry or codebook changed, offers to re-run tagging over every report (off the FX
 * thread, with progress and Cancel) so the new name or cue is found everywhere.
 */
final class RetagBar extends HBox {
    private final Workbench workbench;
    private final Label message = new Label();
    private final Button run = new Button("Re-run tagging", Icons.of(Feather.REFRESH_CW));
    private final Button later = new Button("Later");
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private Task<Integer> task;

    RetagBar(Workbench workbench) {
        this.workbench = workbench;
        getStyleClass().add("retag-bar");
        setId("retag-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        run.setId("retag-run");
        run.getStyleClass().addAll("accent", "small");
        later.getStyleClass().addAll("flat", "small");
        cancel.getStyleClass().add("small");
        progress.setPrefWidth(200);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(Icons.of(Feather.INFO), message, gap, progress, cancel, run, later);
        run.setOnAction(e -> start());
        later.setOnAction(e -> setVisible(false));
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel();
            }
        });
        managedProperty().bind(visibleProperty());
        setVisible(false);
        running(false);
    }

    void offer(String why) {
        if (task != null && task.isRunning()) {
            return;
        }
        message.setText(why + " Re-run tagging so every report is read with it?");
        running(false);
        setVisible(true);
    }

    private void running(boolean on) {
        progress.setVisible(on);
        progress.setManaged(on);
        cancel.setVisible(on);
        cancel.setManaged(on);
        run.setVisible(!on);
        run.setManaged(!on);
        later.setVisible(!on);
        later.setManaged(!on);
    }

    private void start() {
        Library lib = workbench.library();
        Task<Integer> t = new Task<>() {
            @Override
            protected Integer call() {
                updateMessage("Tagging…");
                return lib.reanalyseAll((done, total, title) -> {
                    updateProgress(done, total);
                    updateMessage("Tagging " + done + " of " + total + ": " + title);
                }, this::isCancelled);
            }
        };
        task = t;
        progress.progressProperty().bind(t.progressProperty());
        message.textProperty().bind(t.messageProperty());
        running(true);
        t.setOnSucceeded(e -> finish("Tagging re-run over " + t.getValue() + " reports; your decisions are kept"));
        t.setOnCancelled(e -> finish("Tagging cancelled; reports done so far keep the new tags"));
        t.setOnFailed(e -> finish(Failures.logged("Re-running the tagging failed", t.getException())));
        Background.start(t);
    }

    private void finish(String status) {
        progress.progressProperty().unbind();
        message.textProperty().unbind();
        running(false);
        setVisible(false);
        if (!workbench.statusProperty().isBound()) {
            workbench.statusProperty().set(status);
        }
        workbench.refresh();
    }
}
