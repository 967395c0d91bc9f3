package app.dossier.charts;

import app.dossier.model.Figure;
import org.jfree.chart.JFreeChart;

import java.util.List;

/**
 * A drawn chart with what it plots. The UI wraps {@link #chart()} in a ChartViewer and, on a click on
 * an item, calls {@link #sourcesAt} with the item's series and category keys to open the reader.
 */
public record BuiltChart(JFreeChart chart, ChartResult result, TracedItems items) {

    public List<Figure> sourcesAt(Comparable<?> seriesKey, Comparable<?> categoryKey) {
        return items.sourcesAt(seriesKey, categoryKey);
    }
}
