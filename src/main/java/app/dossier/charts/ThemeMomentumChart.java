package app.dossier.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Tagged passages per theme per quarter of publication, as lines; quarters without passages count zero. */
final class ThemeMomentumChart {
    static final int MAX_THEMES = 8;

    private ThemeMomentumChart() {
    }

    static String quarter(LocalDate d) {
        return d.getYear() + " Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    static BuiltChart build(ChartInput in) {
        Map<String, Map<String, Integer>> byTheme = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        int undated = 0;
        for (ChartInput.DatedTheme p : in.themePassages()) {
            if (p.published() == null || p.theme() == null) {
                undated++;
                continue;
            }
            byTheme.computeIfAbsent(p.theme(), k -> new TreeMap<>()).merge(quarter(p.published()), 1, Integer::sum);
            totals.merge(p.theme(), 1, Integer::sum);
            first = first == null || p.published().isBefore(first) ? p.published() : first;
            last = last == null || p.published().isAfter(last) ? p.published() : last;
        }
        List<String> themes = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).limit(MAX_THEMES).toList();
        List<String> quarters = new ArrayList<>();
        for (LocalDate d = first == null ? null : first.withDayOfMonth(1); d != null && !d.isAfter(last); d = d.plusMonths(3)) {
            quarters.add(quarter(d));
        }
        if (last != null && !quarters.contains(quarter(last))) {
            quarters.add(quarter(last));
        }

        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        TracedItems items = new TracedItems();
        List<ChartResult.Series> series = new ArrayList<>();
        for (String theme : themes) {
            List<ChartResult.Point> points = new ArrayList<>();
            for (String q : quarters) {
                int n = byTheme.get(theme).getOrDefault(q, 0);
                dataset.addValue(n, theme, q);
                items.put(theme, q, List.of(), Integer.toString(n),
                        theme + ", " + q + ": " + n + " tagged passage" + (n == 1 ? "" : "s"));
                points.add(new ChartResult.Point(q, null, n, null, false, Integer.toString(n), List.of()));
            }
            series.add(new ChartResult.Series(theme, "passages", points));
        }

        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setDefaultToolTipGenerator(items.toolTips());
        for (int s = 0; s < themes.size(); s++) {
            renderer.setSeriesStroke(s, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            renderer.setSeriesShape(s, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        NumberAxis axis = new NumberAxis("Tagged passages");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setUpperMargin(0.12);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("Quarter of publication"), axis, renderer);
        JFreeChart chart = ChartStyle.chart("Theme momentum", plot, true);
        ((CategoryAxis) plot.getDomainAxis()).setCategoryMargin(0.1);

        List<String> notes = new ArrayList<>();
        if (undated > 0) {
            notes.add(undated + " passage(s) from reports without a publication date, not plotted");
        }
        if (totals.size() > themes.size()) {
            notes.add((totals.size() - themes.size()) + " smaller theme(s) left out; the chart shows the "
                    + MAX_THEMES + " most tagged");
        }
        String description = "Tagged passages per theme and quarter in which their report was published.";
        ChartResult result = new ChartResult(ChartType.THEME_MOMENTUM.id(), chart.getTitle().getText(), null,
                description, series, null, List.of(), notes);
        return new BuiltChart(chart, result, items);
    }
}
