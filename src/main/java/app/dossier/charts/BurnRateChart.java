package app.dossier.charts;

import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.money.Runway;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cash on hand beside monthly burn per company, both in one currency, with the runway (cash ÷ monthly
 * burn, in months) as diamonds on a second axis. Pairing: cash and burn from the same report when one
 * report has both (the most recently published such report), otherwise the preferred cash and burn
 * across reports, marked as such.
 */
final class BurnRateChart {
    static final String CASH = "Cash on hand";
    static final String BURN = "Monthly burn";
    static final String RUNWAY = "Runway (months)";

    private BurnRateChart() {
    }

    static BuiltChart build(ChartInput in) {
        FigureSelection sel = new FigureSelection(in);
        MoneyConverter money = new MoneyConverter(in.rates(), in.currency());
        Runway runwayRule = new Runway(new app.dossier.money.Money(in.rates()));
        List<String> notes = new ArrayList<>();

        Map<String, List<Figure>> byCompany = new LinkedHashMap<>();
        for (Figure f : sel.usable(Set.of(Metric.CASH, Metric.BURN))) {
            if (!money.canConvert(f)) {
                notes.add(sel.companyName(f.companyId()) + ": " + f.metric() + " in " + f.currency()
                        + " has no exchange rate [" + f.id() + "], not plotted");
            } else if (Metric.BURN.equals(f.metric()) && !runwayRule.usableBurn(f)) {
                notes.add(sel.companyName(f.companyId()) + ": burn without a stated period [" + f.id()
                        + "], not plotted (a burn counts as monthly only when the figure or its quote says so)");
            } else {
                byCompany.computeIfAbsent(f.companyId(), k -> new ArrayList<>()).add(f);
            }
        }
        List<CompanyPair> pairs = byCompany.entrySet().stream()
                .map(e -> CompanyPair.of(e.getKey(), e.getValue(), sel))
                .sorted(Comparator.comparingDouble((CompanyPair p) -> p.cash() == null ? 0 : p.cash().value()).reversed())
                .collect(Collectors.toList());

        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset runway = new DefaultCategoryDataset();
        TracedItems items = new TracedItems();
        List<ChartResult.Point> cashPoints = new ArrayList<>();
        List<ChartResult.Point> burnPoints = new ArrayList<>();
        List<ChartResult.Point> runwayPoints = new ArrayList<>();
        List<Figure> plotted = new ArrayList<>();
        List<String> pairing = new ArrayList<>();
        for (CompanyPair p : pairs) {
            String company = sel.companyName(p.companyId());
            Double cash = null;
            Double burn = null;
            if (p.cash() != null) {
                Figure f = p.cash();
                cash = money.convert(f.value(), f.currency());
                String text = (f.approx() ? "≈" : "") + money.format(cash);
                String orig = money.original(f, f.value());
                bars.addValue(cash, CASH, company);
                items.put(CASH, company, List.of(f), text,
                        sel.tooltip(List.of(f), x -> text + (orig == null ? "" : " (" + orig + ")") + " cash"));
                cashPoints.add(new ChartResult.Point(company, company, cash, null, f.approx(), text, List.of(f.id())));
                plotted.add(f);
            }
            if (p.burn() != null) {
                Figure f = p.burn();
                burn = money.convert(runwayRule.monthlyBurn(f).orElseThrow(), f.currency());
                String text = (f.approx() ? "≈" : "") + money.format(burn);
                String orig = money.original(f, f.value());
                String per = f.per() == null ? "" : " per " + f.per();
                bars.addValue(burn, BURN, company);
                items.put(BURN, company, List.of(f), text, sel.tooltip(List.of(f),
                        x -> text + " per month" + (orig == null ? "" : " (" + orig + per + ")")));
                burnPoints.add(new ChartResult.Point(company, company, burn, null, f.approx(), text, List.of(f.id())));
                plotted.add(f);
            }
            if (cash != null && burn != null && burn > 0) {
                double months = cash / burn;
                boolean approx = p.cash().approx() || p.burn().approx() || !p.sameReport();
                String text = ValueFormat.months(months, approx);
                List<Figure> both = List.of(p.cash(), p.burn());
                runway.addValue(months, RUNWAY, company);
                items.put(RUNWAY, company, both, text, text + " = " + money.format(cash) + " ÷ " + money.format(burn)
                        + " per month" + (p.sameReport() ? "" : " (across reports)") + "\n"
                        + sel.tooltip(both, f -> f.metric()));
                runwayPoints.add(new ChartResult.Point(company, company, months, null, approx, text,
                        FigureSelection.ids(both)));
                pairing.add(company + ": " + (p.sameReport() ? "from one report (" + sel.reportTitle(p.cash().reportId()) + ")"
                        : "across reports (cash: " + sel.reportTitle(p.cash().reportId()) + "; burn: "
                        + sel.reportTitle(p.burn().reportId()) + ")"));
            } else {
                // the second dataset must list the same categories in the same order, or its marks shift
                runway.addValue(null, RUNWAY, company);
                notes.add(company + ": no runway (" + (cash == null ? "no cash figure" : "no usable burn figure") + ")");
            }
        }

        JFreeChart chart = draw(bars, runway, items, money);
        String note = money.note();
        if (note != null) {
            ChartStyle.addNote(chart, note);
        }
        List<String> sources = sel.reportTitles(plotted);
        ChartStyle.addSources(chart, sources);

        String description = "Cash on hand and monthly burn per company in " + money.target()
                + "; runway = cash ÷ monthly burn, in months. A burn per year counts 1/12 per month; a burn without a "
                + "stated period counts as monthly only when its quote says so. Cash and burn come from one report when "
                + "a report gives both, else across reports. " + String.join("; ", pairing);
        List<ChartResult.Series> series = List.of(new ChartResult.Series(BURN, money.target() + " per month", burnPoints),
                new ChartResult.Series(CASH, money.target(), cashPoints),
                new ChartResult.Series(RUNWAY, "months", runwayPoints));
        ChartResult result = new ChartResult(ChartType.BURN_RATE.id(), chart.getTitle().getText(), money.target(),
                description, series, money.used(), sources, notes);
        return new BuiltChart(chart, result, items);
    }

    private static JFreeChart draw(DefaultCategoryDataset bars, DefaultCategoryDataset runway, TracedItems items,
                                   MoneyConverter money) {
        BarRenderer barRenderer = new CenteringBarRenderer(items);
        barRenderer.setDrawBarOutline(true);
        barRenderer.setDefaultItemLabelGenerator(items.labels());
        barRenderer.setDefaultItemLabelsVisible(true);
        barRenderer.setDefaultToolTipGenerator(items.toolTips());
        barRenderer.setSeriesPaint(0, ChartStyle.PALETTE[0]);
        barRenderer.setSeriesPaint(1, ChartStyle.PALETTE[1]);
        NumberAxis moneyAxis = new NumberAxis(money.target());
        moneyAxis.setNumberFormatOverride(new MoneyAxisFormat(money.target(), money.rates()));
        moneyAxis.setUpperMargin(0.15);
        Number maxBar = org.jfree.data.general.DatasetUtils.findMaximumRangeValue(bars);
        ChartStyle.niceTicks(moneyAxis, maxBar == null || Double.isNaN(maxBar.doubleValue()) ? 0 : maxBar.doubleValue() * 1.15);
        CategoryPlot plot = new CategoryPlot(bars, new CategoryAxis(null), moneyAxis, barRenderer);

        LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true);
        dots.setSeriesShape(0, diamond(7));
        dots.setSeriesPaint(0, new Color(0x2F2F2F));
        ChartStyle.labelAtEnd(dots, items, 6);
        dots.setDefaultItemLabelFont(ChartFonts.system().font(Font.BOLD, 11));
        NumberAxis monthsAxis = new NumberAxis(RUNWAY);
        monthsAxis.setUpperMargin(0.2);
        monthsAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setDataset(1, runway);
        plot.setRenderer(1, dots);
        plot.setRangeAxis(1, monthsAxis);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = ChartStyle.chart("Cash, monthly burn and runway", plot, true);
        dots.setDefaultItemLabelFont(ChartFonts.system().font(Font.BOLD, 11));
        return chart;
    }

    private static java.awt.Shape diamond(double r) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    /** The cash and burn one company's runway is computed from, chosen by the rule the ledger uses too. */
    private record CompanyPair(String companyId, Figure cash, Figure burn, boolean sameReport) {
        static CompanyPair of(String companyId, List<Figure> figures, FigureSelection sel) {
            Runway.Pair p = Runway.pair(figures.stream().filter(f -> Metric.CASH.equals(f.metric())).toList(),
                    figures.stream().filter(f -> Metric.BURN.equals(f.metric())).toList(), sel::published);
            return new CompanyPair(companyId, p.cash(), p.burn(), p.sameReport());
        }
    }
}
