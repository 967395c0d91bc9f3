package app.dossier.ui.memo;

import app.dossier.charts.ChartType;
import app.dossier.matrix.MatrixSelection;
import app.dossier.memo.MemoRequest;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Failures;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.RunningJob;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * File ▸ Export memo…: charts, the comparison matrix (as chosen in the Matrix tab) and notes (by tag,
 * company or theme) into one Markdown, DOCX or PDF file, written off the FX thread with progress.
 */
public final class MemoExportDialog {
    private static final String NO_NOTES = "No notes";

    private final Workbench workbench;
    private final MemoExportModel model;
    private final Supplier<MatrixSelection> matrixSelection;
    private final Stage stage = new Stage();
    private final TextField title = new TextField("Memo");
    private final Map<ChartType, CheckBox> charts = new LinkedHashMap<>();
    private final CheckBox matrix = new CheckBox("Comparison matrix (companies, metrics and currency as in the Matrix tab)");
    private final ComboBox<String> notes = new ComboBox<>();
    private final TextField file = new TextField();
    private final ProgressBar progress = new ProgressBar();
    private final Label message = new Label();
    private final Button export = new Button("Export", Icons.of(Feather.DOWNLOAD));

    private MemoExportDialog(Window owner, Workbench workbench, Supplier<MatrixSelection> matrixSelection) {
        this.workbench = workbench;
        this.model = new MemoExportModel(workbench);
        this.matrixSelection = matrixSelection;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export memo");
        stage.setScene(new Scene(content(), 660, 520));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
            // near the owner's top left corner: centred over a large window it may fall partly off a small screen
            stage.setX(owner.getX() + 80);
            stage.setY(owner.getY() + 60);
        }
        loadNoteChoices();
    }

    /** Opens the dialog over the window. */
    public static MemoExportDialog show(Window owner, Workbench workbench, Supplier<MatrixSelection> matrixSelection) {
        MemoExportDialog dialog = new MemoExportDialog(owner, workbench, matrixSelection);
        dialog.stage.show();
        return dialog;
    }

    private VBox content() {
        title.setId("memo-title");
        VBox chartBoxes = new VBox(4);
        for (ChartType t : ChartType.values()) {
            String words = t.id().replace('-', ' ');
            CheckBox box = new CheckBox(Character.toUpperCase(words.charAt(0)) + words.substring(1));
            box.setId("memo-chart-" + t.id());
            box.setSelected(t == ChartType.BURN_RATE || t == ChartType.MARKET_SHARE);
            charts.put(t, box);
            chartBoxes.getChildren().add(box);
        }
        matrix.setId("memo-matrix");
        matrix.setSelected(true);
        notes.setId("memo-notes");
        notes.setEditable(true);
        notes.setMaxWidth(Double.MAX_VALUE);
        notes.getItems().setAll(NO_NOTES, "all");
        notes.setValue(NO_NOTES);
        file.setId("memo-file");
        file.setPromptText("memo.md, memo.docx or memo.pdf (Export asks when empty)");
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> choose());
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Charts"), chartBoxes);
        grid.addRow(2, new Label("Matrix"), matrix);
        grid.addRow(3, new Label("Notes"), notes);
        grid.addRow(4, new Label("File"), fileRow);
        GridPane.setHgrow(title, Priority.ALWAYS);
        Label help = new Label("Notes: all, tag:NAME, company:NAME or theme:NAME. The format follows the file ending; "
                + "Markdown puts the charts as PNG and SVG files beside the memo. Every number gets a footnote with "
                + "its report, date and quote.");
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");

        progress.setId("memo-progress");
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefWidth(160);
        message.setId("memo-message");
        message.setWrapText(true);
        export.setId("memo-dialog-export");
        export.setDefaultButton(true);
        // with no file named yet, Export asks for one (a click saved over Choose… then Export)
        export.setOnAction(e -> {
            if (file.getText().isBlank()) {
                choose();
            }
            if (!file.getText().isBlank()) {
                exportTo(file.getText());
            }
        });
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox status = new HBox(8, progress, message);
        status.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, export, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        close.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(12, grid, help, status, buttons);
        box.setPadding(new Insets(16));
        box.setId("memo-dialog");
        return box;
    }

    /** Offers the free tags, companies and themes the library's notes carry. */
    private void loadNoteChoices() {
        model.noteChoices(choices -> {
            notes.getItems().setAll(NO_NOTES, "all");
            notes.getItems().addAll(choices);
            choices.stream().filter(c -> c.equals("tag:memo")).findFirst().ifPresent(notes::setValue);
        }, e -> message.setText(Failures.logged("Notes could not be listed", e)));
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export memo");
        chooser.setInitialFileName("memo.docx");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Word (DOCX)", "*.docx"),
                new FileChooser.ExtensionFilter("Markdown with chart images", "*.md"),
                new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            file.setText(chosen.getAbsolutePath());
        }
    }

    /** Writes the memo to the file (format by its ending) in the background; the dialog shows progress. */
    public void exportTo(String path) {
        String problem = model.problemWith(path);
        if (problem != null) {
            message.setText(problem);
            return;
        }
        String chosenNotes = notes.getValue() == null || notes.getValue().equals(NO_NOTES) ? null : notes.getValue();
        MatrixSelection selection = matrix.isSelected() ? matrixSelection.get() : null;
        List<ChartType> chosenCharts = charts.entrySet().stream().filter(e -> e.getValue().isSelected())
                .map(Map.Entry::getKey).toList();
        MemoRequest request = new MemoRequest(title.getText(), chosenCharts, selection, chosenNotes,
                selection == null ? null : selection.currency());
        progress.setVisible(true);
        export.setDisable(true);
        RunningJob running = model.export(request, path, this::finished);
        message.textProperty().bind(running.messageProperty());
        progress.progressProperty().bind(running.progressProperty());
    }

    private void finished(String text) {
        message.textProperty().unbind();
        progress.progressProperty().unbind();
        progress.setVisible(false);
        export.setDisable(false);
        message.setText(text);
        workbench.statusProperty().set(text);
    }

    public Stage stage() {
        return stage;
    }
}
