package app.dossier.charts;

import app.dossier.model.Figure;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.data.category.CategoryDataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For every plotted item (series × category): the figures behind it, its label on the chart and its
 * tooltip ("value, report title, quote"). The UI asks {@link #sourcesAt} on click to open the reader.
 */
public final class TracedItems {
    private record Key(String series, String category) {
    }

    private record Item(List<Figure> figures, String label, String tooltip) {
    }

    private final Map<Key, Item> items = new LinkedHashMap<>();

    void put(String series, String category, List<Figure> figures, String label, String tooltip) {
        items.put(new Key(series, category), new Item(List.copyOf(figures), label, tooltip));
    }

    public List<Figure> sourcesAt(Comparable<?> series, Comparable<?> category) {
        Item item = items.get(key(series, category));
        return item == null ? List.of() : item.figures();
    }

    public String label(Comparable<?> series, Comparable<?> category) {
        Item item = items.get(key(series, category));
        return item == null ? null : item.label();
    }

    public String tooltip(Comparable<?> series, Comparable<?> category) {
        Item item = items.get(key(series, category));
        return item == null ? null : item.tooltip();
    }

    public CategoryToolTipGenerator toolTips() {
        return (dataset, row, column) -> tooltip(dataset.getRowKey(row), dataset.getColumnKey(column));
    }

    public CategoryItemLabelGenerator labels() {
        return new CategoryItemLabelGenerator() {
            @Override
            public String generateRowLabel(CategoryDataset dataset, int row) {
                return String.valueOf(dataset.getRowKey(row));
            }

            @Override
            public String generateColumnLabel(CategoryDataset dataset, int column) {
                return String.valueOf(dataset.getColumnKey(column));
            }

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return label(dataset.getRowKey(row), dataset.getColumnKey(column));
            }
        };
    }

    private static Key key(Comparable<?> series, Comparable<?> category) {
        return new Key(String.valueOf(series), String.valueOf(category));
    }
}
