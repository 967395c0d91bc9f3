package app.dossier.charts;

import app.dossier.model.Figure;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.PiePlot;
import org.jfree.data.general.DefaultPieDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A pie of market shares, offered only when the slices are parts of one whole: one metric, one report
 * (figures carry no market, so one report stands in for "the same market"), one period, no ranges, and
 * a sum of at most 100 %. The rest of the whole is an explicit "Others / not stated" slice.
 */
public final class MarketSharePie {
    static final String REST = "Others / not stated";

    private MarketSharePie() {
    }

    static boolean partsOfOneWhole(List<Figure> figures) {
        if (figures.size() < 2) {
            return false;
        }
        Figure first = figures.get(0);
        double sum = 0;
        for (Figure f : figures) {
            if (f.valueMax() != null || !Objects.equals(f.reportId(), first.reportId())
                    || !Objects.equals(f.period(), first.period()) || !Objects.equals(f.metric(), first.metric())) {
                return false;
            }
            sum += f.value();
        }
        return sum <= 100.0 + 1e-9;
    }

    /** The pie for the market-share input, or empty when its figures are not parts of one whole. */
    public static Optional<JFreeChart> build(ChartInput in) {
        FigureSelection sel = new FigureSelection(in);
        String metric = MarketShareChart.chooseMetric(sel.usable(java.util.Set.of(app.dossier.model.Metric.MARKET_SHARE,
                app.dossier.model.Metric.PENETRATION)), in.metric());
        Map<String, Map<String, List<Figure>>> groups = MarketShareChart.groups(sel, metric);
        if (groups.size() != 1) {
            return Optional.empty();
        }
        List<Figure> figures = groups.values().iterator().next().values().stream().map(l -> l.get(0)).toList();
        if (!partsOfOneWhole(figures)) {
            return Optional.empty();
        }
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        double sum = 0;
        for (Figure f : figures) {
            data.setValue(sel.companyName(f.companyId()), f.value());
            sum += f.value();
        }
        if (100 - sum > 0.5) {
            data.setValue(REST, 100 - sum);
        }
        PiePlot<String> plot = new PiePlot<>(data);
        for (int i = 0; i < figures.size(); i++) {
            plot.setSectionPaint(sel.companyName(figures.get(i).companyId()), ChartStyle.PALETTE[i % ChartStyle.PALETTE.length]);
        }
        plot.setSectionPaint(REST, new Color(0xE6E6E6));
        plot.setShadowPaint(null);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(1.5f));
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1}%"));
        plot.setLabelFont(ChartFonts.system().font(Font.PLAIN, 11));
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        JFreeChart chart = ChartStyle.chart(MarketShareChart.label(metric) + ", " + sel.reportTitle(figures.get(0).reportId()),
                plot, false);
        ChartStyle.addSources(chart, sel.reportTitles(figures));
        return Optional.of(chart);
    }
}
