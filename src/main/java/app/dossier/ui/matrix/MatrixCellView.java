package app.dossier.ui.matrix;

import app.dossier.matrix.CellSource;
import app.dossier.matrix.ComparisonMatrix;
import app.dossier.matrix.MatrixCell;
import app.dossier.ui.common.Navigator;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * One matrix cell on screen: the value, then its as-of date, state and how many reports stand behind it,
 * styled by state (matrix.css). A click opens the first source in the reader; the context menu and the
 * tooltip list every source.
 */
final class MatrixCellView extends TableCell<ComparisonMatrix.Row, MatrixCell> {
    private static final List<String> STATE_CLASSES = List.of("matrix-confirmed", "matrix-suggested",
            "matrix-conflicting", "matrix-computed", "matrix-empty");

    private final Navigator navigator;
    private final Label value = new Label();
    private final Label about = new Label();
    private final VBox box = new VBox(1, value, about);

    MatrixCellView(Navigator navigator) {
        this.navigator = navigator;
        value.getStyleClass().add("matrix-value");
        about.getStyleClass().add("matrix-about");
        // the row is as tall as its tallest cell; a label allowed to shrink below its text cut the last line
        value.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        about.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        setOnMouseClicked(e -> {
            MatrixCell c = getItem();
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && c != null && !c.sources().isEmpty()) {
                open(c.sources().get(0));
            }
        });
    }

    @Override
    protected void updateItem(MatrixCell c, boolean empty) {
        super.updateItem(c, empty);
        getStyleClass().removeAll(STATE_CLASSES);
        setContextMenu(null);
        setTooltip(null);
        if (empty || c == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        if (c.isEmpty()) {
            value.setText("–");
            about.setText("");
            getStyleClass().add("matrix-empty");
            setTooltip(new Tooltip(c.note()));
            setGraphic(box);
            return;
        }
        value.setText(c.display());
        // one part per line: "as of …, suggested, 2 sources" on one line is wider than a column
        about.setText(c.about().replace(", ", "\n"));
        getStyleClass().add("matrix-" + c.state().code());
        StringBuilder tip = new StringBuilder(c.note() == null || c.note().isEmpty() ? "" : c.note() + "\n");
        ContextMenu menu = new ContextMenu();
        for (CellSource s : c.sources()) {
            tip.append("\n").append(s.citation());
            MenuItem open = new MenuItem("Open " + s.reportTitle() + (s.published() == null ? "" : " (" + s.published() + ")"));
            open.setOnAction(e -> open(s));
            menu.getItems().add(open);
        }
        Tooltip tooltip = new Tooltip(tip.toString().strip());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        setTooltip(tooltip);
        setContextMenu(menu);
        setGraphic(box);
    }

    private void open(CellSource s) {
        navigator.openAt(s.reportId(), s.start(), s.end());
    }
}
