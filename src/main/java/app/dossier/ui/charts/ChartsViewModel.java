package app.dossier.ui.charts;

import app.dossier.charts.BuiltChart;
import app.dossier.charts.ChartExporter;
import app.dossier.charts.ChartInput;
import app.dossier.charts.ChartType;
import app.dossier.charts.Charts;
import app.dossier.library.Library;
import app.dossier.library.LibraryCharts;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.ReviewStatus;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Failures;
import app.dossier.ui.common.ScreenCharts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What the charts view shows: the user's choice of chart, currency, companies and period, and the chart drawn
 * from the library for it off the FX thread, with the companies and periods there are figures for.
 */
public final class ChartsViewModel {
    /** A chart as drawn for one choice, with the figures it was drawn from. */
    public record Drawn(ChartType type, BuiltChart chart, JFreeChart onScreen, List<Figure> figures,
                        boolean withSuggested, Choices choices) {
        /** True when no series has a point: the view explains what to do instead of drawing empty axes. */
        public boolean nothingPlotted() {
            return chart.result().series().stream().allMatch(s -> s.points().isEmpty());
        }

        /** How many of the plotted figures nobody has confirmed yet. */
        public long suggestedPlotted() {
            Set<String> plotted = plottedFigureIds();
            return figures.stream().filter(f -> plotted.contains(f.id()))
                    .filter(f -> f.status() == null || f.status() == ReviewStatus.SUGGESTED).count();
        }

        public int plottedCount() {
            return plottedFigureIds().size();
        }

        /** Suggested figures in the library that would show once suggested figures are included. */
        public long suggestedInLibrary() {
            return figures.stream().filter(f -> f.status() == ReviewStatus.SUGGESTED).count();
        }

        private Set<String> plottedFigureIds() {
            Set<String> plotted = new HashSet<>();
            chart.result().series().forEach(s -> s.points().forEach(p -> plotted.addAll(p.sources())));
            return plotted;
        }
    }

    /** The companies with figures (by name) and the periods the figures name, for the filters. */
    public record Choices(List<Company> companies, List<String> periods) {
    }

    private final Workbench workbench;
    private final ObjectProperty<ChartType> type = new SimpleObjectProperty<>(ChartType.BURN_RATE);
    private final StringProperty currency = new SimpleStringProperty("USD");
    // after an import nothing is confirmed yet: show what was found, drawn as unconfirmed
    private final BooleanProperty includeSuggested = new SimpleBooleanProperty(true);
    private final BooleanProperty originalNames = new SimpleBooleanProperty(false);
    private final ObservableList<Company> chosenCompanies = FXCollections.observableArrayList();
    /** The period the figures must be for; null for any. */
    private final StringProperty period = new SimpleStringProperty();
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Drawn> drawn = new ReadOnlyObjectWrapper<>();
    private final StringProperty problem = new SimpleStringProperty("");

    public ChartsViewModel(Workbench workbench) {
        this.workbench = workbench;
        currencies.setAll(app.dossier.money.ExchangeRates.defaults().currencies());
    }

    public ObjectProperty<ChartType> typeProperty() {
        return type;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public BooleanProperty includeSuggestedProperty() {
        return includeSuggested;
    }

    public BooleanProperty originalNamesProperty() {
        return originalNames;
    }

    public ObservableList<Company> chosenCompanies() {
        return chosenCompanies;
    }

    public StringProperty periodProperty() {
        return period;
    }

    /** Every currency the library's exchange rates convert (the ledger's and the matrix's too). */
    public ObservableList<String> currencies() {
        return currencies;
    }

    public ReadOnlyObjectProperty<Drawn> drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    /** Why the last chart could not be drawn; empty when it was. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** Draws the chart for the current choice off the FX thread; {@code dark}: as the window's theme shows it. */
    public void redraw(boolean dark) {
        redraw(dark, d -> { });
    }

    /** As {@link #redraw(boolean)}, then tells {@code then} on the FX thread. */
    public void redraw(boolean dark, Consumer<Drawn> then) {
        Library lib = workbench.library();
        if (lib == null) {
            return;
        }
        ChartType chosen = type.get();
        boolean withSuggested = includeSuggested.get();
        Set<String> companyIds = new HashSet<>();
        chosenCompanies.forEach(c -> companyIds.add(c.id()));
        String cur = currency.get();
        boolean original = originalNames.get();
        String chosenPeriod = period.get();
        workbench.tasks().run(() -> {
            ChartInput input = LibraryCharts.input(lib).currency(cur).includeSuggested(withSuggested)
                    .originalScriptNames(original).companyFilter(companyIds).period(chosenPeriod).build();
            BuiltChart chart = Charts.build(chosen, input);
            JFreeChart onScreen = ScreenCharts.forScreen(dark, chart.chart(), () -> Charts.build(chosen, input).chart());
            List<String> known = List.copyOf(LibraryCharts.rates(lib).currencies());
            return new Loaded(new Drawn(chosen, chart, onScreen, input.figures(), withSuggested,
                    choices(lib, input.figures())), known);
        }, loaded -> {
            if (!loaded.currencies().equals(currencies)) {
                currencies.setAll(loaded.currencies());
            }
            problem.set("");
            drawn.set(loaded.drawn());
            then.accept(loaded.drawn());
        }, e -> problem.set(Failures.logged("The chart could not be drawn", e)));
    }

    private record Loaded(Drawn drawn, List<String> currencies) {
    }

    /** Company and period choices follow the figures in the library. */
    private static Choices choices(Library lib, List<Figure> figures) {
        Set<String> withFigures = new HashSet<>();
        Set<String> periods = new TreeSet<>();
        for (Figure f : figures) {
            if (f.companyId() != null) {
                withFigures.add(f.companyId());
            }
            if (f.period() != null) {
                periods.add(f.period());
            }
        }
        List<Company> companies = lib.companies().stream().filter(c -> withFigures.contains(c.id()))
                .sorted(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT))).toList();
        return new Choices(companies, List.copyOf(periods));
    }

    /** The figures behind one bar (series, category) or slice (key, key) of the chart shown. */
    public List<Figure> sourcesAt(Comparable<?> seriesKey, Comparable<?> categoryKey) {
        Drawn d = drawn.get();
        return d == null ? List.of() : d.chart().sourcesAt(seriesKey, categoryKey);
    }

    /** Writes the chart shown to a file as PNG (at 2×), SVG, PDF or CSV, off the FX thread. */
    public void export(String format, Path file, int width, int height) {
        Drawn d = drawn.get();
        if (d == null) {
            return;
        }
        BuiltChart chart = d.chart();
        workbench.tasks().run(() -> {
            if (format.equals("png")) {
                ChartExporter.png(chart.chart(), file, width, height, 2);
            } else {
                ChartExporter.export(chart, file, width, height);
            }
            return file;
        }, path -> workbench.statusProperty().set("Chart exported to " + path),
                err -> workbench.statusProperty().set(Failures.logged("Export failed", err)));
    }
}
