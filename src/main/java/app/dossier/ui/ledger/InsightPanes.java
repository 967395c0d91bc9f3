package app.dossier.ui.ledger;

import app.dossier.figures.ledger.Conflicts;
import app.dossier.figures.ledger.FigureText;
import app.dossier.figures.ledger.Ledger;
import app.dossier.money.Runway;
import app.dossier.model.Figure;
import app.dossier.ui.common.Navigator;
import app.dossier.ui.details.Formats;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** The ledger's side panels that read across reports: conflicts between sources and runway per company. */
final class InsightPanes {
    private InsightPanes() {
    }

    /** Each conflict with both sources; a source link opens its passage. */
    static ListView<Conflicts.Conflict> conflicts(LedgerModel model, Navigator navigator) {
        ListView<Conflicts.Conflict> list = new ListView<>();
        list.setId("ledger-conflicts");
        list.setPlaceholder(placeholder("No conflicts: where two reports give the same company, metric and period, "
                + "they agree within 1 %."));
        list.setCellFactory(l -> new app.dossier.ui.common.FittingListCell<>() {
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

    private static Label placeholder(String text) {
        Label none = new Label(text);
        none.setWrapText(true);
        none.setPadding(new Insets(12));
        none.getStyleClass().add("text-muted");
        return none;
    }

    private static Hyperlink source(Ledger ledger, Figure f, Navigator navigator) {
        Hyperlink link = new Hyperlink(FigureText.normalised(f) + " — " + ledger.reportTitle(f.reportId()));
        link.setWrapText(true);
        link.setMinWidth(0);
        link.setOnAction(e -> navigator.openAt(f.reportId(), f.start(), f.end()));
        return link;
    }

    /** Months of cash left per company, with the figures and reports it rests on; a link opens each passage. */
    static ListView<Runway.Estimate> runway(LedgerModel model, Navigator navigator) {
        ListView<Runway.Estimate> list = new ListView<>();
        list.setId("ledger-runway");
        list.setPlaceholder(placeholder("No company has both cash and a burn rate (not rejected) yet."));
        list.setCellFactory(l -> new app.dossier.ui.common.FittingListCell<>() {
            @Override
            protected void updateItem(Runway.Estimate e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                Ledger ledger = model.ledgerProperty().get();
                Label name = new Label(ledger.companyName(e.companyId()));
                name.getStyleClass().add("runway-head");
                Label months = new Label(String.format(Locale.ROOT, "%.1f months", e.months()));
                months.getStyleClass().add("runway-months");
                javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
                javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
                var head = new javafx.scene.layout.HBox(6, name, gap, months);
                String burn = e.currency() == null ? FigureText.plain(e.monthlyBurn())
                        : FigureText.money(e.monthlyBurn(), e.currency());
                Label sum = new Label("cash " + FigureText.normalised(e.cash()) + " ÷ burn " + burn + " / month");
                sum.setWrapText(true);
                Label basis = new Label(e.oneReport() ? "from one report:" : "across reports (no report gives both):");
                basis.getStyleClass().add("text-muted");
                VBox box = new VBox(2, head, sum, basis, link("cash: " + ledger.reportTitle(e.cash().reportId()),
                        e.cash(), navigator));
                if (!e.oneReport()) {
                    box.getChildren().add(link("burn: " + ledger.reportTitle(e.burn().reportId()), e.burn(), navigator));
                } else {
                    ((Hyperlink) box.getChildren().get(3)).setText(ledger.reportTitle(e.cash().reportId()));
                }
                box.setPadding(new Insets(2, 0, 4, 0));
                setGraphic(box);
            }
        });
        model.ledgerProperty().addListener((o, a, b) -> list.getItems().setAll(b.runway()));
        return list;
    }

    private static Hyperlink link(String text, Figure f, Navigator navigator) {
        Hyperlink link = new Hyperlink(text);
        link.setWrapText(true);
        link.setMinWidth(0);
        link.setTooltip(new javafx.scene.control.Tooltip(f.quote()));
        link.setOnAction(x -> navigator.openAt(f.reportId(), f.start(), f.end()));
        return link;
    }

    static String sources(Ledger ledger, Runway.Estimate e) {
        if (e.oneReport()) {
            return "one report: " + ledger.reportTitle(e.cash().reportId());
        }
        return "across reports: cash from " + ledger.reportTitle(e.cash().reportId()) + "; burn from "
                + ledger.reportTitle(e.burn().reportId());
    }
}
