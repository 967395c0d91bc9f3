package app.dossier.ui.details;

import app.dossier.journal.Commands;
import app.dossier.journal.UserCommand;
import app.dossier.library.Library;
import app.dossier.model.Origin;
import app.dossier.model.Report;
import app.dossier.store.VersionRepository;
import app.dossier.ui.Workbench;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The details pane's formats of the open report: its own file and the files whose text is a version of it, read
 * off the FX thread, and the two decisions on a version (its own article, or kept instead), each undoable.
 */
public final class VersionsViewModel {
    /** A version of the open report, with how it is linked. */
    public record Version(Report report, VersionRepository.Link link) {
        /** How much of the text the version shares with the report (0..1); null where a person linked them. */
        public Double similarity() {
            return link == null ? null : link.similarity();
        }
    }

    /** The report shown and its other formats. */
    public record Formats(Report kept, List<Version> versions) {
    }

    private final Workbench workbench;
    private final ReadOnlyObjectWrapper<Formats> formats = new ReadOnlyObjectWrapper<>();

    public VersionsViewModel(Workbench workbench) {
        this.workbench = workbench;
        workbench.currentProperty().addListener((o, a, b) -> load(b));
    }

    /** The open report's formats; null with no report open. */
    public ReadOnlyObjectProperty<Formats> formatsProperty() {
        return formats.getReadOnlyProperty();
    }

    private void load(Workbench.ReportView view) {
        formats.set(null);
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
            return new Formats(kept, List.copyOf(versions));
        }, formats::set, e -> { });
    }

    /** "HTML", "PDF"..., or the file name of a report without a format. */
    public static String format(Report r) {
        String f = r.format() == null ? "" : r.format();
        return f.isEmpty() ? r.file() : f.toUpperCase(Locale.ROOT);
    }

    /** The version becomes an article of its own. */
    public void separate(Version v) {
        workbench.execute(new Commands.SetVersionOf(v.report().id(), v.link(),
                new VersionRepository.Link(null, v.link().similarity(), Origin.USER)));
    }

    /** The version becomes the report; the report and its other versions become versions of it: one decision. */
    public void keepInstead(Formats shown, Version chosen) {
        List<UserCommand> steps = new ArrayList<>();
        steps.add(new Commands.SetVersionOf(chosen.report().id(), chosen.link(), null));
        steps.add(new Commands.SetVersionOf(shown.kept().id(), null,
                new VersionRepository.Link(chosen.report().id(), chosen.link().similarity(), Origin.USER)));
        for (Version other : shown.versions()) {
            if (other != chosen) {
                steps.add(new Commands.SetVersionOf(other.report().id(), other.link(),
                        new VersionRepository.Link(chosen.report().id(), other.link().similarity(), Origin.USER)));
            }
        }
        workbench.execute(new Commands.Batch("Keep " + format(chosen.report()) + " instead", steps));
    }
}
