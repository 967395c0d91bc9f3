package app.dossier.charts;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.model.ReviewStatus;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Funding raised and valuation per company, side by side, in one currency. When a company has several
 * figures of a kind, the confirmed one from the latest known period wins, else the largest (a total
 * usually contains its rounds; valuations mostly rise); the others are listed in the notes.
 */
final class FundingChart {
    static final String FUNDING = "Funding";
    static final String VALUATION = "Valuation";
    private static final double LOG_SCALE_SPAN = 100;

    private FundingChart() {
    }

    /** Linear, unless the values span more than two orders of magnitude: then a log scale, so small rounds stay visible. */
    private static ValueAxis valueAxis(MoneyConverter money, List<ChartResult.Series> series) {
        DoubleSummaryStatistics stats = series.stream().flatMap(s -> s.points().stream())
                .mapToDouble(ChartResult.Point::value).filter(v -> v > 0).summaryStatistics();
        MoneyAxisFormat format = new MoneyAxisFormat(money.target(), money.rates());
        if (stats.getCount() > 1 && stats.getMax() / stats.getMin() > LOG_SCALE_SPAN) {
            LogAxis log = new LogAxis(money.target() + ", log scale");
            log.setNumberFormatOverride(format);
            log.setRange(Math.pow(10, Math.floor(Math.log10(stats.getMin()))), stats.getMax() * 6);
            log.setMinorTickCount(0);
            log.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1, format));
            return log;
        }
        NumberAxis axis = new NumberAxis(money.target());
        axis.setNumberFormatOverride(format);
        axis.setUpperMargin(0.18);
        return axis;
    }

    static BuiltChart build(ChartInput in) {
        FigureSelection sel = new FigureSelection(in);
        MoneyConverter money = new MoneyConverter(in.rates(), in.currency());
        List<String> notes = new ArrayList<>();
        Map<String, Map<String, List<Figure>>> byMetric = new LinkedHashMap<>();
        byMetric.put(Metric.FUNDING, new LinkedHashMap<>());
        byMetric.put(Metric.VALUATION, new LinkedHashMap<>());
        for (Figure f : sel.usable(Set.of(Metric.FUNDING, Metric.VALUATION))) {
            if (!money.canConvert(f)) {
                notes.add(sel.companyName(f.companyId()) + ": " + f.metric() + " in " + f.currency()
                        + " has no exchange rate [" + f.id() + "], not plotted");
                continue;
            }
            byMetric.get(f.metric()).computeIfAbsent(sel.companyName(f.companyId()), k -> new ArrayList<>()).add(f);
        }
        Comparator<Figure> pick = Comparator.<Figure, Boolean>comparing(f -> f.status() != ReviewStatus.CONFIRMED)
                .thenComparing(Figure::period, Comparator.nullsLast(Comparator.<String>reverseOrder()))
                .thenComparing(f -> -money.convert(f.value(), f.currency()));

        Map<String, Double> largest = new LinkedHashMap<>();
        byMetric.values().forEach(m -> m.forEach((company, figs) -> {
            figs.sort(pick);
            largest.merge(company, money.convert(figs.get(0).value(), figs.get(0).currency()), Math::max);
        }));
        List<String> companies = largest.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList();

        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        TracedItems items = new TracedItems();
        List<ChartResult.Series> series = new ArrayList<>();
        List<Figure> plotted = new ArrayList<>();
        for (String metric : byMetric.keySet()) {
            String key = Metric.FUNDING.equals(metric) ? FUNDING : VALUATION;
            List<ChartResult.Point> points = new ArrayList<>();
            for (String company : companies) {
                List<Figure> figs = byMetric.get(metric).get(company);
                if (figs == null) {
                    dataset.addValue(null, key, company);
                    continue;
                }
                Figure f = figs.get(0);
                double value = money.convert(f.value(), f.currency());
                String text = (f.approx() ? "≈" : "") + money.format(value);
                String orig = money.original(f, f.value());
                dataset.addValue(value, key, company);
                items.put(key, company, List.of(f), text,
                        sel.tooltip(List.of(f), x -> text + (orig == null ? "" : " (" + orig + ")")));
                points.add(new ChartResult.Point(company, company, value, null, f.approx(), text, List.of(f.id())));
                plotted.add(f);
                for (Figure other : figs.subList(1, figs.size())) {
                    notes.add(company + ": also " + metric + " " + ValueFormat.money(other.value(), other.currency(),
                            money.rates()) + " in " + sel.reportTitle(other.reportId()) + " [" + other.id() + "], not plotted");
                }
            }
            series.add(new ChartResult.Series(key, money.target(), points));
        }

        BarRenderer renderer = new CenteringBarRenderer(items);
        renderer.setDrawBarOutline(true);
        ChartStyle.labelAtEnd(renderer, items, 4);
        ValueAxis axis = valueAxis(money, series);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = ChartStyle.chart("Funding and valuation by company", plot, true);
        renderer.setMaximumBarWidth(0.2);
        String note = money.note();
        if (note != null) {
            ChartStyle.addNote(chart, note);
        }
        List<String> sources = sel.reportTitles(plotted);
        ChartStyle.addSources(chart, sources);

        String description = "Funding raised (one round or in total, as the source says) and valuation per company in "
                + money.target() + ". Of several figures of a kind, the confirmed one of the latest known period "
                + "is plotted, else the largest.";
        ChartResult result = new ChartResult(ChartType.FUNDING.id(), chart.getTitle().getText(), money.target(),
                description, series, money.used(), sources, notes);
        return new BuiltChart(chart, result, items);
    }
}
