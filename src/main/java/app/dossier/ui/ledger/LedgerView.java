package app.dossier.ui.ledger;

import app.dossier.figures.ledger.Ledger;
import app.dossier.figures.ledger.LedgerEntry;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.model.ReviewStatus;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Icons;
import app.dossier.ui.common.Navigator;
import app.dossier.ui.details.Formats;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The figures ledger: every figure of the library in one table, filtered and sorted, decided and
 * edited in place (each change an undoable command), with the quote of the selected row, the
 * conflicts between reports, runway per company and the exchange rates the comparisons use.
 */
public final class LedgerView extends BorderPane {
    private final LedgerModel model;
    private final Navigator navigator;
    private final LedgerTable table;
    private final TextArea quote = new TextArea();
    private final Label quoteSource = new Label();
    private final Label count = new Label();
    private final ComboBox<LedgerModel.Choice> companies = filter("ledger-company", "Company");
    private final ComboBox<LedgerModel.Choice> metrics = filter("ledger-metric", "Metric");
    private final ComboBox<LedgerModel.Choice> reports = filter("ledger-report", "Report");
    private final ComboBox<LedgerModel.Choice> statuses = filter("ledger-status", "Status");
    private final ComboBox<String> currency = new ComboBox<>();

    public LedgerView(Workbench workbench, Navigator navigator) {
        this.model = new LedgerModel(workbench);
        this.navigator = navigator;
        this.table = new LedgerTable(model);
        getStyleClass().add("ledger-view");
        var css = LedgerView.class.getResource("/themes/ledger.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        setTop(toolbar());
        setCenter(body());
        bindFilters();
        wireTable();
        model.reloadThrough(new app.dossier.ui.common.ShownOnly(this, model::reload)::request);
        model.reload();
    }

    public LedgerModel model() {
        return model;
    }

    private HBox toolbar() {
        statuses.getItems().setAll(LedgerModel.ALL, LedgerModel.choice(ReviewStatus.SUGGESTED),
                LedgerModel.choice(ReviewStatus.CONFIRMED), LedgerModel.choice(ReviewStatus.REJECTED));
        List<LedgerModel.Choice> metricChoices = new ArrayList<>(List.of(LedgerModel.ALL));
        Metric.ALL.forEach(m -> metricChoices.add(new LedgerModel.Choice(m, Formats.metricName(m))));
        metrics.getItems().setAll(metricChoices);
        currency.setId("ledger-currency");
        currency.setTooltip(new Tooltip("The currency of the \"In ...\" column"));
        currency.valueProperty().bindBidirectional(model.currencyProperty());
        model.moneyProperty().addListener((o, a, b) -> {
            String keep = currency.getValue();
            currency.getItems().setAll(b.rates().currencies());
            currency.setValue(keep);
        });
        currency.getItems().setAll(model.moneyProperty().get().rates().currencies());

        Button confirm = action("Confirm", Feather.CHECK, "Confirm the selected figure (C)", "success");
        confirm.setOnAction(e -> decide(ReviewStatus.CONFIRMED));
        Button reject = action("Reject", Feather.X, "Reject the selected figure (R)", "danger");
        reject.setOnAction(e -> decide(ReviewStatus.REJECTED));
        Button edit = action("Edit…", Feather.EDIT_2, "Edit every field of the selected figure (E or F2)", null);
        edit.setOnAction(e -> editSelected());
        Button open = action(null, Feather.BOOK_OPEN, "Open the passage in the reader (Enter or double-click)", null);
        open.setOnAction(e -> openSelected());
        for (Button b : List.of(confirm, reject, edit, open)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        confirm.setId("ledger-confirm");
        reject.setId("ledger-reject");
        edit.setId("ledger-edit");
        Button export = action("Export CSV…", Feather.DOWNLOAD, "Save the figures shown as CSV (UTF-8, opens in spreadsheets)",
                null);
        export.setOnAction(e -> exportCsv());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label in = new Label("Show in");
        in.setMinWidth(Region.USE_PREF_SIZE);
        currency.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : List.of(confirm, reject, edit, open, export)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(6, companies, metrics, reports, statuses, in, currency, gap, confirm, reject, edit, open,
                export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("ledger-toolbar");
        return bar;
    }

    private Region body() {
        quote.setEditable(false);
        quote.setWrapText(true);
        quote.setPrefRowCount(3);
        quote.setId("ledger-quote");
        quote.getStyleClass().add("ledger-quote");
        quote.setPromptText("Select a figure to read its passage. Double-click opens it in the reader.");
        quoteSource.getStyleClass().add("text-muted");
        count.getStyleClass().add("text-muted");
        HBox under = new HBox(10, quoteSource, spacer(), count);
        VBox left = new VBox(6, table, under, quote);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(0, 0, 8, 8));

        TabPane side = new TabPane();
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setSide(Side.TOP);
        Tab conflicts = new Tab("Conflicts", InsightPanes.conflicts(model, navigator));
        conflicts.setGraphic(Icons.of(Feather.GIT_PULL_REQUEST));
        conflicts.textProperty().bind(Bindings.createStringBinding(() -> model.ledgerProperty().get() == null
                ? "Conflicts" : "Conflicts (" + model.ledgerProperty().get().conflicts().size() + ")",
                model.ledgerProperty()));
        Tab runway = new Tab("Runway", InsightPanes.runway(model, navigator));
        runway.setGraphic(Icons.of(Feather.CLOCK));
        // "Rates": "Exchange rates" did not fit beside the other two tabs at 1360 px ("Exchange ra")
        Tab rates = new Tab("Rates", new RatesPane(model));
        rates.setGraphic(Icons.of(Feather.DOLLAR_SIGN));
        rates.setTooltip(new javafx.scene.control.Tooltip("Exchange rates used for the converted column and the charts"));
        side.getTabs().addAll(conflicts, runway, rates);
        side.setMinWidth(320);

        SplitPane split = new SplitPane(left, side);
        split.setDividerPositions(0.75);
        SplitPane.setResizableWithParent(side, false);
        return split;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private void bindFilters() {
        companies.valueProperty().bindBidirectional(model.companyFilter());
        metrics.valueProperty().bindBidirectional(model.metricFilter());
        reports.valueProperty().bindBidirectional(model.reportFilter());
        statuses.valueProperty().bindBidirectional(model.statusFilter());
        model.ledgerProperty().addListener((o, a, b) -> fillChoices(b));
        count.textProperty().bind(Bindings.createStringBinding(() -> model.shown().size() + " of "
                + model.entries().size() + " figures", model.shown(), model.entries()));
    }

    /** Companies and reports that have figures, by name; a vanished choice falls back to "All". */
    private void fillChoices(Ledger ledger) {
        List<LedgerModel.Choice> cs = new ArrayList<>(List.of(LedgerModel.ALL));
        ledger.entries().stream().map(e -> e.figure().companyId()).filter(Objects::nonNull).distinct()
                .map(id -> new LedgerModel.Choice(id, ledger.companyName(id)))
                .sorted(Comparator.comparing(c -> c.label().toLowerCase())).forEach(cs::add);
        keep(companies, cs);
        List<LedgerModel.Choice> rs = new ArrayList<>(List.of(LedgerModel.ALL));
        ledger.entries().stream().map(e -> e.figure().reportId()).distinct()
                .map(id -> new LedgerModel.Choice(id, ledger.reportTitle(id)))
                .sorted(Comparator.comparing(c -> c.label().toLowerCase())).forEach(rs::add);
        keep(reports, rs);
    }

    private static void keep(ComboBox<LedgerModel.Choice> box, List<LedgerModel.Choice> choices) {
        LedgerModel.Choice current = box.getValue();
        box.getItems().setAll(choices);
        box.setValue(choices.stream().filter(c -> current != null && Objects.equals(c.key(), current.key())).findFirst()
                .orElse(LedgerModel.ALL));
    }

    private void wireTable() {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showQuote(b));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                openSelected();
            }
        });
        javafx.scene.control.MenuItem profile = new javafx.scene.control.MenuItem("Open profile of the company");
        profile.setId("ledger-open-profile");
        profile.setOnAction(e -> {
            var row = table.getSelectionModel().getSelectedItem();
            if (row != null && row.figure().companyId() != null) {
                navigator.openProfile(row.figure().companyId());
            }
        });
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(profile);
        // the menu names the company it leads to ("Open profile of Zhipu AI"), as the reader's does
        menu.setOnShowing(e -> {
            var row = table.getSelectionModel().getSelectedItem();
            boolean company = row != null && row.figure().companyId() != null;
            profile.setDisable(!company);
            profile.setText(company ? "Open profile of " + row.companyName() : "Open profile of the company");
        });
        table.setContextMenu(menu);
        for (String[] key : new String[][]{{"C", "Confirm the figure"}, {"R", "Reject the figure"},
                {"S", "Back to suggested"}, {"E or F2", "Edit the figure"}, {"Enter", "Open its passage"}}) {
            app.dossier.ui.common.KeyHints.declare("Ledger", key[0], key[1]);
        }
        table.setOnKeyPressed(e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return; // Ctrl+Z and friends belong to the window's menu
            }
            KeyCode k = e.getCode();
            if (k == KeyCode.C) {
                decide(ReviewStatus.CONFIRMED);
            } else if (k == KeyCode.R) {
                decide(ReviewStatus.REJECTED);
            } else if (k == KeyCode.S) {
                decide(ReviewStatus.SUGGESTED);
            } else if (k == KeyCode.E || k == KeyCode.F2) {
                editSelected();
            } else if (k == KeyCode.ENTER) {
                openSelected();
            } else {
                return;
            }
            e.consume();
        });
        // after a reload the same figure stays selected, so a run of decisions can go key after key
        model.entries().addListener((javafx.collections.ListChangeListener<LedgerEntry>) c -> reselect());
    }

    private String lastSelectedId;

    private void reselect() {
        if (lastSelectedId == null) {
            return;
        }
        table.getItems().stream().filter(e -> e.figure().id().equals(lastSelectedId)).findFirst().ifPresent(e -> {
            table.getSelectionModel().select(e);
        });
    }

    private void showQuote(LedgerEntry e) {
        if (e == null) {
            quote.clear();
            quoteSource.setText("");
            return;
        }
        lastSelectedId = e.figure().id();
        quote.setText(e.figure().quote());
        String marks = (e.needsReview() ? "  ⚠ needs review: the passage changed when the report was processed again"
                : "") + (e.conflict() ? "  ⇄ another report disagrees (see Conflicts)" : "");
        quoteSource.setText(e.reportTitle() + " · " + e.figure().origin().code() + marks);
    }

    private void decide(ReviewStatus status) {
        LedgerEntry e = table.getSelectionModel().getSelectedItem();
        if (e != null) {
            model.decide(e, status);
        }
    }

    private void editSelected() {
        LedgerEntry e = table.getSelectionModel().getSelectedItem();
        if (e == null) {
            return;
        }
        Figure before = e.figure();
        model.withCompanies(companies -> {
            FigureDialog dialog = new FigureDialog(getScene().getWindow(), "Edit figure", before, companies,
                    new ArrayList<>(model.moneyProperty().get().rates().currencies()));
            dialog.showAndWait().ifPresent(after -> model.edit(before, after));
        });
    }

    private void openSelected() {
        LedgerEntry e = table.getSelectionModel().getSelectedItem();
        if (e != null) {
            navigator.openAt(e.figure().reportId(), e.figure().start(), e.figure().end());
        }
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the ledger as CSV");
        chooser.setInitialFileName("figures-ledger.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.export(file.toPath(), msg -> { });
        }
    }

    private static ComboBox<LedgerModel.Choice> filter(String id, String prompt) {
        ComboBox<LedgerModel.Choice> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(prompt);
        box.getItems().add(LedgerModel.ALL);
        box.setValue(LedgerModel.ALL);
        box.setTooltip(new Tooltip(prompt));
        box.setPrefWidth(160);
        box.setMinWidth(100);
        box.setMaxWidth(220);
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(LedgerModel.Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : (item.key() == null ? prompt + ": all" : item.label()));
            }
        });
        return box;
    }

    private static Button action(String text, Feather icon, String tip, String style) {
        Button b = new Button(text, Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        if (style != null) {
            b.getStyleClass().add(style);
        }
        return b;
    }
}
