package app.dossier.ui.insights;

import app.dossier.library.insights.LibraryInsights.Matrix;
import app.dossier.model.Company;
import app.dossier.model.Theme;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * Companies by themes as a heat grid: each cell counts the theme passages naming the company
 * (the charts' rule). Clicking a cell lists those passages below.
 */
final class MatrixPanel extends SplitPane {
    private static final double CELL_WIDTH = 104;
    private final InsightsView view;
    private final GridPane grid = new GridPane();
    private final Label caption = new Label("Click a cell to see the passages behind it");
    private final PassageList passages;
    private InsightsViewModel data;
    private String selectedCompany;
    private String selectedTheme;
    private Label selectedCell;

    MatrixPanel(InsightsView view) {
        this.view = view;
        setOrientation(Orientation.VERTICAL);
        grid.setId("matrix-grid");
        grid.getStyleClass().add("matrix-grid");
        grid.setHgap(2);
        grid.setVgap(2);
        grid.setPadding(new Insets(8));
        Label legend = new Label("Theme passages (rejected ones apart) that name the company; darker = more. "
                + "Click a cell for its passages.");
        legend.getStyleClass().add("text-muted");
        legend.setPadding(new Insets(8, 8, 0, 8));
        ScrollPane scroll = new ScrollPane(new VBox(legend, grid));
        scroll.setFitToWidth(false);
        passages = new PassageList(view.navigator(), "The passages of the chosen cell appear here");
        passages.setId("matrix-passages");
        caption.getStyleClass().add("title-4");
        caption.setId("matrix-caption");
        VBox bottom = new VBox(6, caption, passages);
        VBox.setVgrow(passages, javafx.scene.layout.Priority.ALWAYS);
        bottom.setPadding(new Insets(8));
        getItems().addAll(scroll, bottom);
        setDividerPositions(0.6);
    }

    void show(InsightsViewModel insights) {
        data = insights;
        Matrix m = insights.matrix();
        grid.getChildren().clear();
        selectedCell = null;
        if (m.companies().isEmpty()) {
            grid.add(new Label("No theme passage names a company yet."), 0, 0);
            passages.getItems().clear();
            return;
        }
        for (int j = 0; j < m.themes().size(); j++) {
            Label head = new Label(m.themes().get(j).name());
            head.getStyleClass().add("matrix-head");
            head.setWrapText(true);
            head.setPrefWidth(CELL_WIDTH);
            head.setMinWidth(CELL_WIDTH);
            head.setAlignment(Pos.BOTTOM_CENTER);
            head.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            GridPane.setHalignment(head, HPos.CENTER);
            Theme theme = m.themes().get(j);
            head.setTooltip(new Tooltip("Click: show the reports carrying “" + theme.name() + "” in the library"));
            head.setOnMouseClicked(e -> view.navigator().filterLibraryByTheme(theme.id()));
            grid.add(head, j + 1, 0);
        }
        boolean keepSelection = false;
        for (int i = 0; i < m.companies().size(); i++) {
            Company c = m.companies().get(i);
            Label name = new Label(c.name());
            name.getStyleClass().add("matrix-row-head");
            name.setMaxWidth(200);
            name.setTooltip(new Tooltip("Click: show the reports mentioning " + c.name() + " in the library"));
            name.setOnMouseClicked(e -> view.navigator().filterLibraryByCompany(c.id()));
            grid.add(name, 0, i + 1);
            for (int j = 0; j < m.themes().size(); j++) {
                Label cell = cell(m, c, m.themes().get(j), m.counts()[i][j]);
                grid.add(cell, j + 1, i + 1);
                if (c.id().equals(selectedCompany) && m.themes().get(j).id().equals(selectedTheme)) {
                    select(cell, c, m.themes().get(j));
                    keepSelection = true;
                }
            }
        }
        if (!keepSelection) {
            selectedCompany = null;
            selectedTheme = null;
            caption.setText("Click a cell to see the passages behind it");
            passages.getItems().clear();
        }
    }

    private Label cell(Matrix m, Company c, Theme t, int count) {
        Label cell = new Label(count == 0 ? "" : String.valueOf(count));
        cell.getStyleClass().add("matrix-cell");
        cell.setId("cell-" + c.id() + "--" + t.id());
        cell.setPrefSize(CELL_WIDTH, 26);
        cell.setMinSize(CELL_WIDTH, 26);
        cell.setAlignment(Pos.CENTER);
        double heat = m.max() == 0 ? 0 : Math.sqrt((double) count / m.max());
        // heat on a square-root scale so single passages stay visible beside the busiest cell
        cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(9,105,218,%.2f);%s",
                count == 0 ? 0.03 : 0.12 + 0.78 * heat, heat > 0.6 ? " -fx-text-fill: white;" : ""));
        if (count > 0) {
            cell.getStyleClass().add("matrix-cell-filled");
            cell.setTooltip(new Tooltip(c.name() + " × " + t.name() + ": " + count
                    + (count == 1 ? " passage" : " passages")));
            cell.setOnMouseClicked(e -> select(cell, c, t));
        }
        return cell;
    }

    private void select(Label cell, Company c, Theme t) {
        if (selectedCell != null) {
            selectedCell.getStyleClass().remove("matrix-cell-selected");
        }
        selectedCell = cell;
        cell.getStyleClass().add("matrix-cell-selected");
        selectedCompany = c.id();
        selectedTheme = t.id();
        var list = data.cellPassages(c.id(), t.id());
        caption.setText(c.name() + " × " + t.name() + " — " + list.size() + (list.size() == 1 ? " passage" : " passages"));
        passages.show(list, view.currentReportId());
    }
}
