package app.dossier.ui.ledger;

import app.dossier.figures.ledger.Conflicts;
import app.dossier.figures.ledger.FigureText;
import app.dossier.figures.ledger.Ledger;
import app.dossier.figures.ledger.Runway;
import app.dossier.model.Figure;
import app.dossier.ui.common.Navigator;
import app.dossier.ui.details.Formats;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Function;

/** The ledger's side panels that read across reports: conflicts between sources and runway per company. */
final class InsightPanes {
    private InsightPanes() {
    }

    /** Each conflict with both sources; a source link opens its passage. */
    static ListView<Conflicts.Conflict> conflicts(LedgerModel model, Navigator navigator) {
        ListView<Conflicts.Conflict> list = new ListView<>();
        list.setId("ledger-conflicts");
        list.setPlaceholder(new Label("No conflicts: where two reports give the same company,\nmetric and period, "
                + "they agree within 1 %."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Conflicts.Conflict c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setGraphic(null);
                    return;
                }
                Ledger ledger = model.ledgerProperty().get();
                Label head = new Label(ledger.companyName(c.companyId()) + " · " + Formats.metricName(c.metric())
                        + (c.period() == null ? "" : " · " + c.period()) + String.format(Locale.ROOT, "  (%.0f %% apart)",
                        c.difference() * 100));
                head.getStyleClass().add("ledger-conflict-head");
                VBox box = new VBox(2, head, source(ledger, c.first(), navigator), source(ledger, c.second(), navigator));
                box.setPadding(new Insets(2, 0, 4, 0));
                setGraphic(box);
            }
        });
        model.ledgerProperty().addListener((o, a, b) -> list.getItems().setAll(b.conflicts()));
        return list;
    }

    private static Hyperlink source(Ledger ledger, Figure f, Navigator navigator) {
        Hyperlink link = new Hyperlink(FigureText.normalised(f) + " — " + ledger.reportTitle(f.reportId()));
        link.setWrapText(true);
        link.setMaxWidth(330);
        link.setOnAction(e -> navigator.openAt(f.reportId(), f.start(), f.end()));
        return link;
    }

    /** Months of cash left per company, with the figures and reports it rests on. */
    static TableView<Runway.Estimate> runway(LedgerModel model, Navigator navigator) {
        TableView<Runway.Estimate> table = new TableView<>();
        table.setId("ledger-runway");
        table.setPlaceholder(new Label("No company has both cash and a monthly burn\n(that is not rejected)."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("Company", 95, e -> model.ledgerProperty().get().companyName(e.companyId())),
                column("Months", 55, e -> String.format(Locale.ROOT, "%.1f", e.months())),
                column("Cash", 80, e -> FigureText.normalised(e.cash())),
                column("Burn / month", 85, e -> e.currency() == null ? FigureText.plain(e.monthlyBurn())
                        : FigureText.money(e.monthlyBurn(), e.currency())),
                column("From", 160, e -> sources(model.ledgerProperty().get(), e))));
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<Runway.Estimate>();
            row.itemProperty().addListener((o, a, b) -> row.setTooltip(b == null ? null
                    : new javafx.scene.control.Tooltip("Cash: " + b.cash().quote() + "\nBurn: " + b.burn().quote()
                    + "\nDouble-click opens the cash passage.")));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    Figure cash = row.getItem().cash();
                    navigator.openAt(cash.reportId(), cash.start(), cash.end());
                }
            });
            return row;
        });
        model.ledgerProperty().addListener((o, a, b) -> table.getItems().setAll(b.runway()));
        return table;
    }

    static String sources(Ledger ledger, Runway.Estimate e) {
        if (e.oneReport()) {
            return "one report: " + ledger.reportTitle(e.cash().reportId());
        }
        return "across reports: cash from " + ledger.reportTitle(e.cash().reportId()) + "; burn from "
                + ledger.reportTitle(e.burn().reportId());
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> get) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(get.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
