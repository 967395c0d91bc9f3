package app.dossier.ui.matrix;

import app.dossier.matrix.ComparisonMatrix;
import app.dossier.matrix.MatrixCell;
import app.dossier.matrix.MatrixMetric;
import app.dossier.matrix.MatrixSort;
import app.dossier.model.Company;
import app.dossier.model.Theme;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.NameConverter;
import app.dossier.ui.common.Navigator;
import app.dossier.ui.common.ShownOnly;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;
import java.util.HashMap;
import java.util.Map;

/**
 * The comparison matrix: companies (chosen, a theme's, or all with figures) × metrics in one currency. Each
 * cell shows value, as-of date and state, and opens its passage on click; columns sort; the matrix exports
 * as CSV, XLSX or Markdown with every cell's sources.
 */
public final class MatrixView extends BorderPane {
    private final MatrixViewModel model;
    private final Navigator navigator;
    private final TableView<ComparisonMatrix.Row> table = new TableView<>();
    private final Map<String, javafx.beans.property.BooleanProperty> checked = new HashMap<>();
    private final Label message = new Label();
    /** True while the columns are rebuilt: clearing them must not clear the sort the user chose. */
    private boolean rebuilding;

    public MatrixView(Workbench workbench, Navigator navigator) {
        this(workbench, navigator, new MatrixViewModel(workbench));
    }

    /** A matrix view over choices that already exist (the window keeps them from the start; the view comes when shown). */
    public MatrixView(Workbench workbench, Navigator navigator, MatrixViewModel model) {
        this.model = model;
        this.navigator = navigator;
        setId("matrix-view");
        getStyleClass().add("matrix-view");
        getStylesheets().add(MatrixView.class.getResource("/themes/matrix.css").toExternalForm());
        table.setId("matrix-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(message);
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        setLeft(choices());
        setCenter(table);
        setBottom(exportBar());
        model.matrixProperty().addListener((o, a, m) -> show(m));
        table.setSortPolicy(t -> sortRows());
        ShownOnly whenShown = new ShownOnly(this, model::reload);
        workbench.libraryProperty().addListener((o, a, lib) -> whenShown.request());
        workbench.revisionProperty().addListener((o, a, b) -> whenShown.request());
        whenShown.request();
    }

    public MatrixViewModel model() {
        return model;
    }

    public TableView<ComparisonMatrix.Row> table() {
        return table;
    }

    private VBox choices() {
        ToggleGroup rows = new ToggleGroup();
        RadioButton all = radio("All companies with figures", MatrixViewModel.Rows.ALL, rows, "matrix-rows-all");
        RadioButton chosen = radio("Companies I choose", MatrixViewModel.Rows.CHOSEN, rows, "matrix-rows-chosen");
        RadioButton byTheme = radio("Companies of a theme", MatrixViewModel.Rows.THEME, rows, "matrix-rows-theme");
        rows.getToggles().stream().filter(t -> t.getUserData() == model.rowsProperty().get()).findFirst()
                .ifPresent(t -> t.setSelected(true));
        rows.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null && model.rowsProperty().get() != t.getUserData()) {
                model.rowsProperty().set((MatrixViewModel.Rows) t.getUserData());
                model.reload();
            }
        });
        model.rowsProperty().addListener((o, a, r) -> rows.getToggles().stream().filter(t -> t.getUserData() == r)
                .findFirst().ifPresent(t -> t.setSelected(true)));

        ListView<Company> companies = new ListView<>(model.companyOptions());
        companies.setId("matrix-companies");
        companies.setPrefHeight(200);
        companies.setCellFactory(CheckBoxListCell.forListView(this::checkedProperty, new NameConverter<>(Company::name)));
        companies.disableProperty().bind(chosen.selectedProperty().not());
        model.companyOptions().addListener((ListChangeListener<Company>) c -> model.chosenCompanies()
                .removeIf(id -> model.companyOptions().stream().noneMatch(y -> y.id().equals(id))));
        // choices taken back from an earlier run tick their boxes
        model.chosenCompanies().addListener((ListChangeListener<String>) c -> checked.forEach((id, box) ->
                box.set(model.chosenCompanies().contains(id))));

        ComboBox<Theme> theme = new ComboBox<>(model.themeOptions());
        theme.setId("matrix-theme");
        theme.setPromptText("Theme");
        theme.setMaxWidth(Double.MAX_VALUE);
        theme.setConverter(new NameConverter<>(Theme::name));
        theme.valueProperty().bindBidirectional(model.themeProperty());
        theme.disableProperty().bind(byTheme.selectedProperty().not());
        theme.valueProperty().addListener((o, a, b) -> {
            if (byTheme.isSelected()) {
                model.reload();
            }
        });

        VBox metrics = new VBox(4);
        for (MatrixMetric m : MatrixMetric.all()) {
            CheckBox box = new CheckBox(m.label());
            box.setId("matrix-metric-" + m.id());
            box.setSelected(model.metrics().contains(m));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on == model.metrics().contains(m)) {
                    return;
                }
                if (on) {
                    model.metrics().add(m);
                } else {
                    model.metrics().remove(m);
                }
                model.reload();
            });
            model.metrics().addListener((ListChangeListener<MatrixMetric>) c -> box.setSelected(model.metrics().contains(m)));
            metrics.getChildren().add(box);
        }
        ComboBox<String> currency = new ComboBox<>();
        currency.setId("matrix-currency");
        currency.setItems(model.currencies());
        currency.valueProperty().bindBidirectional(model.currencyProperty());
        currency.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                model.reload();
            }
        });

        VBox box = new VBox(8, heading("Rows"), all, chosen, companies, byTheme, theme, heading("Columns"), metrics,
                heading("Currency"), currency);
        box.setPadding(new Insets(10));
        box.setPrefWidth(250);
        box.getStyleClass().add("matrix-choices");
        return box;
    }

    private javafx.beans.property.BooleanProperty checkedProperty(Company c) {
        return checked.computeIfAbsent(c.id(), id -> {
            var p = new javafx.beans.property.SimpleBooleanProperty(model.chosenCompanies().contains(id));
            p.addListener((o, was, on) -> {
                if (on == model.chosenCompanies().contains(id)) {
                    return;
                }
                if (on) {
                    model.chosenCompanies().add(id);
                } else {
                    model.chosenCompanies().remove(id);
                }
                model.reload();
            });
            return p;
        });
    }

    /** Ticks a company in the list of companies to choose from (as a click on its box does). */
    public void choose(String companyId, boolean on) {
        model.companyOptions().stream().filter(c -> c.id().equals(companyId)).findFirst()
                .ifPresent(c -> checkedProperty(c).set(on));
    }

    private static RadioButton radio(String text, MatrixViewModel.Rows rows, ToggleGroup group, String id) {
        RadioButton b = new RadioButton(text);
        b.setUserData(rows);
        b.setToggleGroup(group);
        b.setId(id);
        return b;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("matrix-heading");
        return l;
    }

    private void show(ComparisonMatrix m) {
        rebuilding = true;
        try {
            rebuild(m);
        } finally {
            rebuilding = false;
        }
    }

    /**
     * The chosen sort, taken from the column headers (the first sorted column) into the model, which keeps it
     * through reloads and for the memo; rows are ordered as the engine orders them: empty cells last either way.
     */
    private boolean sortRows() {
        if (rebuilding) {
            return true;
        }
        MatrixSort sort = null;
        if (!table.getSortOrder().isEmpty()) {
            TableColumn<ComparisonMatrix.Row, ?> by = table.getSortOrder().get(0);
            boolean descending = by.getSortType() == TableColumn.SortType.DESCENDING;
            MatrixMetric metric = (MatrixMetric) by.getUserData();
            sort = new MatrixSort(metric, descending);
        }
        if (!java.util.Objects.equals(sort, model.sortProperty().get())) {
            model.sortProperty().set(sort);
            if (sort == null) {
                model.reload(); // back to the order the rows are built in
                return true;
            }
            model.onSortChanged();
        }
        if (sort != null) {
            javafx.collections.FXCollections.sort(table.getItems(), sort.comparator());
        }
        return true;
    }

    private void rebuild(ComparisonMatrix m) {
        table.getColumns().clear();
        if (m == null) {
            table.getItems().clear();
            return;
        }
        TableColumn<ComparisonMatrix.Row, String> company = new TableColumn<>("Company");
        company.setId("matrix-column-company");
        company.setCellValueFactory(r -> new SimpleStringProperty(r.getValue().companyName()));
        company.setPrefWidth(140);
        table.getColumns().add(company);
        for (MatrixMetric metric : m.metrics()) {
            TableColumn<ComparisonMatrix.Row, MatrixCell> column = new TableColumn<>(metric.label()
                    + (metric.isMoney() ? " (" + m.currency() + ")" : ""));
            column.setId("matrix-column-" + metric.id());
            column.setCellValueFactory(r -> new SimpleObjectProperty<>(r.getValue().cell(metric)));
            column.setCellFactory(c -> new MatrixCellView(navigator));
            column.setPrefWidth(metric == MatrixMetric.MARKET_SHARE ? 220 : 185);
            column.setUserData(metric);
            table.getColumns().add(column);
        }
        table.getItems().setAll(m.rows());
        showSortOf(model.sortProperty().get());
    }

    /** The header arrow of the sort the rows are in (the engine sorted them already). */
    private void showSortOf(MatrixSort sort) {
        if (sort == null) {
            return;
        }
        table.getColumns().stream().filter(c -> c.getUserData() == sort.metric()).findFirst().ifPresent(c -> {
            c.setSortType(sort.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(java.util.List.of(c));
        });
    }

    private HBox exportBar() {
        Label rates = new Label();
        rates.getStyleClass().add("text-muted");
        model.matrixProperty().addListener((o, a, m) -> rates.setText(m == null ? "" : m.rows().size() + " companies · money in "
                + m.currency() + " at the rates of " + m.ratesAsOf() + " · click a cell to open its passage, right-click for every source"));
        Button csv = exportButton("CSV", "csv", Feather.GRID);
        Button xlsx = exportButton("Excel", "xlsx", Feather.FILE);
        Button md = exportButton("Markdown", "md", Feather.FILE_TEXT);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, rates, gap, new Label("Export"), csv, xlsx, md);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        return bar;
    }

    private Button exportButton(String text, String ending, Feather icon) {
        Button b = new Button(text, Icons.of(icon));
        b.setId("matrix-export-" + ending);
        b.disableProperty().bind(model.matrixProperty().isNull());
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the comparison matrix");
            chooser.setInitialFileName("matrix." + ending);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text, "*." + ending));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.export(file.toPath());
            }
        });
        return b;
    }
}
