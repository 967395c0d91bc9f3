package app.dossier.ui.ledger;

import app.dossier.figures.ledger.FigureText;
import app.dossier.figures.ledger.LedgerEntry;
import app.dossier.money.Money;
import app.dossier.model.Figure;
import app.dossier.ui.common.Icons;
import app.dossier.ui.details.Formats;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.function.Function;

/** The ledger's table: one row per figure, styled by status, marked for review and conflicts. */
final class LedgerTable extends TableView<LedgerEntry> {
    private final TableColumn<LedgerEntry, OptionalDouble> converted = new TableColumn<>();
    private final LedgerModel model;

    LedgerTable(LedgerModel model) {
        this.model = model;
        setId("ledger-table");
        getStyleClass().add("ledger-table");
        SortedList<LedgerEntry> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setPlaceholder(new Label("No figures yet: import reports, or loosen the filters."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<LedgerEntry, LedgerEntry> marks = new TableColumn<>("");
        marks.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        marks.setCellFactory(c -> new MarkCell());
        marks.setSortable(false);
        marks.setPrefWidth(44);
        marks.setMinWidth(44);
        marks.setMaxWidth(52);
        marks.setResizable(false);

        TableColumn<LedgerEntry, Double> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().figure().value()));
        value.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                LedgerEntry e = empty ? null : getTableRow().getItem();
                setText(e == null ? null : e.normalised());
            }
        });
        // values are never cut ("301.7 M…" hides the unit): other columns give way first
        value.setPrefWidth(164);
        value.setMinWidth(164); // "~300 M CNY / month" in the italics of a suggested row
        value.getStyleClass().add("ledger-number");

        converted.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(inTarget(c.getValue().figure())));
        converted.setComparator(Comparator.comparingDouble(o -> o.isPresent() ? o.getAsDouble() : Double.NEGATIVE_INFINITY));
        converted.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(OptionalDouble item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null || item.isEmpty() ? null
                        : FigureText.money(item.getAsDouble(), model.currencyProperty().get()));
            }
        });
        converted.setPrefWidth(124);
        // as wide as its pref: the ledger is built when its tab is first shown, and a first layout narrower than
        // the window squeezed it to its minimum, which the last-column policy never gave back ("3.017 bn U...")
        converted.setMinWidth(124);
        converted.getStyleClass().add("ledger-number");
        converted.textProperty().bind(model.currencyProperty().map(c -> "In " + c));
        model.currencyProperty().addListener((o, a, b) -> refresh());
        model.moneyProperty().addListener((o, a, b) -> refresh());

        getColumns().setAll(java.util.List.of(marks,
                company(),
                text("Metric", 106, 80, e -> Formats.metricName(e.metric())),
                text("As written", 120, 100, LedgerEntry::written),
                value,
                hidden(text("Cur.", 50, 48, e -> nz(e.figure().currency()))),
                hidden(text("Per", 62, 60, e -> nz(e.figure().per()))),
                text("Period", 72, 70, e -> nz(e.figure().period())),
                text("Basis", 110, 60, e -> nz(e.figure().basis())),
                text("Product", 86, 86, e -> nz(e.figure().product())),
                hidden(text("As of", 56, 52, e -> nz(e.figure().asOf()))),
                hidden(text("Forecast", 92, 92, e -> e.figure().forecast() ? "forecast" : "")),
                hidden(text("≈", 30, 30, e -> e.figure().approx() ? "≈" : "")),
                converted,
                reportColumn(),
                status()));
        setRowFactory(t -> new StatusRow());
        // columns the Value column already says are hidden; the header's + menu shows them again
        setTableMenuButtonVisible(true);
    }

    /**
     * Currency, per and ≈ are part of the value ("~300 M CNY / month"), and "as of" is rarely set: their columns only
     * on request, so the others fit 1360 px without cutting a value.
     */
    private static <T> TableColumn<LedgerEntry, T> hidden(TableColumn<LedgerEntry, T> column) {
        column.setVisible(false);
        return column;
    }

    private OptionalDouble inTarget(Figure f) {
        Money money = model.moneyProperty().get();
        return money == null ? OptionalDouble.empty() : money.convert(f, model.currencyProperty().get());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** min: at least the header's width, so no header reads "As wr…" when the table is squeezed. */
    private static TableColumn<LedgerEntry, String> text(String title, double width, double min,
                                                         Function<LedgerEntry, String> get) {
        TableColumn<LedgerEntry, String> c = new TableColumn<>(title);
        c.setMinWidth(min);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(get.apply(cell.getValue())));
        c.setCellFactory(col -> new app.dossier.ui.common.WrappingCell<>());
        c.setPrefWidth(width);
        return c;
    }

    /** A report's headline in two lines at most: a long one would make each row as tall as nine. */
    private static TableColumn<LedgerEntry, String> reportColumn() {
        TableColumn<LedgerEntry, String> c = text("Report", 180, 100, LedgerEntry::reportTitle);
        c.setCellFactory(col -> new app.dossier.ui.common.WrappingCell<>(2));
        return c;
    }

    /** The company, marked "new" when discovery found it and nobody has accepted it yet. */
    private TableColumn<LedgerEntry, String> company() {
        TableColumn<LedgerEntry, String> c = text("Company", 120, 84, LedgerEntry::companyName);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                LedgerEntry e = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setGraphic(e != null && model.isDiscovered(e.figure().companyId()) ? app.dossier.ui.common.NewMark.create() : null);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            }
        });
        return c;
    }

    private static TableColumn<LedgerEntry, String> status() {
        TableColumn<LedgerEntry, String> c = new TableColumn<>("Status");
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().status().code()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label badge = new Label(item);
                badge.getStyleClass().addAll("status-badge", "status-" + item);
                setGraphic(badge);
            }
        });
        c.setPrefWidth(96);
        c.setMinWidth(96);
        return c;
    }

    /** Rows carry their status (and review/conflict marks) as style classes; ledger.css draws them. */
    private static final class StatusRow extends TableRow<LedgerEntry> {
        @Override
        protected void updateItem(LedgerEntry item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("ledger-suggested", "ledger-confirmed", "ledger-rejected", "ledger-review",
                    "ledger-conflict");
            if (empty || item == null) {
                setTooltip(null);
                return;
            }
            getStyleClass().add("ledger-" + item.status().code());
            if (item.needsReview()) {
                getStyleClass().add("ledger-review");
            }
            if (item.conflict()) {
                getStyleClass().add("ledger-conflict");
            }
            Tooltip tip = new Tooltip(item.figure().quote());
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            setTooltip(tip);
        }
    }

    /** Review and conflict marks as icons, with their reason on hover. */
    private static final class MarkCell extends TableCell<LedgerEntry, LedgerEntry> {
        @Override
        protected void updateItem(LedgerEntry item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("ledger-mark-review", "ledger-mark-conflict");
            if (empty || item == null || !(item.needsReview() || item.conflict())) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            HBox box = new HBox(3);
            getStyleClass().add(item.conflict() ? "ledger-mark-conflict" : "ledger-mark-review");
            StringBuilder why = new StringBuilder();
            if (item.needsReview()) {
                var icon = Icons.of(Feather.ALERT_TRIANGLE);
                icon.getStyleClass().add("ledger-review-icon");
                box.getChildren().add(icon);
                why.append("Needs review: the passage reads differently since the report was processed again.");
            }
            if (item.conflict()) {
                var icon = Icons.of(Feather.GIT_PULL_REQUEST);
                icon.getStyleClass().add("ledger-conflict-icon");
                box.getChildren().add(icon);
                why.append(why.isEmpty() ? "" : "\n").append("Conflict: another report gives a different value "
                        + "for this company, metric and period (see Conflicts).");
            }
            setGraphic(box);
            setTooltip(new Tooltip(why.toString()));
        }
    }
}
