package app.dossier.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartThemesTest {
    private static JFreeChart burnChart() {
        return Charts.build(ChartType.BURN_RATE, ChartFixtures.input(ChartFixtures.burnFigures()).build()).chart();
    }

    /** The runway marks, near-black on the light chart, stay legible on the dark background. */
    @Test
    void everySeriesOfADarkChartStandsOutFromItsBackground() {
        JFreeChart dark = ChartThemes.darken(burnChart());
        CategoryPlot plot = dark.getCategoryPlot();
        double background = ChartThemes.luminance((Color) dark.getBackgroundPaint());
        for (int r = 0; r < plot.getRendererCount(); r++) {
            if (plot.getRenderer(r) instanceof AbstractRenderer renderer && plot.getDataset(r) != null) {
                for (int s = 0; s < plot.getDataset(r).getRowCount(); s++) {
                    Color paint = (Color) renderer.lookupSeriesPaint(s);
                    assertTrue(ChartThemes.luminance(paint) - background > 0.3,
                            plot.getDataset(r).getRowKey(s) + " drawn in " + paint + " on the dark background");
                }
            }
        }
    }

    @Test
    void theChartThatIsExportedStaysLight() {
        JFreeChart light = burnChart();
        ChartThemes.darken(burnChart());
        assertEquals(Color.WHITE, light.getBackgroundPaint());
    }
}
