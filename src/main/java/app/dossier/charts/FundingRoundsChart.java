package app.dossier.charts;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Funding rounds over time, one line per company, for the funding figures whose period is known
 * ("2024", "2025-Q3", "2025-06"). Figures without a period cannot be placed in time and are left out.
 */
public final class FundingRoundsChart {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern QUARTER = Pattern.compile("[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(19|20)\\d\\d[-/.](\\d{1,2})");

    private FundingRoundsChart() {
    }

    /** Empty when no funding figure has a period. */
    public static Optional<BuiltChart> build(ChartInput in) {
        FigureSelection sel = new FigureSelection(in);
        MoneyConverter money = new MoneyConverter(in.rates(), in.currency());
        List<Figure> dated = sel.usable(Set.of(Metric.FUNDING)).stream()
                .filter(f -> f.period() != null && YEAR.matcher(f.period()).find() && money.canConvert(f)).toList();
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        List<String> periods = dated.stream().map(Figure::period).distinct()
                .sorted(Comparator.comparingInt(FundingRoundsChart::monthIndex).thenComparing(Comparator.naturalOrder()))
                .toList();
        Map<String, Map<String, Figure>> byCompany = new LinkedHashMap<>();
        for (Figure f : dated) {
            byCompany.computeIfAbsent(sel.companyName(f.companyId()), k -> new TreeMap<>())
                    .merge(f.period(), f, (a, b) -> a.value() >= b.value() ? a : b);
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        TracedItems items = new TracedItems();
        List<ChartResult.Series> series = new ArrayList<>();
        for (Map.Entry<String, Map<String, Figure>> e : byCompany.entrySet()) {
            List<ChartResult.Point> points = new ArrayList<>();
            for (String period : periods) {
                Figure f = e.getValue().get(period);
                if (f == null) {
                    dataset.addValue(null, e.getKey(), period);
                    continue;
                }
                double value = money.convert(f.value(), f.currency());
                String text = (f.approx() ? "≈" : "") + money.format(value);
                dataset.addValue(value, e.getKey(), period);
                items.put(e.getKey(), period, List.of(f), text, sel.tooltip(List.of(f), x -> text + " raised"));
                points.add(new ChartResult.Point(period, e.getKey(), value, null, f.approx(), text, List.of(f.id())));
            }
            series.add(new ChartResult.Series(e.getKey(), money.target(), points));
        }
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setDefaultItemLabelGenerator(items.labels());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultToolTipGenerator(items.toolTips());
        for (int s = 0; s < byCompany.size(); s++) {
            renderer.setSeriesStroke(s, new BasicStroke(2f));
            renderer.setSeriesShape(s, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        }
        NumberAxis axis = new NumberAxis(money.target());
        axis.setNumberFormatOverride(new MoneyAxisFormat(money.target(), money.rates()));
        axis.setUpperMargin(0.15);
        Number max = org.jfree.data.general.DatasetUtils.findMaximumRangeValue(dataset);
        ChartStyle.niceTicks(axis, max == null ? 0 : max.doubleValue() * 1.15);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("Period"), axis, renderer);
        JFreeChart chart = ChartStyle.chart("Funding rounds over time", plot, true);
        if (money.note() != null) {
            ChartStyle.addNote(chart, money.note());
        }
        List<String> sources = sel.reportTitles(dated);
        ChartStyle.addSources(chart, sources);
        ChartResult result = new ChartResult(ChartType.FUNDING.id() + "-rounds", chart.getTitle().getText(),
                money.target(), "Funding figures with a known period, per company; of two in one period the larger.",
                series, money.used(), sources, List.of());
        return Optional.of(new BuiltChart(chart, result, items));
    }

    /** Months since year 0 for sorting: "2025" → Jan 2025, "2025-Q3" → Jul 2025, "2025-06" → Jun 2025. */
    static int monthIndex(String period) {
        Matcher y = YEAR.matcher(period);
        if (!y.find()) {
            return Integer.MAX_VALUE;
        }
        int month = 1;
        Matcher m = MONTH.matcher(period);
        Matcher q = QUARTER.matcher(period);
        if (q.find()) {
            month = (Integer.parseInt(q.group(1)) - 1) * 3 + 1;
        } else if (m.find()) {
            month = Math.max(1, Math.min(12, Integer.parseInt(m.group(2))));
        }
        return Integer.parseInt(y.group()) * 12 + month - 1;
    }
}
