package app.dossier.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ListCell;

/**
 * A list row as wide as its list and as tall as its wrapped text. A plain ListCell asks its graphic for one
 * unwrapped line: long rows then push what sits at their right end (✓ and ✕) behind a horizontal
 * scrollbar, and wrapped labels are cut to one line with an ellipsis.
 */
public class FittingListCell<T> extends ListCell<T> {
    public FittingListCell() {
        setPrefWidth(0); // never wider than the list
    }

    @Override
    protected double computePrefHeight(double width) {
        Node graphic = getGraphic();
        double inner = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
        if (graphic == null || inner <= 0) {
            return super.computePrefHeight(width);
        }
        return snappedTopInset() + graphic.prefHeight(inner) + snappedBottomInset();
    }
}
