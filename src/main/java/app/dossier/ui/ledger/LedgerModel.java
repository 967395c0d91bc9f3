package app.dossier.ui.ledger;

import app.dossier.figures.ledger.Ledger;
import app.dossier.figures.ledger.LedgerCsv;
import app.dossier.figures.ledger.LedgerEntry;
import app.dossier.files.SafeOutput;
import app.dossier.journal.Commands;
import app.dossier.library.Library;
import app.dossier.library.LibraryCharts;
import app.dossier.model.Figure;
import app.dossier.model.ReviewStatus;
import app.dossier.money.ExchangeRates;
import app.dossier.money.Money;
import app.dossier.money.RatesFile;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Failures;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The ledger's state: the figures of the open library as rows, the filters on them, the currency
 * they are also shown in, and the actions (decide, edit, export, edit rates). Loads off the FX thread
 * and reloads whenever the workbench refreshes after a decision.
 */
public final class LedgerModel {
    /** A filter choice: an id (or status/metric value) with the text shown for it; a null key means "all". */
    public record Choice(String key, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public static final Choice ALL = new Choice(null, "All");

    /** The filter choice for figures in this review state ("Suggested"). */
    public static Choice choice(ReviewStatus status) {
        String word = status.code();
        return new Choice(word, Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }

    private final Workbench workbench;
    private final ReadOnlyObjectWrapper<Ledger> ledger = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Money> money = new ReadOnlyObjectWrapper<>(new Money(ExchangeRates.defaults()));
    private final ObservableList<LedgerEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<LedgerEntry> shown = new FilteredList<>(entries);
    private final ObjectProperty<Choice> company = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<Choice> metric = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<Choice> report = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<Choice> status = new SimpleObjectProperty<>(ALL);
    private final StringProperty currency = new SimpleStringProperty("USD");

    private Runnable reloadRequest = this::reload;

    public LedgerModel(Workbench workbench) {
        this.workbench = workbench;
        company.addListener((o, a, b) -> refilter());
        metric.addListener((o, a, b) -> refilter());
        report.addListener((o, a, b) -> refilter());
        status.addListener((o, a, b) -> refilter());
        // the workbench reloads its reports after every decision, import and undo: follow it
        workbench.revisionProperty().addListener((o, a, b) -> reloadRequest.run());
        workbench.libraryProperty().addListener((o, a, b) -> reloadRequest.run());
    }

    /** Lets the view defer reloads while it is hidden. */
    void reloadThrough(Runnable request) {
        this.reloadRequest = request;
    }

    public void reload() {
        Library lib = workbench.library();
        if (lib == null) {
            return;
        }
        workbench.tasks().run(() -> {
            Money m = new Money(LibraryCharts.rates(lib));
            java.util.Set<String> discovered = lib.discoveredCompanies().stream().map(app.dossier.model.Company::id)
                    .collect(java.util.stream.Collectors.toSet());
            return new Loaded(Ledger.of(lib.figures(null), lib.companiesById(), lib.reports(),
                    lib.figuresNeedingReview(), m), m, discovered);
        }, this::show, e -> workbench.statusProperty().set(Failures.logged("Ledger", e)));
    }

    private java.util.Set<String> discovered = java.util.Set.of();

    private record Loaded(Ledger ledger, Money money, java.util.Set<String> discovered) {
    }

    /** A company discovered in the reports and not yet accepted into the registry. */
    boolean isDiscovered(String companyId) {
        return companyId != null && discovered.contains(companyId);
    }

    private void show(Loaded loaded) {
        discovered = loaded.discovered();
        money.set(loaded.money());
        ledger.set(loaded.ledger());
        entries.setAll(loaded.ledger().entries());
        refilter();
    }

    private void refilter() {
        shown.setPredicate(e -> matches(company.get(), e.figure().companyId())
                && matches(metric.get(), e.figure().metric())
                && matches(report.get(), e.figure().reportId())
                && matches(status.get(), e.figure().status().code()));
    }

    private static boolean matches(Choice choice, String value) {
        return choice == null || choice.key() == null || choice.key().equals(value);
    }

    /** Confirm, reject or reset: one undoable command. */
    public void decide(LedgerEntry entry, ReviewStatus decided) {
        Figure f = entry.figure();
        if (f.status() != decided) {
            workbench.execute(new Commands.PutFigure(f, f.withStatus(decided)));
        }
    }

    public void edit(Figure before, Figure after) {
        if (!before.equals(after)) {
            workbench.execute(new Commands.PutFigure(before, after));
        }
    }

    /** Writes the rows now shown (filters applied) as CSV, off the FX thread. */
    public void export(Path file, Consumer<String> done) {
        List<LedgerEntry> rows = List.copyOf(shown);
        Money m = money.get();
        String cur = currency.get();
        workbench.tasks().run(() -> {
            SafeOutput.write(file, out -> new LedgerCsv(m, cur).write(rows, out));
            return rows.size() + " figures exported to " + file;
        }, msg -> {
            workbench.statusProperty().set(msg);
            done.accept(msg);
        }, e -> workbench.statusProperty().set(Failures.logged("Export failed", e)));
    }

    /** Saves the library's own exchange-rate table and recomputes conversions, runway and conflicts. */
    public void saveRates(LocalDate asOf, Map<String, Double> toUsd) {
        Library lib = workbench.library();
        ExchangeRates symbols = money.get().rates();
        workbench.tasks().run(() -> {
            RatesFile.save(lib.directory().resolve(RatesFile.NAME), asOf, toUsd, symbols);
            return "Exchange rates saved (as of " + asOf + ")";
        }, msg -> {
            workbench.statusProperty().set(msg);
            reload();
        }, e -> workbench.statusProperty().set(Failures.logged("Could not save the rates", e)));
    }

    public Workbench workbench() {
        return workbench;
    }

    /** Reads the library's companies off the FX thread (a figure is attributed to one of them), then hands them on. */
    public void withCompanies(java.util.function.Consumer<java.util.List<app.dossier.model.Company>> then) {
        Library lib = workbench.library();
        if (lib == null) {
            return;
        }
        workbench.tasks().run(lib::companies, then::accept,
                ex -> workbench.statusProperty().set(Failures.logged("Cannot edit", ex)));
    }

    public ReadOnlyObjectProperty<Ledger> ledgerProperty() {
        return ledger.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Money> moneyProperty() {
        return money.getReadOnlyProperty();
    }

    public ObservableList<LedgerEntry> entries() {
        return entries;
    }

    public FilteredList<LedgerEntry> shown() {
        return shown;
    }

    public ObjectProperty<Choice> companyFilter() {
        return company;
    }

    public ObjectProperty<Choice> metricFilter() {
        return metric;
    }

    public ObjectProperty<Choice> reportFilter() {
        return report;
    }

    public ObjectProperty<Choice> statusFilter() {
        return status;
    }

    public StringProperty currencyProperty() {
        return currency;
    }
}
