package app.dossier.ui;

import app.dossier.importing.ImportOutcome;
import app.dossier.journal.Commands;
import app.dossier.journal.UserCommand;
import app.dossier.library.Library;
import app.dossier.model.Annotation;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.Report;
import app.dossier.model.Theme;
import app.dossier.model.ThemeTag;
import app.dossier.ui.common.Background;
import app.dossier.ui.common.DecisionLabel;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The view model of the main window: the open library, its reports, the report being read, and
 * the actions on them. Library work runs in the background; results land here on the FX thread.
 */
public final class Workbench {
    private final ReadOnlyObjectWrapper<Library> library = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Report> reports = FXCollections.observableArrayList();
    private final ObjectProperty<ReportView> current = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty loaded = new javafx.beans.property.SimpleBooleanProperty();
    private final ObservableList<ImportOutcome> importOutcomes = FXCollections.observableArrayList();
    /** Follow links in imported folders even where they lead out of the folder (off: a safe default). */
    private final javafx.beans.property.BooleanProperty followLinks = new javafx.beans.property.SimpleBooleanProperty();
    private final Map<String, String> importFindings = new HashMap<>();
    private Map<String, Set<String>> companiesByReport = Map.of();
    private Set<String> citedSources = Set.of();
    private Map<String, Set<String>> themesByReport = Map.of();
    private final Consumer<UserCommand> decisionListener = c -> Platform.runLater(this::afterDecision);

    /** The report list with, per report, the companies it mentions and the themes it carries. */
    private record Listing(List<Report> reports, Map<String, Set<String>> companies, Map<String, Set<String>> themes,
                           Set<String> sources) {
    }

    /** A report with everything shown on it in the reader. */
    public record ReportView(Report report, List<Mention> mentions, List<ThemeTag> themeTags, List<Figure> figures,
                             List<Annotation> annotations, Map<String, Company> companies, List<Theme> themes) {
    }

    public ReadOnlyObjectProperty<Library> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    public Library library() {
        return library.get();
    }

    public ObservableList<Report> reports() {
        return reports;
    }

    public ObjectProperty<ReportView> currentProperty() {
        return current;
    }

    /** True once the open library's reports have been read (false while a library is opening). */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<ImportOutcome> importOutcomes() {
        return importOutcomes;
    }

    public javafx.beans.property.BooleanProperty followLinksProperty() {
        return followLinks;
    }

    /** What an imported report brought (language, companies, figures, themes), for the import list. */
    public String importFindings(String reportId) {
        return reportId == null ? null : importFindings.get(reportId);
    }

    /** A publisher the library only ever cites as a source: shown and searchable, not among a report's companies. */
    public boolean isCitedSource(String companyId) {
        return citedSources.contains(companyId);
    }

    /** The companies a report names, cited sources left out. */
    public Set<String> companiesOf(String reportId) {
        return companiesByReport.getOrDefault(reportId, Set.of());
    }

    public Set<String> themesOf(String reportId) {
        return themesByReport.getOrDefault(reportId, Set.of());
    }

    /** Switches to another library; the previous one is closed. */
    public void open(Library newLibrary) {
        Library old = library.get();
        if (old != null) {
            old.decisions().removeListener(decisionListener);
            Background.run(() -> {
                old.close();
                return null;
            }, x -> { }, e -> { });
        }
        loaded.set(false);
        library.set(newLibrary);
        newLibrary.decisions().addListener(decisionListener);
        current.set(null);
        refresh();
    }

    /** Reloads the report list (and the filters' data) from the library. */
    public void refresh() {
        refresh(() -> { });
    }

    /** Reloads, then runs {@code then} on the FX thread. */
    public void refresh(Runnable then) {
        reload(true, then);
    }

    /** Reloads; {@code announce} says the report count in the status bar (not after a decision, whose own message stays). */
    private void reload(boolean announce, Runnable then) {
        Library lib = library.get();
        if (lib == null) {
            return;
        }
        Background.run(() -> {
            List<Report> all = lib.reports();
            Map<String, Set<String>> companies = new HashMap<>();
            List<Mention> mentions = lib.mentions(null);
            // publishers only ever cited as sources stay searchable but are not among a report's companies
            Set<String> sources = app.dossier.library.Sources.of(lib, mentions, lib.companiesById());
            for (Mention m : mentions) {
                if (!sources.contains(m.companyId())) {
                    companies.computeIfAbsent(m.reportId(), k -> new HashSet<>()).add(m.companyId());
                }
            }
            Map<String, Set<String>> themes = new HashMap<>();
            for (ThemeTag t : lib.themeTags(null)) {
                if (!"rejected".equals(t.status())) {
                    themes.computeIfAbsent(t.reportId(), k -> new HashSet<>()).add(t.themeId());
                }
            }
            return new Listing(all, companies, themes, sources);
        }, listing -> {
            companiesByReport = listing.companies();
            citedSources = listing.sources();
            themesByReport = listing.themes();
            reports.setAll(listing.reports());
            loaded.set(true);
            int n = listing.reports().size();
            if (announce) {
                say(n + (n == 1 ? " report" : " reports") + " in " + lib.directory());
            }
            then.run();
        }, this::fail);
    }

    /** Loads a report into the reader. */
    public void read(String reportId) {
        Library lib = library.get();
        if (lib == null || reportId == null) {
            current.set(null);
            return;
        }
        Background.run(() -> lib.report(reportId).map(r -> new ReportView(r, lib.mentions(r.id()),
                lib.themeTags(r.id()), lib.figures(r.id()), lib.annotations(r.id()), lib.companiesById(),
                lib.themes())).orElse(null), current::set, this::fail);
    }

    /** An import with progress and cancel; outcomes are collected in {@link #importOutcomes()}. */
    public Task<List<ImportOutcome>> importTask(List<Path> paths, Consumer<List<ImportOutcome>> whenDone) {
        Library lib = library.get();
        importOutcomes.clear();
        boolean follow = followLinks.get();
        Task<List<ImportOutcome>> task = new Task<>() {
            @Override
            protected List<ImportOutcome> call() {
                updateMessage("Reading " + paths.size() + (paths.size() == 1 ? " item" : " items") + "...");
                return lib.importer().importPaths(paths, follow, (done, total, outcome) -> {
                    updateProgress(done, total);
                    updateMessage("Imported " + done + " of " + total + ": " + Path.of(outcome.file()).getFileName());
                    String found = ImportOutcome.IMPORTED.equals(outcome.status()) && outcome.reportId() != null
                            ? ImportFindings.of(lib, outcome.reportId()) : null;
                    Platform.runLater(() -> {
                        if (found != null) {
                            importFindings.put(outcome.reportId(), found);
                        }
                        importOutcomes.add(outcome);
                    });
                }, this::isCancelled);
            }
        };
        task.setOnSucceeded(e -> {
            List<ImportOutcome> outcomes = task.getValue();
            long failed = outcomes.stream().filter(ImportOutcome::failed).count();
            long dup = outcomes.stream().filter(o -> ImportOutcome.DUPLICATE.equals(o.status())).count();
            status.set(String.format("Import done: %d imported, %d already in the library, %d failed",
                    outcomes.size() - failed - dup, dup, failed));
            refresh(() -> whenDone.accept(outcomes));
        });
        task.setOnCancelled(e -> {
            status.set("Import cancelled after " + importOutcomes.size() + " files; what was imported is kept");
            refresh();
        });
        task.setOnFailed(e -> fail(task.getException()));
        return task;
    }

    /** Every user decision goes through here: applied, journalled, undoable. */
    public void execute(UserCommand command) {
        Library lib = library.get();
        Background.run(() -> {
            lib.execute(command);
            return command.describe();
        }, this::say, this::fail);
    }

    public void undo() {
        Library lib = library.get();
        Background.run(() -> lib.decisions().undo().map(c -> "Undone: " + DecisionLabel.of(c, lib)
                + (lib.decisions().nextRedoCommand().isPresent() ? " (Redo with Ctrl+Shift+Z)" : ""))
                .orElse("Nothing to undo"), this::say, this::fail);
    }

    public void redo() {
        Library lib = library.get();
        Background.run(() -> lib.decisions().redo().map(c -> "Redone: " + DecisionLabel.of(c, lib))
                .orElse("Nothing to redo"), this::say, this::fail);
    }

    /** What Undo would take back, named for the menu ("reject figure · Zhipu AI cash"), if anything. */
    public Optional<String> nextUndo() {
        Library lib = library.get();
        return lib == null ? Optional.empty() : lib.decisions().nextUndoCommand().map(c -> DecisionLabel.of(c, lib));
    }

    public Optional<String> nextRedo() {
        Library lib = library.get();
        return lib == null ? Optional.empty() : lib.decisions().nextRedoCommand().map(c -> DecisionLabel.of(c, lib));
    }

    public void delete(Report report) {
        execute(new Commands.SetReportDeleted(report.id(), true));
    }

    /** Shows a message in the status bar unless a running task owns it. */
    public void say(String message) {
        if (!status.isBound()) {
            status.set(message);
        }
    }

    private void afterDecision() {
        ReportView shown = current.get();
        reload(false, () -> { });
        if (shown != null) {
            read(shown.report().id());
        }
    }

    private void fail(Throwable e) {
        if (!status.isBound()) {
            status.set("Error: " + (e.getMessage() == null ? e : e.getMessage()));
        }
    }
}
