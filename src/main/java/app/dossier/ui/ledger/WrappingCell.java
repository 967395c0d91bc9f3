package app.dossier.ui.ledger;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * A ledger cell whose text wraps onto a second line instead of ending in "…": "3,017 million dollars" cut
 * to "3,017 million …" loses the unit a reader needs. The row grows to the tallest cell.
 */
final class WrappingCell<S> extends TableCell<S, String> {
    /** The cell's left and right padding in the theme, which the text must stay inside. */
    private static final double PADDING = 16;

    private final Text text = new Text();

    WrappingCell() {
        text.getStyleClass().add("text");
        text.wrappingWidthProperty().bind(widthProperty().subtract(PADDING));
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

    /** The text shown, for tests and accessibility. */
    String shownText() {
        return text.getText();
    }
}
