package app.dossier.ui.details;

import app.dossier.ui.Workbench;
import app.dossier.ui.details.VersionsViewModel.Formats;
import app.dossier.ui.details.VersionsViewModel.Version;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Locale;

import static app.dossier.ui.details.VersionsViewModel.format;

/**
 * The formats of the open report: its own file and the files whose text is a version of it (the HTML or
 * PDF of the same article), each of which can be kept as an article of its own or kept instead of it.
 */
final class VersionsBox extends VBox {
    private final VersionsViewModel model;
    private final Label formats = new Label();

    VersionsBox(Workbench workbench) {
        super(6);
        this.model = new VersionsViewModel(workbench);
        formats.setId("report-formats");
        formats.setWrapText(true);
        model.formatsProperty().addListener((o, a, b) -> show(b));
    }

    private void show(Formats shown) {
        getChildren().clear();
        if (shown == null) {
            return;
        }
        StringBuilder text = new StringBuilder("Formats: ").append(format(shown.kept())).append(" (shown)");
        shown.versions().forEach(v -> text.append(" · ").append(format(v.report())));
        formats.setText(text.toString());
        getChildren().add(formats);
        for (Version v : shown.versions()) {
            Label file = new Label(v.report().file() + (v.similarity() == null ? ""
                    : String.format(Locale.ROOT, " (%.0f %% the same text)", 100 * v.similarity())));
            Button own = new Button("Its own article");
            own.setOnAction(e -> model.separate(v));
            Button instead = new Button("Keep this one instead");
            instead.setOnAction(e -> model.keepInstead(shown, v));
            HBox row = new HBox(8, file, own, instead);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("report-version");
            getChildren().add(row);
        }
    }
}
