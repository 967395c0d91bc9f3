package app.dossier.ui.notes;

import app.dossier.annotations.NotesCorpus;
import app.dossier.annotations.Scope;
import app.dossier.library.Library;
import app.dossier.model.Annotation;
import app.dossier.model.Report;
import app.dossier.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The memo manager's state: every note of the library, and the filters (words, tag, company, theme,
 * report) that narrow the list. Loading runs in the background.
 */
final class MemoViewModel {
    /** A choice in a filter box: a value and the name shown. */
    record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ObservableList<MemoItem> items = FXCollections.observableArrayList();
    private final FilteredList<MemoItem> shown = new FilteredList<>(items, i -> true);
    final StringProperty text = new SimpleStringProperty("");
    final ObjectProperty<Choice> tag = new SimpleObjectProperty<>();
    final ObjectProperty<Choice> company = new SimpleObjectProperty<>();
    final ObjectProperty<Choice> theme = new SimpleObjectProperty<>();
    final ObjectProperty<Choice> report = new SimpleObjectProperty<>();
    final ObservableList<Choice> tagChoices = FXCollections.observableArrayList();
    final ObservableList<Choice> companyChoices = FXCollections.observableArrayList();
    final ObservableList<Choice> themeChoices = FXCollections.observableArrayList();
    final ObservableList<Choice> reportChoices = FXCollections.observableArrayList();

    MemoViewModel() {
        text.addListener((o, a, b) -> applyFilter());
        tag.addListener((o, a, b) -> applyFilter());
        company.addListener((o, a, b) -> applyFilter());
        theme.addListener((o, a, b) -> applyFilter());
        report.addListener((o, a, b) -> applyFilter());
    }

    FilteredList<MemoItem> shown() {
        return shown;
    }

    ObservableList<MemoItem> all() {
        return items;
    }

    /** Reads the notes of the workbench's library in the background. */
    void load(app.dossier.ui.Workbench workbench, Consumer<Throwable> onFailure, Runnable then) {
        load(workbench.tasks(), workbench.library(), onFailure, then);
    }

    /** Writes the notes shown to a file in the format, off the FX thread; says how many in the status bar. */
    void export(app.dossier.ui.Workbench workbench, app.dossier.annotations.NotesExport.Format format, java.nio.file.Path file,
                Consumer<Throwable> onFailure) {
        Library lib = workbench.library();
        if (lib == null) {
            return;
        }
        java.util.Set<String> ids = shown.stream().map(i -> i.annotation().id()).collect(java.util.stream.Collectors.toSet());
        Scope chosen = scope();
        workbench.statusProperty().set("Exporting " + ids.size() + " notes...");
        workbench.tasks().run(() -> {
            NotesCorpus all = NotesCorpus.load(lib);
            app.dossier.annotations.NotesExport.write(all.onlyAnnotations(a -> ids.contains(a.id())), format,
                    app.dossier.annotations.NotesExport.title(all, chosen), file);
            return ids.size();
        }, n -> workbench.statusProperty().set("Exported " + n + (n == 1 ? " note" : " notes") + " to " + file),
                onFailure);
    }

    /** Adds the notes of a W3C Web Annotations file to the reports they fit, as one undoable decision. */
    void importW3c(app.dossier.ui.Workbench workbench, java.nio.file.Path file, Consumer<Throwable> onFailure) {
        Library lib = workbench.library();
        if (lib == null) {
            return;
        }
        workbench.tasks().run(() -> {
            app.dossier.annotations.AnnotationImport.Plan plan;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                plan = app.dossier.annotations.AnnotationImport.plan(lib, in);
            }
            plan.command().ifPresent(lib::execute);
            return plan;
        }, plan -> workbench.statusProperty().set("Import: " + plan.summary()
                        + (plan.command().isPresent() ? ". Ctrl+Z undoes it." : "")), onFailure);
    }

    /** What a note can be tagged with: the library's companies and themes, and the companies of its report. */
    record TagChoices(List<app.dossier.model.Company> companies, List<app.dossier.model.Theme> themes,
                      java.util.Set<String> inThisReport) {
        static TagChoices of(app.dossier.ui.Workbench workbench, String reportId) {
            return new TagChoices(workbench.library().companies(), workbench.library().themes(),
                    workbench.companiesOf(reportId));
        }
    }

    void load(TaskRunner tasks, Library library, Consumer<Throwable> onFailure, Runnable then) {
        if (library == null) {
            items.clear();
            return;
        }
        tasks.run(() -> build(NotesCorpus.load(library, false)), loaded -> {
            setItems(loaded);
            then.run();
        }, onFailure);
    }

    static List<MemoItem> build(NotesCorpus corpus) {
        Map<String, Report> reports = corpus.reportsById();
        List<MemoItem> out = new ArrayList<>();
        for (Annotation a : corpus.annotations()) {
            Report r = reports.get(a.reportId());
            if (r != null) {
                out.add(MemoItem.of(a, r, corpus));
            }
        }
        return out;
    }

    void setItems(List<MemoItem> loaded) {
        items.setAll(loaded);
        TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> companies = new java.util.TreeMap<>();
        Map<String, String> themes = new java.util.TreeMap<>();
        Map<String, String> reports = new java.util.LinkedHashMap<>();
        for (MemoItem i : loaded) {
            tags.addAll(i.freeTags());
            for (int k = 0; k < i.companyIds().size(); k++) {
                companies.put(i.companyIds().get(k), i.companyNames().get(k));
            }
            for (int k = 0; k < i.themeIds().size(); k++) {
                themes.put(i.themeIds().get(k), i.themeNames().get(k));
            }
            reports.put(i.annotation().reportId(), i.reportTitle());
        }
        keepChoice(tag, tagChoices, tags.stream().map(t -> new Choice(t, "#" + t)).toList());
        keepChoice(company, companyChoices, byLabel(companies));
        keepChoice(theme, themeChoices, byLabel(themes));
        keepChoice(report, reportChoices, byLabel(reports));
        applyFilter();
    }

    private static List<Choice> byLabel(Map<String, String> idToLabel) {
        return idToLabel.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(c -> c.label().toLowerCase(Locale.ROOT))).toList();
    }

    /** Refills a filter's choices, keeping what the user chose when it is still there. */
    private static void keepChoice(ObjectProperty<Choice> chosen, ObservableList<Choice> choices, List<Choice> fresh) {
        Choice was = chosen.get();
        choices.setAll(fresh);
        chosen.set(was == null ? null : fresh.stream().filter(c -> c.id().equals(was.id())).findFirst().orElse(null));
    }

    void clearFilters() {
        text.set("");
        tag.set(null);
        company.set(null);
        theme.set(null);
        report.set(null);
    }

    boolean filtered() {
        return !text.get().isBlank() || tag.get() != null || company.get() != null || theme.get() != null
                || report.get() != null;
    }

    /** The scope an export covers when only one of company, theme or report is chosen (it titles the memo). */
    Scope scope() {
        if (company.get() != null) {
            return Scope.company(company.get().id());
        }
        if (theme.get() != null) {
            return Scope.theme(theme.get().id());
        }
        if (report.get() != null) {
            return Scope.report(report.get().id());
        }
        return Scope.all();
    }

    private void applyFilter() {
        String q = Objects.toString(text.get(), "").strip().toLowerCase(Locale.ROOT);
        Choice t = tag.get();
        Choice c = company.get();
        Choice th = theme.get();
        Choice r = report.get();
        shown.setPredicate(i -> (q.isEmpty() || i.searchable().contains(q))
                && (t == null || i.freeTags().contains(t.id()))
                && (c == null || i.companyIds().contains(c.id()))
                && (th == null || i.themeIds().contains(th.id()))
                && (r == null || i.annotation().reportId().equals(r.id())));
    }
}
