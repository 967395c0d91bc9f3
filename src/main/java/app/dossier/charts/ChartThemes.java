package app.dossier.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

import java.awt.Color;

/**
 * Charts for a dark window. Every chart is built light (ChartStyle), which is what exports and the clipboard
 * get; a dark window shows a second build of the same chart, darkened, so what is saved never depends on the
 * theme on screen. (A copy by clone() is not possible: label generators of some charts are not cloneable.)
 */
public final class ChartThemes {
    /** AtlantaFX Primer Dark's default background and text, so a chart sits in the window without a frame. */
    static final Color DARK_BACKGROUND = new Color(0x0D1117);
    static final Color DARK_TEXT = new Color(0xE6EDF3);
    static final Color DARK_MUTED = new Color(0x9DA7B3);
    static final Color DARK_GRID = new Color(0x30363D);

    private ChartThemes() {
    }

    /** Darkens a chart built light, in place (a build of its own for the screen, never the one exported). */
    public static JFreeChart darken(JFreeChart dark) {
        dark.setBackgroundPaint(DARK_BACKGROUND);
        if (dark.getTitle() != null) {
            dark.getTitle().setPaint(DARK_TEXT);
        }
        for (int i = 0; i < dark.getSubtitleCount(); i++) {
            darken(dark.getSubtitle(i));
        }
        darken(dark.getPlot());
        return dark;
    }

    private static void darken(Title title) {
        if (title instanceof TextTitle t) {
            t.setPaint(DARK_MUTED);
        } else if (title instanceof LegendTitle legend) {
            legend.setItemPaint(DARK_TEXT);
            legend.setBackgroundPaint(DARK_BACKGROUND);
        }
    }

    private static void darken(Plot plot) {
        plot.setBackgroundPaint(DARK_BACKGROUND);
        plot.setNoDataMessagePaint(DARK_MUTED);
        if (plot instanceof CategoryPlot p) {
            p.setRangeGridlinePaint(DARK_GRID);
            darken(p.getDomainAxis());
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                darken(p.getRangeAxis(i));
            }
            for (int i = 0; i < p.getRendererCount(); i++) {
                CategoryItemRenderer r = p.getRenderer(i);
                if (r != null) {
                    r.setDefaultItemLabelPaint(DARK_TEXT);
                    if (r instanceof org.jfree.chart.renderer.AbstractRenderer a && p.getDataset(i) != null) {
                        lightenDarkSeries(a, p.getDataset(i).getRowCount());
                    }
                }
            }
        } else if (plot instanceof XYPlot p) {
            p.setRangeGridlinePaint(DARK_GRID);
            p.setDomainGridlinePaint(DARK_GRID);
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                darken(p.getRangeAxis(i));
            }
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                darken(p.getDomainAxis(i));
            }
        } else if (plot instanceof org.jfree.chart.plot.PiePlot<?> pie) {
            pie.setLabelBackgroundPaint(DARK_GRID);
            pie.setLabelPaint(DARK_TEXT);
            pie.setLabelOutlinePaint(null);
            pie.setLabelShadowPaint(null);
        }
    }

    /**
     * A series drawn in near-black on a light chart (the burn chart's runway marks) would vanish on the dark
     * background: it takes the dark theme's text colour instead.
     */
    private static void lightenDarkSeries(org.jfree.chart.renderer.AbstractRenderer r, int series) {
        for (int i = 0; i < series; i++) {
            if (r.getSeriesPaint(i) instanceof Color c && luminance(c) < 0.3) {
                r.setSeriesPaint(i, DARK_TEXT);
            }
        }
    }

    /** Relative luminance (0 black, 1 white), roughly as WCAG weighs the channels. */
    static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }

    private static void darken(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(DARK_MUTED);
        axis.setTickLabelPaint(DARK_TEXT);
        axis.setAxisLinePaint(DARK_GRID);
    }
}
