package app.dossier.ui.common;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps onto a second line instead of ending in "…": "3,017 million dollars" cut
 * to "3,017 million …" loses the unit a reader needs. The row grows to the tallest cell.
 */
public final class WrappingCell<S> extends TableCell<S, String> {
    /** The cell's left and right padding in the theme, which the text must stay inside. */
    private static final double PADDING = 16;

    private final Text text = new Text();

    public WrappingCell() {
        text.getStyleClass().add("text");
        // bound to the column's width, known before the row is measured (the cell's own width comes after, too
        // late: the row would keep the height of fewer lines and clip the rest)
        tableColumnProperty().addListener((o, old, column) -> {
            text.wrappingWidthProperty().unbind();
            if (column != null) {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefHeight(Control.USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setGraphic(empty ? null : text);
        setText(null);
    }

}
