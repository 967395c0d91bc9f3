package app.dossier.ui.charts;

import app.dossier.charts.BuiltChart;
import app.dossier.charts.ChartType;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.Navigator;
import app.dossier.ui.common.ScreenCharts;
import app.dossier.ui.common.ShownOnly;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.CheckComboBox;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.PieSectionEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.kordamp.ikonli.feather.Feather;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import java.util.Locale;

/**
 * The memo charts: market share, burn and runway, funding and valuation, company × theme, theme
 * momentum. Every bar opens its source passage; charts redraw when a figure is confirmed or edited,
 * and export as PNG (at 2× for crisp slides), SVG, PDF, CSV or to the clipboard.
 */
public final class ChartsView extends BorderPane {
    private final Workbench workbench;
    private final ChartsViewModel model;
    private final Navigator navigator;
    private final ComboBox<ChartType> type = new ComboBox<>();
    private final ComboBox<String> currency = new ComboBox<>();
    private final CheckBox suggested = new CheckBox("Include suggested figures");
    private final CheckBox originalNames = new CheckBox("Names in original script");
    private final CheckComboBox<Company> companies = new CheckComboBox<>();
    private final ComboBox<String> period = new ComboBox<>();
    private final ChartViewer viewer = new ChartViewer(null);
    private final Label description = new Label();
    private final Label unconfirmed = new Label();
    private final ChartEmptyState empty = new ChartEmptyState();
    private final Spinner<Integer> exportWidth = new Spinner<>(300, 4000, 1200, 100);
    private final Spinner<Integer> exportHeight = new Spinner<>(200, 3000, 700, 100);
    /** The bar or slice under the mouse, for the context menu. */
    private ChartEntity pointed;
    private boolean updatingChoices;

    public ChartsView(Workbench workbench, Navigator navigator) {
        this.workbench = workbench;
        this.model = new ChartsViewModel(workbench);
        this.navigator = navigator;
        setId("charts-view");
        type.getItems().setAll(ChartType.values());
        type.setValue(ChartType.BURN_RATE);
        type.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ChartType t) {
                return t == null ? "" : switch (t) {
                    case MARKET_SHARE -> "Market share";
                    case BURN_RATE -> "Burn rate and runway";
                    case FUNDING -> "Funding and valuation";
                    case COMPANY_THEME -> "Company × theme";
                    case THEME_MOMENTUM -> "Theme momentum";
                };
            }

            @Override
            public ChartType fromString(String s) {
                return null;
            }
        });
        type.setId("chart-type");
        type.valueProperty().bindBidirectional(model.typeProperty());
        currency.setItems(model.currencies());
        currency.valueProperty().bindBidirectional(model.currencyProperty());
        period.setPromptText("Any period");
        companies.setTitle("All companies");
        companies.setConverter(new app.dossier.ui.common.NameConverter<>(Company::name));
        suggested.setId("include-suggested");
        suggested.selectedProperty().bindBidirectional(model.includeSuggestedProperty());
        originalNames.selectedProperty().bindBidirectional(model.originalNamesProperty());

        model.typeProperty().addListener((o, a, b) -> redraw());
        model.currencyProperty().addListener((o, a, b) -> redraw());
        model.includeSuggestedProperty().addListener((o, a, b) -> redraw());
        model.originalNamesProperty().addListener((o, a, b) -> redraw());
        period.valueProperty().addListener((o, a, p) -> {
            model.periodProperty().set(p == null || p.startsWith("Any") ? null : p);
            redraw();
        });
        companies.getCheckModel().getCheckedItems().addListener(
                (javafx.collections.ListChangeListener<Company>) c -> {
                    model.chosenCompanies().setAll(companies.getCheckModel().getCheckedItems());
                    redraw();
                });
        model.problemProperty().addListener((o, a, p) -> {
            if (!p.isEmpty()) {
                description.setText(p);
            }
        });

        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getTrigger().getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    openSource(event.getEntity());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                pointed = event.getEntity();
            }
        });
        profileMenu();
        ScreenCharts.darkProperty().addListener((o, a, b) -> redraw());
        viewer.setId("chart-viewer");

        HBox controls = new HBox(10, new Label("Chart"), type, new Label("Currency"), currency, companies, period,
                suggested, originalNames);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(10));
        description.setWrapText(true);
        description.getStyleClass().add("text-muted");
        description.setPadding(new Insets(0, 10, 8, 10));
        unconfirmed.setId("chart-unconfirmed");
        unconfirmed.setWrapText(true);
        unconfirmed.getStyleClass().add("chart-unconfirmed");
        unconfirmed.setPadding(new Insets(0, 10, 8, 10));
        unconfirmed.managedProperty().bind(unconfirmed.visibleProperty());
        unconfirmed.setVisible(false);
        setTop(new VBox(controls, description, unconfirmed, new Separator()));
        setCenter(viewer);
        setBottom(exportBar());

        // the workbench refreshes its report list after every decision and import: redraw then, when shown
        ShownOnly whenShown = new ShownOnly(this, this::redraw);
        workbench.libraryProperty().addListener((o, a, lib) -> whenShown.request());
        workbench.revisionProperty().addListener((o, a, b) -> whenShown.request());
        whenShown.request();
    }

    public BuiltChart built() {
        ChartsViewModel.Drawn drawn = model.drawnProperty().get();
        return drawn == null ? null : drawn.chart();
    }

    public ChartsViewModel model() {
        return model;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public CheckBox originalNames() {
        return originalNames;
    }

    public CheckBox includeSuggested() {
        return suggested;
    }

    public ComboBox<ChartType> chartType() {
        return type;
    }

    /** Opens the reader at the passage behind a bar or slice. */
    public void openSource(ChartEntity entity) {
        List<Figure> sources = sourcesAt(entity);
        if (!sources.isEmpty()) {
            Figure f = sources.get(0);
            navigator.openAt(f.reportId(), f.start(), f.end());
        }
    }

    /** Opens the profile of the company behind a bar or slice. */
    public void openProfile(ChartEntity entity) {
        sourcesAt(entity).stream().map(Figure::companyId).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(navigator::openProfile);
    }

    private List<Figure> sourcesAt(ChartEntity entity) {
        if (entity instanceof CategoryItemEntity item) {
            return model.sourcesAt(item.getRowKey(), item.getColumnKey());
        } else if (entity instanceof PieSectionEntity slice) {
            return model.sourcesAt(slice.getSectionKey(), slice.getSectionKey());
        }
        return List.of();
    }

    /**
     * The chart's context menu: the profile of the company under the mouse, and copy. The viewer's own export
     * items are replaced: they would save the chart as the screen shows it (dark), and exports stay light.
     */
    private void profileMenu() {
        javafx.scene.control.MenuItem profile = new javafx.scene.control.MenuItem("Open profile of this company");
        profile.setId("chart-open-profile");
        profile.setOnAction(e -> openProfile(pointed));
        javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem("Copy chart");
        copy.setOnAction(e -> copyToClipboard());
        viewer.getContextMenu().getItems().setAll(profile, copy);
        viewer.getContextMenu().setOnShowing(e -> profile.setDisable(sourcesAt(pointed).stream()
                .allMatch(f -> f.companyId() == null)));
    }

    private void redraw() {
        if (updatingChoices) {
            return;
        }
        model.redraw(ScreenCharts.darkProperty().get(), drawn -> {
            show(drawn);
            refreshChoices(drawn.choices());
        });
    }

    /** The chart, a line when some of it is unconfirmed, or, with nothing to plot, what to do instead of an empty axis. */
    private void show(ChartsViewModel.Drawn drawn) {
        description.setText(drawn.chart().result().description());
        long suggestedPlotted = drawn.suggestedPlotted();
        unconfirmed.setText(suggestedPlotted == 0 ? "" : ChartEmptyState.unconfirmedLine(suggestedPlotted, drawn.plottedCount()));
        unconfirmed.setVisible(suggestedPlotted > 0);
        if (drawn.nothingPlotted()) {
            empty.explain(drawn.type(), workbench.totalProperty().get() == 0, drawn.figures().isEmpty(),
                    drawn.withSuggested() ? 0 : drawn.suggestedInLibrary(), () -> suggested.setSelected(true));
            setCenter(empty);
        } else {
            viewer.setChart(drawn.onScreen());
            setCenter(viewer);
        }
    }

    /** Company and period choices follow the figures in the library, keeping what the user picked. */
    private void refreshChoices(ChartsViewModel.Choices choices) {
        updatingChoices = true;
        try {
            List<Company> options = choices.companies();
            java.util.Set<String> checked = new java.util.HashSet<>();
            companies.getCheckModel().getCheckedItems().forEach(c -> checked.add(c.id()));
            if (!options.stream().map(Company::id).toList().equals(companies.getItems().stream().map(Company::id).toList())) {
                companies.getItems().setAll(options);
                options.stream().filter(c -> checked.contains(c.id())).forEach(c -> companies.getCheckModel().check(c));
            }
            String keep = period.getValue();
            List<String> periodOptions = new java.util.ArrayList<>();
            periodOptions.add("Any period");
            periodOptions.addAll(choices.periods());
            if (!periodOptions.equals(period.getItems())) {
                period.getItems().setAll(periodOptions);
                period.setValue(periodOptions.contains(keep) ? keep : null);
            }
        } finally {
            updatingChoices = false;
        }
    }

    private HBox exportBar() {
        exportWidth.setEditable(true);
        exportHeight.setEditable(true);
        exportWidth.setPrefWidth(90);
        exportHeight.setPrefWidth(90);
        Button png = new Button("PNG @2×", Icons.of(Feather.IMAGE));
        png.setOnAction(e -> export("png"));
        Button svg = new Button("SVG", Icons.of(Feather.PEN_TOOL));
        svg.setOnAction(e -> export("svg"));
        Button pdf = new Button("PDF", Icons.of(Feather.FILE_TEXT));
        pdf.setOnAction(e -> export("pdf"));
        Button csv = new Button("Data (CSV)", Icons.of(Feather.GRID));
        csv.setOnAction(e -> export("csv"));
        Button copy = new Button("Copy", Icons.of(Feather.CLIPBOARD));
        copy.setId("copy-chart");
        copy.setOnAction(e -> copyToClipboard());
        HBox bar = new HBox(8, new Label("Export at"), exportWidth, new Label("×"), exportHeight, png, svg, pdf, csv, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        return bar;
    }

    private void export(String format) {
        if (built() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export chart");
        chooser.setInitialFileName(type.getValue().id() + "." + format);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.toUpperCase(Locale.ROOT), "*." + format));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.export(format, file.toPath(), exportWidth.getValue(), exportHeight.getValue());
        }
    }

    /** Copies the chart as a picture at twice the export size, ready to paste into a memo. */
    public void copyToClipboard() {
        BuiltChart built = built();
        if (built == null) {
            return;
        }
        BufferedImage image = built.chart().createBufferedImage(exportWidth.getValue() * 2, exportHeight.getValue() * 2,
                exportWidth.getValue(), exportHeight.getValue(), null);
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        Clipboard.getSystemClipboard().setContent(content);
        workbench.statusProperty().set("Chart copied to the clipboard");
    }
}
