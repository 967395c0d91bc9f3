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
import app.dossier.ui.common.DecisionLabel;
import app.dossier.ui.common.Failures;
import app.dossier.ui.common.FxTaskRunner;
import app.dossier.ui.common.LongJob;
import app.dossier.ui.common.TaskRunner;
import javafx.application.Platform;
import app.dossier.store.ReportListing;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.HashMap;
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
    /** Publishers the library only cites as sources: not among a report's companies (read behind the first page). */
    private volatile Set<String> citedSources = Set.of();
    /** Counts the whole-library summaries read (cited sources, filter choices), so views can redo what used them. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper summariesRead = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final Consumer<UserCommand> decisionListener = c -> Platform.runLater(this::afterDecision);
    /** Reports matching the table's filter, and in the whole library: aggregate queries, no rows read. */
    private final IntegerProperty matching = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
    /** Raised each time the library's contents were read again (after an import, a decision, an undo). */
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final ObservableList<String> mentionedCompanies = FXCollections.observableArrayList();
    private final ObservableList<Company> companyChoices = FXCollections.observableArrayList();
    /** Raised each time a first page replaced the table's rows (a new filter or order answered). */
    private final IntegerProperty listingsShown = new SimpleIntegerProperty();
    private ReportListing.Filter filter = ReportListing.Filter.NONE;
    private ReportListing.Order order = ReportListing.Order.IMPORTED;
    private boolean ascending = true;
    /** Which listing the rows belong to: a page asked for before the filter changed is dropped. */
    private long listing;
    private boolean loadingMore;
    /** The rows of a new listing are shown and its counts not yet: no next page until they are. */
    private boolean countsPending;
    /** Reports asked for by the reader and not shown yet, and what waits until they are (FX thread only). */
    private int reportsBeingRead;
    private final List<Runnable> afterReportsRead = new java.util.ArrayList<>();
    /** Runs commands of the command line while this window holds the library (README: concurrent access). */
    private app.dossier.cli.WindowRequests commandLine;
    private final TaskRunner tasks;

    /** A workbench whose background work runs on the window's threads. */
    public Workbench() {
        this(new FxTaskRunner());
    }

    /** A workbench whose background work runs on tasks (tests: on the calling thread). */
    public Workbench(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Where every view of this window runs its background work. */
    public TaskRunner tasks() {
        return tasks;
    }

    /** How many reports the table's filter lets through, and the library holds (-1: the same). */
    private record Counts(int matching, int total) {
    }

    /** One page of the table, with the counts when they were read with it. */
    private record Page(List<Report> rows, Counts counts) {
    }

    /** What the filters offer and the reader leaves out, read over the whole library after the first page. */
    private record Summary(Set<String> citedSources, List<String> mentionedCompanies, List<Company> companyChoices) {
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

    /** True while a library is open: views ask this before offering work on it. */
    public boolean hasLibrary() {
        return library.get() != null;
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
    public javafx.beans.property.ReadOnlyIntegerProperty summariesReadProperty() {
        return summariesRead.getReadOnlyProperty();
    }

    public boolean isCitedSource(String companyId) {
        return citedSources.contains(companyId);
    }

    /** The companies a report mentions, cited sources left out: from the reader when it shows that report, else one small query. */
    public Set<String> companiesOf(String reportId) {
        ReportView shown = current.get();
        if (shown != null && shown.report().id().equals(reportId)) {
            Set<String> ids = new java.util.LinkedHashSet<>();
            shown.mentions().forEach(m -> ids.add(m.companyId()));
            ids.removeAll(citedSources);
            return ids;
        }
        Library lib = library.get();
        Set<String> ids = lib == null ? new java.util.LinkedHashSet<>() : new java.util.LinkedHashSet<>(lib.companiesOf(reportId));
        ids.removeAll(citedSources);
        return ids;
    }

    /** How many reports the table's filter lets through (the table holds the pages loaded so far). */
    public ReadOnlyIntegerProperty matchingProperty() {
        return matching;
    }

    /** Counts the listings the table showed: the bench waits on it for a filter's answer. */
    public ReadOnlyIntegerProperty listingsShownProperty() {
        return listingsShown;
    }

    /** How many reports the library holds. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    /** Raised after every reload of the library's contents: views that show library-wide data follow it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    /** The ids of the companies the library's reports mention (the table's company filter offers them). */
    public ObservableList<String> mentionedCompanies() {
        return mentionedCompanies;
    }

    /** The companies the table's company filter offers (those the listed reports mention), sorted by name. */
    public ObservableList<Company> companyChoices() {
        return companyChoices;
    }

    /** Filters and sorts the table in the database; the first page replaces the rows shown. */
    public void showReports(ReportListing.Filter newFilter, ReportListing.Order newOrder, boolean newAscending) {
        if (newFilter.equals(filter) && newOrder == order && newAscending == ascending) {
            return;
        }
        filter = newFilter;
        order = newOrder;
        ascending = newAscending;
        loadPage(0, PAGE, false, true, () -> { });
    }

    /** Loads the next page of the table, when there is one and none is on its way (the table scrolled near its end). */
    public void loadMore() {
        if (loadingMore || countsPending || reports.size() >= matching.get() || library.get() == null) {
            return;
        }
        loadingMore = true;
        loadPage(reports.size(), PAGE, true, false, () -> { });
    }

    /** Rows read per page: a screenful many times over, small enough to read in a few milliseconds. */
    public static final int PAGE = 200;

    /**
     * Reads a page of the table. A new listing ({@code append} false) is shown with its counts: read with the rows
     * when {@code then} waits for both (opening, a refresh), after them when only the rows are awaited (a new
     * filter or order: counting a company's reports the first time reads all its mentions, which the rows the
     * user is waiting for need not wait behind).
     */
    private void loadPage(int offset, int limit, boolean append, boolean countsAfterRows, Runnable then) {
        Library lib = library.get();
        if (lib == null) {
            return;
        }
        long asked = append ? listing : ++listing;
        ReportListing.Filter f = filter;
        ReportListing.Order o = order;
        boolean asc = ascending;
        // the next page in import order goes on from the last row shown instead of counting off an offset
        Report last = append && o == ReportListing.Order.IMPORTED && offset == reports.size() && offset > 0
                ? reports.get(offset - 1) : null;
        java.util.concurrent.Callable<Counts> counts = () -> new Counts(lib.reportCount(f),
                f.isNone() ? -1 : lib.reportCount(ReportListing.Filter.NONE));
        boolean countsWithRows = !append && !countsAfterRows;
        tasks.read(() -> new Page(last != null ? lib.reportPageAfter(f, asc, last, limit) : lib.reportPage(f, o, asc, offset, limit),
                countsWithRows ? counts.call() : null), page -> {
            if (append) {
                loadingMore = false;
            }
            if (asked != listing) {
                return;
            }
            if (append) {
                reports.addAll(page.rows());
                then.run();
                return;
            }
            reports.setAll(page.rows());
            listingsShown.set(listingsShown.get() + 1);
            if (countsWithRows) {
                countsPending = false;
                showCounts(page.counts());
                then.run();
                return;
            }
            countsPending = true;
            tasks.read(counts, read -> {
                if (asked == listing) {
                    countsPending = false;
                    showCounts(read);
                    then.run();
                }
            }, e -> {
                countsPending = false;
                fail(e);
            });
        }, e -> {
            loadingMore = false;
            fail(e);
        });
    }

    private void showCounts(Counts counts) {
        matching.set(counts.matching());
        total.set(counts.total() < 0 ? counts.matching() : counts.total());
    }

    /** Switches to another library; the previous one is closed. */
    public void open(Library newLibrary) {
        open(newLibrary, () -> { });
    }

    /**
     * Switches to another library and runs {@code then} on the FX thread once its first page is shown: one
     * read of the first page and one of the summaries, not one for opening and another for what follows.
     */
    public void open(Library newLibrary, Runnable then) {
        Library old = library.get();
        serveCommandLine(newLibrary);
        if (old != null) {
            old.decisions().removeListener(decisionListener);
            tasks.run(() -> {
                leave(old);
                old.close();
                return null;
            }, x -> { }, e -> { });
        }
        loaded.set(false);
        reports.clear();
        mentionedCompanies.clear();
        companyChoices.clear();
        library.set(newLibrary);
        newLibrary.decisions().addListener(decisionListener);
        current.set(null);
        refresh(then);
    }

    /**
     * Marks the visit over before a library is closed: its next overview says what is new after now. Done
     * when the window leaves a library rather than when it opens one, so that opening changes nothing on disk.
     */
    public static void leave(Library lib) {
        try {
            new app.dossier.library.LibraryOverview(lib).recordVisit(java.time.Instant.now());
        } catch (RuntimeException e) {
            // the overview then counts from the visit before; nothing the user decided is at stake
            System.getLogger(Workbench.class.getName()).log(System.Logger.Level.WARNING, "The visit could not be recorded", e);
        }
    }

    private void serveCommandLine(Library lib) {
        if (commandLine != null) {
            commandLine.close();
        }
        try {
            commandLine = app.dossier.cli.WindowRequests.serve(lib, tasks.inOrder(), () -> Platform.runLater(this::refresh));
        } catch (java.io.IOException e) {
            commandLine = null;
            say(Failures.logged("Commands cannot reach this window", e));
        }
    }

    /** Reloads the report list (and the filters' data) from the library. */
    public void refresh() {
        refresh(() -> { });
    }

    /** Reloads, then runs {@code then} on the FX thread. */
    public void refresh(Runnable then) {
        reload(true, then);
    }

    /**
     * Reloads the table (as many rows as it showed, at least a page) and the counts; {@code announce} says the
     * report count in the status bar (not after a decision, whose own message stays). What is read over the
     * whole library (cited sources, the companies the filter offers, and through the revision the overview)
     * comes after the rows and after the report {@code then} opens, on a thread of its own, so neither the
     * table nor a report opened meanwhile waits for it, nor shares the cores with it.
     */
    private void reload(boolean announce, Runnable then) {
        Library lib = library.get();
        if (lib == null) {
            return;
        }
        loadPage(0, Math.max(PAGE, reports.size()), false, false, () -> {
            loaded.set(true);
            int n = total.get();
            if (announce) {
                say(n + (n == 1 ? " report" : " reports") + " in " + lib.directory());
            }
            then.run(); // the window opens the first report here: its read is asked for before anything below
            afterReportsRead(() -> {
                if (lib != library.get()) {
                    return;
                }
                // asked for before the revision moves: views that follow it (the overview) queue their own
                // whole-library reads behind this one, which the table's filter is waiting for
                tasks.summarise(() -> summary(lib), summary -> {
                    if (lib != library.get()) {
                        return;
                    }
                    citedSources = summary.citedSources();
                    mentionedCompanies.setAll(summary.mentionedCompanies());
                    companyChoices.setAll(summary.companyChoices());
                    summariesRead.set(summariesRead.get() + 1);
                }, this::fail);
                revision.set(revision.get() + 1);
            });
        });
    }

    /**
     * Runs {@code work} once the reports being read for the reader are shown (at once when none is): what
     * reads the whole library (the filters' choices, the overview and the views following the revision) grows
     * with the library, and on two cores it would slow the first report the window opens.
     */
    private void afterReportsRead(Runnable work) {
        if (reportsBeingRead == 0) {
            work.run();
        } else {
            afterReportsRead.add(work);
        }
    }

    private void reportRead() {
        reportsBeingRead--;
        if (reportsBeingRead == 0 && !afterReportsRead.isEmpty()) {
            List<Runnable> waiting = List.copyOf(afterReportsRead);
            afterReportsRead.clear();
            waiting.forEach(Runnable::run);
        }
    }

    private static Summary summary(Library lib) {
        List<String> mentioned = lib.mentionedCompanyIds();
        Map<String, Company> companies = lib.companiesById();
        List<Company> choices = mentioned.stream().map(companies::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(c -> c.name().toLowerCase(java.util.Locale.ROOT))).toList();
        return new Summary(lib.citedSources(), mentioned, choices);
    }

    /** Loads a report into the reader. */
    public void read(String reportId) {
        Library lib = library.get();
        if (lib == null || reportId == null) {
            current.set(null);
            return;
        }
        reportsBeingRead++;
        tasks.read(() -> lib.report(reportId).map(r -> new ReportView(r, lib.mentions(r.id()),
                lib.themeTags(r.id()), lib.figures(r.id()), lib.annotations(r.id()), lib.companiesById(),
                lib.themes())).orElse(null), view -> {
            try {
                current.set(view);
            } finally {
                reportRead(); // a view failing to show the report must not hold the summaries back for good
            }
        }, e -> {
            reportRead();
            fail(e);
        });
    }

    /** An import with progress and cancel; outcomes are collected in {@link #importOutcomes()}. */
    public LongJob<List<ImportOutcome>> importJob(List<Path> paths, Consumer<List<ImportOutcome>> whenDone) {
        Library lib = library.get();
        importOutcomes.clear();
        boolean follow = followLinks.get();
        return LongJob.<List<ImportOutcome>>of(progress -> {
            progress.update(0, -1, "Reading " + paths.size() + (paths.size() == 1 ? " item" : " items") + "...");
            return lib.importer().importPaths(paths, follow, (done, total, outcome) -> {
                progress.update(done, total, "Imported " + done + " of " + total + ": " + Path.of(outcome.file()).getFileName());
                String found = ImportOutcome.IMPORTED.equals(outcome.status()) && outcome.reportId() != null
                        ? ImportFindings.of(lib, outcome.reportId()) : null;
                Platform.runLater(() -> {
                    if (found != null) {
                        importFindings.put(outcome.reportId(), found);
                    }
                    importOutcomes.add(outcome);
                });
            }, progress::cancelled);
        }).onSuccess(outcomes -> {
            long failed = outcomes.stream().filter(ImportOutcome::failed).count();
            long dup = outcomes.stream().filter(o -> ImportOutcome.DUPLICATE.equals(o.status())).count();
            status.set(String.format("Import done: %d imported, %d already in the library, %d failed",
                    outcomes.size() - failed - dup, dup, failed));
            refresh(() -> whenDone.accept(outcomes));
        }).onCancelled(() -> {
            status.set("Import cancelled after " + importOutcomes.size() + " files; what was imported is kept");
            refresh();
        }).onFailure(this::fail);
    }

    /**
     * Tagging and figures re-run over every report (after the registry or codebook changed), with
     * progress and cancel; the count of reports done goes to the job's ending.
     */
    public LongJob<Integer> retagJob() {
        Library lib = library.get();
        return LongJob.of(progress -> {
            progress.update(0, -1, "Tagging…");
            return lib.reanalyseAll((done, total, title) ->
                    progress.update(done, total, "Tagging " + done + " of " + total + ": " + title), progress::cancelled);
        });
    }

    /** What re-processing did: reports re-read, and one line per report that could not be (file: reason). */
    public record Reprocessed(int reports, List<String> problems) {
    }

    /**
     * Every report re-read from its original file, notes placed on the new text; a report whose file
     * is missing or unreadable is reported, as the command line does, and the rest go on.
     */
    public LongJob<Reprocessed> reprocessJob() {
        Library lib = library.get();
        return LongJob.of(progress -> {
            List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
            int n = app.dossier.annotations.Reanchoring.reprocessAll(lib, new Library.ProgressListener() {
                @Override
                public void progress(int done, int total, String title) {
                    progress.update(done, total, "Re-processing " + done + " of " + total + ": " + title);
                }

                @Override
                public void problem(String message) {
                    problems.add(message);
                    System.getLogger("app.dossier.ui").log(System.Logger.Level.WARNING, "reprocess: " + message);
                }
            }, progress::cancelled, () -> progress.update(0, -1, "Placing notes on the new text..."));
            return new Reprocessed(n, List.copyOf(problems));
        });
    }

    /** Every user decision goes through here: applied, journalled, undoable. */
    public void execute(UserCommand command) {
        Library lib = library.get();
        tasks.run(() -> {
            lib.execute(command);
            return command.describe();
        }, this::say, this::fail);
    }

    public void undo() {
        Library lib = library.get();
        tasks.run(() -> lib.decisions().undo().map(c -> "Undone: " + DecisionLabel.of(c, lib)
                + (lib.decisions().nextRedoCommand().isPresent() ? " (Redo with Ctrl+Shift+Z)" : ""))
                .orElse("Nothing to undo"), this::say, this::fail);
    }

    public void redo() {
        Library lib = library.get();
        tasks.run(() -> lib.decisions().redo().map(c -> "Redone: " + DecisionLabel.of(c, lib))
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
            status.set(Failures.logged("Error", e));
        }
    }
}
