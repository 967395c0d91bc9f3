package app.dossier.ui.details;

import app.dossier.model.Origin;
import app.dossier.journal.Commands;
import app.dossier.journal.UserCommand;
import app.dossier.library.Library;
import app.dossier.model.Report;
import app.dossier.store.VersionRepository;
import app.dossier.ui.Workbench;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The formats of the open report: its own file and the files whose text is a version of it (the HTML or
 * PDF of the same article), each of which can be kept as an article of its own or kept instead of it.
 */
final class VersionsBox extends VBox {
    private final Workbench workbench;
    private final Label formats = new Label();

    /** A version of the open report, with how it is linked. */
    private record Version(Report report, VersionRepository.Link link) {
    }

    VersionsBox(Workbench workbench) {
        super(6);
        this.workbench = workbench;
        formats.setId("report-formats");
        formats.setWrapText(true);
        workbench.currentProperty().addListener((o, a, b) -> load(b));
    }

    private void load(Workbench.ReportView view) {
        getChildren().clear();
        Library lib = workbench.library();
        if (view == null || lib == null) {
            return;
        }
        Report kept = view.report();
        workbench.tasks().run(() -> {
            List<Version> versions = new ArrayList<>();
            for (Map.Entry<String, String> v : lib.versions().entrySet()) {
                if (v.getValue().equals(kept.id())) {
                    lib.report(v.getKey()).ifPresent(r -> versions.add(new Version(r, lib.versionLink(r.id()).orElse(null))));
                }
            }
            return versions;
        }, versions -> show(kept, versions), e -> { });
    }

    private void show(Report kept, List<Version> versions) {
        getChildren().clear();
        StringBuilder text = new StringBuilder("Formats: ").append(format(kept)).append(" (shown)");
        versions.forEach(v -> text.append(" · ").append(format(v.report())));
        formats.setText(text.toString());
        getChildren().add(formats);
        for (Version v : versions) {
            Label file = new Label(v.report().file() + (v.link().similarity() == null ? ""
                    : String.format(Locale.ROOT, " (%.0f %% the same text)", 100 * v.link().similarity())));
            Button own = new Button("Its own article");
            own.setOnAction(e -> workbench.execute(separate(v)));
            Button instead = new Button("Keep this one instead");
            instead.setOnAction(e -> workbench.execute(keepInstead(kept, v, versions)));
            HBox row = new HBox(8, file, own, instead);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("report-version");
            getChildren().add(row);
        }
    }

    private static String format(Report r) {
        String f = r.format() == null ? "" : r.format();
        return f.isEmpty() ? r.file() : f.toUpperCase(Locale.ROOT);
    }

    private static UserCommand separate(Version v) {
        return new Commands.SetVersionOf(v.report().id(), v.link(),
                new VersionRepository.Link(null, v.link().similarity(), Origin.USER));
    }

    /** The version becomes the report; the report and its other versions become versions of it: one decision. */
    private static UserCommand keepInstead(Report kept, Version chosen, List<Version> all) {
        List<UserCommand> steps = new ArrayList<>();
        steps.add(new Commands.SetVersionOf(chosen.report().id(), chosen.link(), null));
        steps.add(new Commands.SetVersionOf(kept.id(), null,
                new VersionRepository.Link(chosen.report().id(), chosen.link().similarity(), Origin.USER)));
        for (Version other : all) {
            if (other != chosen) {
                steps.add(new Commands.SetVersionOf(other.report().id(), other.link(),
                        new VersionRepository.Link(chosen.report().id(), other.link().similarity(), Origin.USER)));
            }
        }
        return new Commands.Batch("Keep " + format(chosen.report()) + " instead", steps);
    }
}
