package app.dossier.charts;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

import java.awt.Color;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Shares by company as horizontal bars. A range ("50–80 %") is a floating bar from its low to its high
 * end in a lighter tint, so nobody reads a midpoint the source never gave.
 */
final class MarketShareChart {
    private static final Set<String> METRICS = Set.of(Metric.MARKET_SHARE, Metric.PENETRATION);

    private MarketShareChart() {
    }

    /** The requested metric, else the one with the most figures (market share on a tie). */
    static String chooseMetric(List<Figure> figures, String requested) {
        if (requested != null && METRICS.contains(requested)) {
            return requested;
        }
        long shares = figures.stream().filter(f -> Metric.MARKET_SHARE.equals(f.metric())).count();
        long penetration = figures.stream().filter(f -> Metric.PENETRATION.equals(f.metric())).count();
        return penetration > shares ? Metric.PENETRATION : Metric.MARKET_SHARE;
    }

    /** The figures plotted: of the chosen metric, one per company and period (see {@link FigureSelection#preferred}). */
    static Map<String, Map<String, List<Figure>>> groups(FigureSelection sel, String metric) {
        List<Figure> figures = sel.usable(Set.of(metric));
        boolean anyPeriod = figures.stream().anyMatch(f -> f.period() != null);
        boolean severalBases = bases(figures).size() > 1;
        Map<String, Map<String, List<Figure>>> bySeries = new TreeMap<>();
        for (Figure f : figures) {
            String series = anyPeriod ? (f.period() == null ? "period not stated" : f.period()) : label(metric);
            if (severalBases) {
                // shares of different markets never share a bar group unnamed: each basis is its own series
                series = (f.basis() == null ? "basis not stated" : f.basis()) + (anyPeriod ? ", " + series : "");
            }
            bySeries.computeIfAbsent(series, k -> new LinkedHashMap<>())
                    .computeIfAbsent(sel.companyName(f.companyId()), k -> new ArrayList<>()).add(f);
        }
        bySeries.values().forEach(m -> m.values().forEach(l -> l.sort(sel.preferred())));
        return bySeries;
    }

    /** The distinct bases ("enterprise LLM spend", "API usage") the figures are shares of, as written. */
    static List<String> bases(List<Figure> figures) {
        return figures.stream().map(Figure::basis).filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /** "Market share of enterprise LLM spend by company"; with several bases the title says they differ. */
    static String title(String metric, List<String> bases, String period) {
        String of = bases.size() == 1 ? " of " + bases.get(0) : "";
        String differ = bases.size() > 1 ? " (different bases: " + String.join("; ", bases) + ")" : "";
        return label(metric) + of + " by company" + (period == null ? "" : ", " + period) + differ;
    }

    static String label(String metric) {
        return Metric.PENETRATION.equals(metric) ? "Penetration" : "Market share";
    }

    static BuiltChart build(ChartInput in) {
        FigureSelection sel = new FigureSelection(in);
        String metric = chooseMetric(sel.usable(METRICS), in.metric());
        Map<String, Map<String, List<Figure>>> groups = groups(sel, metric);

        List<String> seriesKeys = new ArrayList<>(groups.keySet());
        Map<String, Double> order = new LinkedHashMap<>();
        groups.values().forEach(m -> m.forEach((company, figs) ->
                order.merge(company, high(figs.get(0)), Math::max)));
        List<String> companies = order.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).collect(Collectors.toList());

        Number[][] starts = new Number[seriesKeys.size()][companies.size()];
        Number[][] ends = new Number[seriesKeys.size()][companies.size()];
        TracedItems items = new TracedItems();
        List<ChartResult.Series> series = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Figure> plotted = new ArrayList<>();
        Map<String, Boolean> isRange = new LinkedHashMap<>();
        for (int s = 0; s < seriesKeys.size(); s++) {
            String key = seriesKeys.get(s);
            List<ChartResult.Point> points = new ArrayList<>();
            for (int c = 0; c < companies.size(); c++) {
                String company = companies.get(c);
                List<Figure> figs = groups.get(key).get(company);
                if (figs == null) {
                    continue;
                }
                Figure f = figs.get(0);
                boolean range = f.valueMax() != null;
                starts[s][c] = range ? f.value() : 0.0;
                ends[s][c] = high(f);
                isRange.put(s + "/" + c, range);
                String text = ValueFormat.percent(f.value(), f.valueMax(), f.approx());
                items.put(key, company, List.of(f), text, sel.tooltip(List.of(f), x -> text));
                points.add(new ChartResult.Point(company, company, f.value(), f.valueMax(), f.approx(), text,
                        List.of(f.id())));
                plotted.add(f);
                for (Figure other : figs.subList(1, figs.size())) {
                    notes.add(company + " (" + key + "): also " + ValueFormat.percent(other.value(), other.valueMax(),
                            other.approx()) + " in " + sel.reportTitle(other.reportId()) + " [" + other.id() + "], not plotted");
                }
            }
            series.add(new ChartResult.Series(key, "%", points));
        }

        DefaultIntervalCategoryDataset dataset = new DefaultIntervalCategoryDataset(
                seriesKeys.toArray(new Comparable[0]), companies.toArray(new Comparable[0]), starts, ends);
        IntervalBarRenderer renderer = new RangeAwareRenderer(isRange);
        ChartStyle.labelAtEnd(renderer, items, 4);

        NumberAxis axis = new NumberAxis(label(metric) + " (%)");
        double max = order.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        axis.setRange(0, max <= 100 ? Math.min(100, Math.max(10, Math.ceil(max * 1.25 / 10) * 10)) : max * 1.15);
        axis.setNumberFormatOverride(new DecimalFormat("0'%'"));
        ChartStyle.niceTicks(axis, axis.getUpperBound());
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);

        String title = title(metric, bases(sel.usable(Set.of(metric))), in.period());
        JFreeChart chart = ChartStyle.chart(title, plot, seriesKeys.size() > 1);
        ((CategoryAxis) plot.getDomainAxis()).setCategoryMargin(0.3);
        renderer.setMaximumBarWidth(0.09 * Math.max(1, seriesKeys.size()));
        // the style turns outlines off; a range keeps a solid edge so its light fill still reads as a bar
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlineStroke(new java.awt.BasicStroke(1.2f));
        if (isRange.containsValue(true)) {
            ChartStyle.addNote(chart, "Light bars span a range the source gives (low to high end), not a single value.");
        }
        List<String> sources = sel.reportTitles(plotted);
        ChartStyle.addSources(chart, sources);

        String description = label(metric) + " (" + metric + ") per company" + (in.period() == null ? "" : " for " + in.period())
                + "; " + plotted.size() + " figure(s) plotted, one per company and period (confirmed first, then latest)."
                + " Ranges are drawn from their low to their high end.";
        ChartResult result = new ChartResult(ChartType.MARKET_SHARE.id(), title, null, description, series, null,
                sources, notes);
        return new BuiltChart(chart, result, items);
    }

    private static double high(Figure f) {
        return f.valueMax() != null ? f.valueMax() : f.value();
    }

    /** Point values as solid bars from zero; ranges as lighter floating bars with a solid outline. */
    private static final class RangeAwareRenderer extends IntervalBarRenderer {
        private final Map<String, Boolean> isRange;

        RangeAwareRenderer(Map<String, Boolean> isRange) {
            this.isRange = isRange;
        }

        private boolean range(int row, int column) {
            return isRange.getOrDefault(row + "/" + column, false);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            Paint p = super.getItemPaint(row, column);
            return range(row, column) && p instanceof Color c ? ChartStyle.lighter(c, 0.55) : p;
        }

        @Override
        public Paint getItemOutlinePaint(int row, int column) {
            return super.getItemPaint(row, column);
        }
    }
}
