package app.dossier.ui.matrix;

import app.dossier.library.Library;
import app.dossier.matrix.ComparisonMatrix;
import app.dossier.matrix.LibraryMatrix;
import app.dossier.matrix.MatrixExport;
import app.dossier.matrix.MatrixMetric;
import app.dossier.matrix.MatrixSelection;
import app.dossier.matrix.MatrixSort;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.ReviewStatus;
import app.dossier.model.Theme;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Failures;
import app.dossier.ui.common.WindowSettings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the matrix view shows: the selection the user made and the matrix built from it off the FX thread. */
public final class MatrixViewModel {
    /** Which companies are the rows. */
    public enum Rows { CHOSEN, THEME, ALL }

    private final Workbench workbench;
    private final ObjectProperty<Rows> rows = new SimpleObjectProperty<>(Rows.ALL);
    private final ObservableList<Company> companyOptions = FXCollections.observableArrayList();
    /** The ticked companies by id, in the order ticked; kept while the list of companies reloads. */
    private final ObservableList<String> chosenCompanies = FXCollections.observableArrayList();
    private final ObservableList<Theme> themeOptions = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObservableList<MatrixMetric> metrics = FXCollections.observableArrayList(MatrixMetric.all());
    private final StringProperty currency = new SimpleStringProperty("USD");
    /** Every currency the exchange rates convert: the same list the ledger, the charts and the profile offer. */
    private final ObservableList<String> currencies =
            FXCollections.observableArrayList(app.dossier.money.ExchangeRates.defaults().currencies());
    /** The column the rows are sorted by; null while in the order they are built (by name). */
    private final ObjectProperty<MatrixSort> sort = new SimpleObjectProperty<>();
    private Runnable onChange = () -> { };
    /** A theme remembered from an earlier run, chosen once the library's themes are read. */
    private String rememberedTheme;
    private final ReadOnlyObjectWrapper<ComparisonMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final StringProperty message = new SimpleStringProperty("");

    public MatrixViewModel(Workbench workbench) {
        this.workbench = workbench;
    }

    public ObservableList<String> currencies() {
        return currencies;
    }

    public ObjectProperty<Rows> rowsProperty() {
        return rows;
    }

    public ObservableList<Company> companyOptions() {
        return companyOptions;
    }

    public ObservableList<String> chosenCompanies() {
        return chosenCompanies;
    }

    public ObservableList<Theme> themeOptions() {
        return themeOptions;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObservableList<MatrixMetric> metrics() {
        return metrics;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ObjectProperty<MatrixSort> sortProperty() {
        return sort;
    }

    /** Called whenever the choices change (the window remembers them between runs). */
    public void onChange(Runnable action) {
        this.onChange = action;
    }

    public ReadOnlyObjectProperty<ComparisonMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The selection as the engine takes it. */
    public MatrixSelection selection() {
        List<MatrixMetric> chosen = MatrixMetric.all().stream().filter(metrics::contains).toList();
        return switch (rows.get()) {
            case CHOSEN -> new MatrixSelection(List.copyOf(chosenCompanies), null, chosen, currency.get(), sort.get());
            case THEME -> new MatrixSelection(List.of(), theme.get() == null ? null : theme.get().id(), chosen,
                    currency.get(), sort.get());
            case ALL -> new MatrixSelection(List.of(), null, chosen, currency.get(), sort.get());
        };
    }

    /** Rebuilds the matrix (and the company and theme choices) from the library, off the FX thread. */
    public void reload() {
        Library lib = workbench.library();
        if (lib == null) {
            return;
        }
        onChange.run();
        MatrixSelection asked = selection();
        boolean nothingChosen = rows.get() == Rows.CHOSEN && asked.companies().isEmpty()
                || rows.get() == Rows.THEME && asked.theme() == null || asked.metrics().isEmpty();
        workbench.tasks().run(() -> {
            // a company remembered from an earlier run may have been deleted since
            MatrixSelection selection = new MatrixSelection(asked.companies().stream()
                    .filter(lib.companiesById()::containsKey).toList(), asked.theme(), asked.metrics(), asked.currency(),
                    asked.sort());
            return new Loaded(nothingChosen ? null : LibraryMatrix.build(lib, selection), companiesWithFigures(lib),
                    lib.themes());
        }, loaded -> {
            updateChoices(loaded);
            matrix.set(loaded.matrix());
            message.set(loaded.matrix() == null ? "Choose companies (or a theme) and at least one metric"
                    : loaded.matrix().rows().isEmpty() ? "No company with figures for this choice" : "");
        }, e -> message.set(Failures.logged("The matrix could not be built", e)));
    }

    private record Loaded(ComparisonMatrix matrix, List<Company> companies, List<Theme> themes) {
    }

    private static List<Company> companiesWithFigures(Library lib) {
        Set<String> ids = new HashSet<>();
        for (Figure f : lib.figures(null)) {
            if (f.companyId() != null && f.status() != ReviewStatus.REJECTED) {
                ids.add(f.companyId());
            }
        }
        return lib.companies().stream().filter(c -> ids.contains(c.id()))
                .sorted(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT))).toList();
    }

    private void updateChoices(Loaded loaded) {
        if (!ids(loaded.companies()).equals(ids(companyOptions))) {
            companyOptions.setAll(loaded.companies());
        }
        if (!loaded.themes().equals(themeOptions)) {
            String keep = theme.get() != null ? theme.get().id() : rememberedTheme;
            themeOptions.setAll(loaded.themes());
            theme.set(keep == null ? null : loaded.themes().stream().filter(t -> t.id().equals(keep)).findFirst()
                    .orElse(null));
            rememberedTheme = null;
        }
    }

    private static List<String> ids(List<Company> companies) {
        return companies.stream().map(Company::id).toList();
    }

    /** A new sort from the table's headers: remembered (the rows are already in its order). */
    public void onSortChanged() {
        onChange.run();
    }

    /** The choices as the window keeps them between runs. */
    public WindowSettings.MatrixChoices remembered() {
        WindowSettings.MatrixChoices c = new WindowSettings.MatrixChoices();
        c.rows = rows.get().name().toLowerCase(Locale.ROOT);
        c.companies = List.copyOf(chosenCompanies);
        c.theme = theme.get() == null ? null : theme.get().id();
        c.metrics = metrics.stream().map(MatrixMetric::id).toList();
        c.currency = currency.get();
        c.sort = sort.get() == null ? null : sort.get().id();
        return c;
    }

    /** Takes back choices remembered from an earlier run; what the library no longer has is left out. */
    public void restore(WindowSettings.MatrixChoices c) {
        if (c == null) {
            return;
        }
        for (Rows r : Rows.values()) {
            if (r.name().equalsIgnoreCase(c.rows)) {
                rows.set(r);
            }
        }
        chosenCompanies.setAll(c.companies == null ? List.of() : c.companies);
        rememberedTheme = c.theme;
        List<MatrixMetric> chosen = c.metrics == null ? List.of() : c.metrics.stream().map(MatrixMetric::fromId)
                .flatMap(java.util.Optional::stream).toList();
        metrics.setAll(chosen.isEmpty() ? MatrixMetric.all() : chosen);
        if (c.currency != null) {
            currency.set(c.currency);
        }
        sort.set(MatrixSort.parse(c.sort).orElse(null));
        reload();
    }

    /** Writes the matrix shown to a CSV, XLSX or Markdown file (by its ending), off the FX thread. */
    public void export(Path file) {
        ComparisonMatrix shown = matrix.get();
        if (shown == null) {
            return;
        }
        workbench.tasks().run(() -> {
            MatrixExport.write(shown, file);
            return file;
        }, path -> workbench.statusProperty().set("Matrix exported to " + path),
                e -> workbench.statusProperty().set(Failures.logged("Matrix export failed", e)));
    }
}
