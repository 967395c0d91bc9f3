package app.dossier.charts;

import app.dossier.money.ExchangeRates;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import java.awt.BasicStroke;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One company's money over time: a line per metric (funding rounds, valuation, revenue, cash, monthly burn), a
 * point per report date, all in one currency. Small enough for a profile page; styled like every other chart.
 */
public final class CompanyMoneyChart {
    /** One amount at a date, already in the chart's currency; {@code series} names its metric. */
    public record Point(LocalDate date, String series, double value) {
    }

    private CompanyMoneyChart() {
    }

    public static JFreeChart build(String title, List<Point> points, String currency, ExchangeRates rates) {
        Map<String, TimeSeries> series = new LinkedHashMap<>();
        for (Point p : points) {
            if (p.date() == null) {
                continue;
            }
            TimeSeries s = series.computeIfAbsent(p.series(), TimeSeries::new);
            // two amounts of one metric on one day (two reports): the later one read is kept, both stay in the timeline
            s.addOrUpdate(new Day(p.date().getDayOfMonth(), p.date().getMonthValue(), p.date().getYear()), p.value());
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        series.values().forEach(data::addSeries);
        DateAxis time = new DateAxis(null);
        time.setDateFormatOverride(new java.text.SimpleDateFormat("yyyy-MM"));
        if (data.getSeriesCount() > 0 && data.getDomainLowerBound(false) == data.getDomainUpperBound(false)) {
            // one date only: a year around it, not an axis of hours around midnight
            double at = data.getDomainLowerBound(false);
            double halfYear = 183 * 24 * 3600 * 1000.0;
            time.setRange(at - halfYear, at + halfYear);
        }
        NumberAxis amount = new NumberAxis(currency);
        amount.setNumberFormatOverride(new MoneyAxisFormat(currency, rates));
        amount.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            lines.setSeriesPaint(i, ChartStyle.seriesPaint(i));
            lines.setSeriesStroke(i, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(data, time, amount, lines);
        JFreeChart chart = ChartStyle.chart(title, plot, true);
        ChartStyle.addNote(chart, "Amounts in " + currency + " (burn per month), as of each report's date");
        return chart;
    }
}
