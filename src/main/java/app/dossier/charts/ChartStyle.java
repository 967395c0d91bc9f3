package app.dossier.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;

/** One look for every chart: white, flat, no shadows, a calm palette, one font family that shows Chinese. */
final class ChartStyle {
    /** Tableau 10: distinct, colour-blind friendly enough, calm on white. */
    static final Color[] PALETTE = {
            new Color(0x4E79A7), new Color(0xF28E2B), new Color(0x59A14F), new Color(0xE15759),
            new Color(0x76B7B2), new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7),
            new Color(0x9C755F), new Color(0xBAB0AC)};
    static final Color TEXT = new Color(0x333333);
    static final Color MUTED = new Color(0x6B6B6B);
    static final Color GRID = new Color(0xE3E3E3);

    private ChartStyle() {
    }

    static Color lighter(Color c, double towardsWhite) {
        return new Color(mix(c.getRed(), towardsWhite), mix(c.getGreen(), towardsWhite), mix(c.getBlue(), towardsWhite));
    }

    private static int mix(int channel, double t) {
        return (int) Math.round(channel + (255 - channel) * t);
    }

    static JFreeChart chart(String title, Plot plot, boolean legend) {
        ChartFonts fonts = ChartFonts.system();
        JFreeChart chart = new JFreeChart(title, fonts.font(Font.BOLD, 16), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 10, 8, 14));
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setPadding(new RectangleInsets(0, 0, 6, 0));
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(fonts.font(Font.PLAIN, 11));
            legendTitle.setItemPaint(TEXT);
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setBackgroundPaint(Color.WHITE);
            legendTitle.setPosition(RectangleEdge.TOP);
            legendTitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("No figures to plot");
        plot.setNoDataMessageFont(fonts.font(Font.PLAIN, 13));
        plot.setNoDataMessagePaint(MUTED);
        if (plot instanceof CategoryPlot p) {
            if (p.getOrientation() == org.jfree.chart.plot.PlotOrientation.HORIZONTAL) {
                p.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
            }
            styleCategoryPlot(p);
        } else if (plot instanceof XYPlot p) {
            p.setDomainGridlinesVisible(false);
            p.setRangeGridlinesVisible(false);
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                styleAxis(p.getRangeAxis(i));
            }
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                styleAxis(p.getDomainAxis(i));
            }
        }
        return chart;
    }

    private static void styleCategoryPlot(CategoryPlot p) {
        p.setRangeGridlinePaint(GRID);
        p.setRangeGridlineStroke(new BasicStroke(0.8f));
        p.setDomainGridlinesVisible(false);
        p.setAxisOffset(RectangleInsets.ZERO_INSETS);
        styleAxis(p.getDomainAxis());
        for (int i = 0; i < p.getRangeAxisCount(); i++) {
            styleAxis(p.getRangeAxis(i));
        }
        for (int i = 0; i < p.getRendererCount(); i++) {
            styleRenderer(p.getRenderer(i), i);
        }
    }

    /** About five ticks at 1, 2, 2.5 or 5 × 10^k, so axes do not crowd with labels. */
    static void niceTicks(NumberAxis axis, double max) {
        if (max <= 0) {
            return;
        }
        double raw = max / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        axis.setTickUnit(new NumberTickUnit(step, axis.getNumberFormatOverride() != null
                ? axis.getNumberFormatOverride() : new java.text.DecimalFormat("0.##")));
    }

    static void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        ChartFonts fonts = ChartFonts.system();
        axis.setLabelFont(fonts.font(Font.PLAIN, 12));
        axis.setLabelPaint(MUTED);
        axis.setTickLabelFont(fonts.font(Font.PLAIN, 11));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(new Color(0xBBBBBB));
        axis.setTickMarksVisible(false);
        if (axis instanceof CategoryAxis c) {
            c.setTickLabelFont(fonts.font(Font.PLAIN, 12));
            c.setMaximumCategoryLabelLines(2);
            c.setCategoryMargin(0.25);
        } else if (axis instanceof ValueAxis v) {
            v.setAxisLineVisible(false);
        }
    }

    private static void styleRenderer(CategoryItemRenderer r, int rendererIndex) {
        if (r == null) {
            return;
        }
        r.setDefaultItemLabelFont(ChartFonts.system().font(Font.PLAIN, 11));
        r.setDefaultItemLabelPaint(TEXT);
        if (r instanceof BarRenderer b) {
            b.setBarPainter(new StandardBarPainter());
            b.setShadowVisible(false);
            b.setDrawBarOutline(false);
            b.setItemMargin(0.08);
            b.setMaximumBarWidth(0.12);
        }
        for (int s = 0; s < 10; s++) {
            if (r.getSeriesPaint(s) == null) {
                r.setSeriesPaint(s, PALETTE[(s + rendererIndex * 3) % PALETTE.length]);
            }
        }
    }

    /** A small grey line under the title, e.g. the exchange rates used. */
    /** Each item's value written right of its end, and the passages it comes from in its tooltip. */
    static void labelAtEnd(org.jfree.chart.renderer.category.AbstractCategoryItemRenderer renderer, TracedItems items,
                           double offset) {
        renderer.setDefaultItemLabelGenerator(items.labels());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(offset);
        renderer.setDefaultToolTipGenerator(items.toolTips());
    }

    static void addNote(JFreeChart chart, String text) {
        TextTitle note = new TextTitle(text, ChartFonts.system().font(Font.PLAIN, 11));
        note.setPaint(MUTED);
        note.setHorizontalAlignment(HorizontalAlignment.LEFT);
        note.setPosition(RectangleEdge.TOP);
        insertBeforeLegend(chart, note);
    }

    /** "Sources: title; title" under the plot, wrapped, so a printed chart still says where it comes from. */
    static void addSources(JFreeChart chart, List<String> titles) {
        if (titles.isEmpty()) {
            return;
        }
        TextTitle sources = new TextTitle("Sources: " + String.join("; ", titles),
                ChartFonts.system().font(Font.PLAIN, 10));
        sources.setPaint(MUTED);
        sources.setPosition(RectangleEdge.BOTTOM);
        sources.setHorizontalAlignment(HorizontalAlignment.LEFT);
        sources.setMaximumLinesToDisplay(3);
        sources.setPadding(new RectangleInsets(8, 0, 0, 0));
        chart.addSubtitle(sources);
    }

    private static void insertBeforeLegend(JFreeChart chart, Title title) {
        LegendTitle legend = chart.getLegend();
        if (legend == null) {
            chart.addSubtitle(title);
            return;
        }
        chart.removeLegend();
        chart.addSubtitle(title);
        chart.addSubtitle(legend);
    }

    static Paint seriesPaint(int series) {
        return PALETTE[series % PALETTE.length];
    }
}
