package app.dossier.ui.insights;

import app.dossier.ui.Workbench;
import app.dossier.ui.common.Failures;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.RunningJob;
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
    private RunningJob job;

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
            if (job != null) {
                job.cancel();
            }
        });
        managedProperty().bind(visibleProperty());
        setVisible(false);
        running(false);
    }

    void offer(String why) {
        if (job != null && job.runningProperty().get()) {
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
        running(true);
        job = workbench.tasks().start(workbench.retagJob()
                .onSuccess(n -> finish("Tagging re-run over " + n + " reports; your decisions are kept"))
                .onCancelled(() -> finish("Tagging cancelled; reports done so far keep the new tags"))
                .onFailure(e -> finish(Failures.logged("Re-running the tagging failed", e))));
        if (job.runningProperty().get()) {
            progress.progressProperty().bind(job.progressProperty());
            message.textProperty().bind(job.messageProperty());
        }
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
