package app.dossier.ui.charts;

import app.dossier.charts.ChartType;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What the Charts tab shows instead of an empty axis: why there is nothing to plot and what to do about it. */
final class ChartEmptyState extends VBox {
    private final Label head = new Label();
    private final Label advice = new Label();
    private final Button includeSuggested = new Button("Include suggested figures");

    ChartEmptyState() {
        super(10);
        setId("chart-empty");
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        head.getStyleClass().add("title-4");
        head.setId("chart-empty-head");
        advice.setWrapText(true);
        advice.setMaxWidth(620);
        advice.getStyleClass().add("text-muted");
        advice.setId("chart-empty-advice");
        includeSuggested.managedProperty().bind(includeSuggested.visibleProperty());
        getChildren().addAll(head, advice, includeSuggested);
    }

    void explain(ChartType type, boolean noReports, boolean noFigures, long suggestedHidden, Runnable showSuggested) {
        includeSuggested.setVisible(suggestedHidden > 0);
        includeSuggested.setOnAction(e -> showSuggested.run());
        if (noReports) {
            head.setText("No reports yet");
            advice.setText("Import reports with File ▸ Import files… (Ctrl+O) or drop them on the window: "
                    + "Dossier reads their figures, and this tab charts them.");
        } else if (suggestedHidden > 0) {
            head.setText("Nothing confirmed for this chart yet");
            advice.setText(suggestedHidden + (suggestedHidden == 1 ? " figure was" : " figures were")
                    + " found but nobody has confirmed them. Show them as unconfirmed, or confirm them in the Ledger "
                    + "tab (select a row, press C).");
        } else {
            head.setText("Nothing to chart here yet");
            advice.setText("No report in the library gives " + needs(type) + (noFigures ? "" : " for the companies "
                    + "and period chosen") + ". Pick another chart above, or add a figure by hand: select its passage "
                    + "in the reader ▸ right click ▸ Add figure from selection…");
        }
    }

    private static String needs(ChartType type) {
        return switch (type == null ? ChartType.BURN_RATE : type) {
            case MARKET_SHARE -> "a market share or penetration figure";
            case BURN_RATE -> "a company's cash or monthly burn";
            case FUNDING -> "a company's funding or valuation";
            case COMPANY_THEME -> "a theme passage naming a company";
            case THEME_MOMENTUM -> "a dated report with theme passages";
        };
    }

    static String unconfirmedLine(long suggested, long plotted) {
        return (suggested == plotted ? "All " + plotted + " figures" : suggested + " of " + plotted + " figures")
                + " drawn here are suggestions nobody has confirmed yet (lighter, dashed outline). Confirm or "
                + "reject them in the Ledger tab (select a row, press C or R), or click a bar to read its source.";
    }
}
