package app.dossier.ui.library;

import app.dossier.model.Company;
import app.dossier.model.Report;
import app.dossier.model.Theme;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kordamp.ikonli.feather.Feather;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.function.Consumer;

/**
 * The library table: every report, sortable, filtered by words, company and theme. Rows come a page at a
 * time from the database, which also filters and sorts them, so a library of any size opens at once.
 */
public final class LibraryPane extends VBox {
    private final Workbench workbench;
    private final LibraryViewModel model;
    private final TextField filter = new TextField();
    private final ComboBox<Company> companyFilter = new ComboBox<>();
    private final ComboBox<Theme> themeFilter = new ComboBox<>();
    private final TableView<Report> table = new TableView<>();
    /** Typing in the filter asks the database once the user pauses, not at every key. */
    private final javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));

    public LibraryPane(Workbench workbench, Runnable importFiles, Runnable addSamples) {
        this.workbench = workbench;
        this.model = new LibraryViewModel(workbench);
        getStyleClass().add("library-pane");
        filter.setPromptText("Filter reports (Ctrl+F)");
        filter.setId("library-filter");
        HBox.setHgrow(filter, Priority.ALWAYS);

        companyFilter.setPromptText("Any company");
        companyFilter.setCellFactory(l -> new NamedCell<>(Company::name, "Any company"));
        companyFilter.setButtonCell(new NamedCell<>(Company::name, "Any company"));
        themeFilter.setPromptText("Any theme");
        themeFilter.setCellFactory(l -> new NamedCell<>(Theme::name, "Any theme"));
        themeFilter.setButtonCell(new NamedCell<>(Theme::name, "Any theme"));
        companyFilter.setMaxWidth(Double.MAX_VALUE);
        themeFilter.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(companyFilter, Priority.ALWAYS);
        HBox.setHgrow(themeFilter, Priority.ALWAYS);
        Button clear = new Button(null, Icons.of(Feather.X));
        clear.setTooltip(new Tooltip("Clear filters"));
        clear.getStyleClass().addAll("flat", "button-icon");
        clear.setOnAction(e -> clearFilters());

        companyFilter.setItems(model.companyOptions());
        themeFilter.setItems(model.themeOptions());
        filter.textProperty().bindBidirectional(model.wordsProperty());
        companyFilter.valueProperty().bindBidirectional(model.companyProperty());
        themeFilter.valueProperty().bindBidirectional(model.themeProperty());
        typing.setOnFinished(e -> applyFilter());
        model.wordsProperty().addListener((o, a, b) -> typing.playFromStart());
        model.companyProperty().addListener((o, a, b) -> applyFilter());
        model.themeProperty().addListener((o, a, b) -> applyFilter());
        workbench.companyChoices().addListener((javafx.collections.ListChangeListener<Company>) c ->
                model.refreshChoices());
        workbench.libraryProperty().addListener((o, a, b) -> model.refreshChoices());

        buildTable();
        // the rows are pages read from the database, filtered and sorted there: the table shows them as they come
        table.setItems(model.rows());
        table.setSortPolicy(t -> {
            applyFilter();
            return true;
        });
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            public void updateIndex(int i) {
                super.updateIndex(i);
                if (i >= 0 && i >= getTableView().getItems().size() - Workbench.PAGE / 4) {
                    workbench.loadMore(); // a row near the end of what is loaded is about to show
                }
            }
        });
        VBox empty = emptyLibraryPlaceholder(importFiles, addSamples);
        Label opening = new Label("Opening the library...");
        opening.getStyleClass().add("text-muted");
        table.placeholderProperty().bind(Bindings.when(workbench.loadedProperty())
                .then((javafx.scene.Node) empty).otherwise(opening));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                workbench.read(b.id());
            } else if (a != null) {
                javafx.application.Platform.runLater(() -> keepSelection(a.id()));
            } else {
                workbench.read(null);
            }
        });

        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.setId("library-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> workbench.matchingProperty().get()
                == workbench.totalProperty().get()
                ? workbench.totalProperty().get() + (workbench.totalProperty().get() == 1 ? " report" : " reports")
                : workbench.matchingProperty().get() + " of " + workbench.totalProperty().get() + " reports",
                workbench.matchingProperty(), workbench.totalProperty()));

        HBox search = new HBox(6, filter, clear);
        search.setAlignment(Pos.CENTER_LEFT);
        HBox facets = new HBox(6, companyFilter, themeFilter);
        setSpacing(6);
        setPadding(new Insets(8));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(search, facets, table, count);
    }

    public TableView<Report> table() {
        return table;
    }

    public void clearFilters() {
        model.clearFilters();
    }

    public LibraryViewModel model() {
        return model;
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** Shows only the reports that mention this company (from the companies panel). */
    public void filterByCompany(String companyId) {
        model.filterByCompany(companyId);
    }

    public void filterByTheme(String themeId) {
        model.filterByTheme(themeId);
    }

    public void onDelete(Consumer<Report> delete) {
        app.dossier.ui.common.KeyHints.declare("Library table", "Delete", "Delete the report (asks first)");
        table.setOnKeyPressed(e -> {
            Report r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.DELETE && r != null) {
                delete.accept(r);
            }
        });
    }

    private void buildTable() {
        TableColumn<Report, String> title = new TableColumn<>("Title");
        title.setUserData(LibraryViewModel.Column.TITLE);
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        title.setPrefWidth(300);
        title.setMinWidth(130);
        // long titles and sources wrap onto a second line instead of "Wer verdient an der …", up to three
        title.setCellFactory(col -> new app.dossier.ui.common.WrappingCell<>(3));
        TableColumn<Report, String> lang = new TableColumn<>("Lang");
        lang.setUserData(LibraryViewModel.Column.LANGUAGE);
        lang.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().language()));
        lang.setPrefWidth(76);
        lang.setMinWidth(70); // "zh-Hant"
        TableColumn<Report, LocalDate> date = new TableColumn<>("Date");
        date.setUserData(LibraryViewModel.Column.PUBLISHED);
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().published()));
        date.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        date.setPrefWidth(90);
        TableColumn<Report, String> source = new TableColumn<>("Source");
        source.setUserData(LibraryViewModel.Column.SOURCE);
        source.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        source.setPrefWidth(120);
        source.setMinWidth(76); // the header reads "Source", not "Sou…", in the 1360-px window
        source.setCellFactory(col -> new app.dossier.ui.common.WrappingCell<>(2));
        TableColumn<Report, Long> size = new TableColumn<>("Size");
        size.setUserData(LibraryViewModel.Column.SIZE);
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sizeBytes()));
        size.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Long v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v < 1024 ? v + " B" : String.format(Locale.ROOT, "%.0f KB", v / 1024.0));
            }
        });
        size.setPrefWidth(64);
        size.setMinWidth(56);
        size.setVisible(false); // the least read column: shown from the header's + menu, so the others fit a 1360-px window
        date.setMinWidth(94); // "2026-03-12"
        table.getColumns().setAll(List.of(title, lang, date, source, size));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        table.setTableMenuButtonVisible(true);
        table.setId("library-table");
    }

    /**
     * A refresh replaces the report list, which clears the table's selection: the same report is selected
     * again, so the reader keeps it (and its place) instead of closing and reopening it.
     */
    private void keepSelection(String reportId) {
        if (table.getSelectionModel().getSelectedItem() != null) {
            return;
        }
        table.getItems().stream().filter(r -> r.id().equals(reportId)).findFirst().ifPresentOrElse(
                r -> table.getSelectionModel().select(r), () -> workbench.read(null));
    }

    /** Asks the database for the first page under the words, company, theme and the table's sort order. */
    private void applyFilter() {
        LibraryViewModel.Column column = null;
        boolean ascending = true;
        if (!table.getSortOrder().isEmpty()) {
            TableColumn<Report, ?> first = table.getSortOrder().get(0);
            column = (LibraryViewModel.Column) first.getUserData();
            ascending = first.getSortType() == TableColumn.SortType.ASCENDING;
        }
        model.sortColumnProperty().set(column);
        model.ascendingProperty().set(ascending);
        model.apply();
    }

    private VBox emptyLibraryPlaceholder(Runnable importFiles, Runnable addSamples) {
        Label head = new Label("Your library is empty");
        head.getStyleClass().add("title-4");
        Label text = new Label("Import reports (txt, md, html, pdf) with Ctrl+O or by dropping files here,\n"
                + "or start with a few short sample reports in German, English and Chinese.");
        text.setWrapText(true);
        text.getStyleClass().add("text-muted");
        Button importButton = new Button("Import files...", Icons.of(Feather.FILE_PLUS));
        importButton.setOnAction(e -> importFiles.run());
        importButton.getStyleClass().add("accent");
        Button samples = new Button("Add sample reports", Icons.of(Feather.BOOK_OPEN));
        samples.setId("add-samples");
        samples.setOnAction(e -> addSamples.run());
        VBox box = new VBox(10, head, text, new HBox(8, importButton, samples));
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(360);
        box.setPadding(new Insets(20));
        return box;
    }

    private static final class NamedCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> name;
        private final String none;

        NamedCell(java.util.function.Function<T, String> name, String none) {
            this.name = name;
            this.none = none;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? none : name.apply(item));
        }
    }
}
