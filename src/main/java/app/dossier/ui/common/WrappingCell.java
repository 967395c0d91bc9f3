package app.dossier.ui.common;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps onto a second line instead of ending in "…": "3,017 million dollars" cut
 * to "3,017 million …" loses the unit a reader needs. The row grows to the tallest cell, up to a number of
 * lines when one is given: a report's long headline in a narrow column would otherwise make each row nine
 * lines tall and leave three rows on the screen. A text cut there ends in "…" and shows whole as tooltip.
 */
public final class WrappingCell<S> extends TableCell<S, String> {
    /** The cell's left and right padding in the theme, which the text must stay inside. */
    private static final double PADDING = 16;

    private final Text text = new Text();
    private final int maxLines;
    private String whole = "";
    /** What the shown text was fitted for; fitting again is needed only when one of them changes. */
    private String fittedText;
    private double fittedWidth;
    private Font fittedFont;

    /** A cell that shows all of its text, however many lines it takes. */
    public WrappingCell() {
        this(0);
    }

    /** @param maxLines the lines a cell shows at most (0: no limit) */
    public WrappingCell(int maxLines) {
        this.maxLines = maxLines;
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
        whole = empty || item == null ? "" : item;
        text.setText(whole);
        fittedText = null;
        setTooltip(null);
        setGraphic(empty ? null : text);
        setText(null);
    }

    @Override
    protected double computePrefHeight(double width) {
        fitToLines();
        return super.computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        fitToLines();
        super.layoutChildren();
    }

    /** Cuts the text to the longest start that, with "…", fits in maxLines at the column's width. */
    private void fitToLines() {
        double width = text.getWrappingWidth();
        Font font = text.getFont();
        if (maxLines <= 0 || whole.isEmpty() || width <= 0
                || (whole.equals(fittedText) && width == fittedWidth && font.equals(fittedFont))) {
            return;
        }
        fittedText = whole;
        fittedWidth = width;
        fittedFont = font;
        text.setText(whole);
        double limit = lineHeight(font, whole) * maxLines + 0.5;
        if (text.getLayoutBounds().getHeight() <= limit) {
            setTooltip(null);
            return;
        }
        int fits = 0;
        int tooLong = whole.length();
        while (tooLong - fits > 1) {
            int mid = (fits + tooLong) >>> 1;
            text.setText(cut(mid));
            if (text.getLayoutBounds().getHeight() <= limit) {
                fits = mid;
            } else {
                tooLong = mid;
            }
        }
        text.setText(cut(fits));
        Tooltip tip = new Tooltip(whole);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        setTooltip(tip);
    }

    private String cut(int length) {
        int end = length;
        if (end > 0 && Character.isHighSurrogate(whole.charAt(end - 1))) {
            end--; // never half a character
        }
        return whole.substring(0, end).stripTrailing() + "…";
    }

    /** One line's height, with the fallback font of the text's own script (a CJK line is taller than "Ag"). */
    private static double lineHeight(Font font, String sample) {
        String script = sample.codePoints().filter(c -> c > 0x2E7F).limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        Text probe = new Text("Ag" + script);
        probe.setFont(font);
        return probe.getLayoutBounds().getHeight();
    }

    /** The text as shown, cut or whole: what a reader sees in the cell. */
    public String shownText() {
        return text.getText();
    }
}
