package app.dossier.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A heat map of tagged passages, company × theme, with the count written in each cell. */
final class CompanyThemeChart {
    private static final Color LOW = new Color(0xF4F7FB);
    private static final Color HIGH = new Color(0x2B5C8A);

    private CompanyThemeChart() {
    }

    static BuiltChart build(ChartInput in) {
        Map<String, Map<String, Integer>> counts = in.themeCounts();
        Map<String, Integer> companyTotals = new LinkedHashMap<>();
        Map<String, Integer> themeTotals = new LinkedHashMap<>();
        counts.forEach((company, row) -> row.forEach((theme, n) -> {
            companyTotals.merge(company, n == null ? 0 : n, Integer::sum);
            themeTotals.merge(theme, n == null ? 0 : n, Integer::sum);
        }));
        List<String> companies = sortedByTotal(companyTotals);
        List<String> themes = sortedByTotal(themeTotals);

        int cells = companies.size() * themes.size();
        double[][] xyz = new double[3][cells];
        TracedItems items = new TracedItems();
        List<ChartResult.Series> series = new ArrayList<>();
        int max = 1;
        int i = 0;
        for (int t = 0; t < themes.size(); t++) {
            String theme = themes.get(t);
            List<ChartResult.Point> points = new ArrayList<>();
            for (int c = 0; c < companies.size(); c++) {
                String company = companies.get(c);
                Integer n = counts.getOrDefault(company, Map.of()).get(theme);
                int count = n == null ? 0 : n;
                max = Math.max(max, count);
                xyz[0][i] = t;
                // first company at the top
                xyz[1][i] = companies.size() - 1 - c;
                xyz[2][i] = count;
                i++;
                items.put(theme, company, List.of(), Integer.toString(count),
                        company + " × " + theme + ": " + count + " tagged passage" + (count == 1 ? "" : "s"));
                points.add(new ChartResult.Point(company, company, count, null, false, Integer.toString(count), List.of()));
            }
            series.add(new ChartResult.Series(theme, "passages", points));
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("passages", xyz);

        List<String> reversed = new ArrayList<>(companies);
        java.util.Collections.reverse(reversed);
        SymbolAxis themeAxis = new SymbolAxis(null, themes.toArray(new String[0]));
        themeAxis.setGridBandsVisible(false);
        themeAxis.setVerticalTickLabels(themes.stream().mapToInt(String::length).max().orElse(0) > 12);
        SymbolAxis companyAxis = new SymbolAxis(null, reversed.toArray(new String[0]));
        companyAxis.setGridBandsVisible(false);
        XYBlockRenderer renderer = new XYBlockRenderer();
        // slightly smaller blocks leave thin white lines between cells
        renderer.setBlockWidth(0.97);
        renderer.setBlockHeight(0.94);
        ShadeScale scale = new ShadeScale(max);
        renderer.setPaintScale(scale);
        renderer.setDefaultToolTipGenerator((data, s, item) -> items.tooltip(
                themes.get((int) data.getXValue(s, item)), reversed.get((int) data.getYValue(s, item))));
        XYPlot plot = new XYPlot(dataset, themeAxis, companyAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (cells == 0) {
            plot.setDataset(null);
        }

        JFreeChart chart = ChartStyle.chart("Tagged passages by company and theme", plot, false);
        Font cellFont = ChartFonts.system().font(Font.PLAIN, 11);
        for (int k = 0; k < cells; k++) {
            int count = (int) xyz[2][k];
            XYTextAnnotation label = new XYTextAnnotation(Integer.toString(count), xyz[0][k], xyz[1][k]);
            label.setFont(cellFont);
            label.setPaint(count > max * 0.55 ? Color.WHITE : (count == 0 ? ChartStyle.MUTED : ChartStyle.TEXT));
            plot.addAnnotation(label);
        }
        NumberAxis legendAxis = new NumberAxis("passages");
        ChartStyle.styleAxis(legendAxis);
        legendAxis.setRange(0, max);
        legendAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(4, 10, 4, 4));
        legend.setStripWidth(10);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);

        String description = "Count of tagged passages per company and theme; companies and themes ordered by total.";
        ChartResult result = new ChartResult(ChartType.COMPANY_THEME.id(), chart.getTitle().getText(), null,
                description, series, null, List.of(), List.of());
        return new BuiltChart(chart, result, items);
    }

    private static List<String> sortedByTotal(Map<String, Integer> totals) {
        return totals.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }

    /** From near-white at zero to a calm blue at the maximum. */
    private record ShadeScale(double max) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return max;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(0, Math.min(1, value / max));
            return new Color(mix(LOW.getRed(), HIGH.getRed(), t), mix(LOW.getGreen(), HIGH.getGreen(), t),
                    mix(LOW.getBlue(), HIGH.getBlue(), t));
        }

        private static int mix(int a, int b, double t) {
            return (int) Math.round(a + (b - a) * t);
        }
    }
}
