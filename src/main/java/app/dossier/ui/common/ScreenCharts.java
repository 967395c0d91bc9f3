package app.dossier.ui.common;

import app.dossier.charts.ChartThemes;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.jfree.chart.JFreeChart;

/**
 * Whether the window is dark, for the charts it shows: a chart view draws {@link #forScreen} of the chart it
 * built and redraws when the theme changes; exports take the chart as built, always light.
 */
public final class ScreenCharts {
    private static final BooleanProperty DARK = new SimpleBooleanProperty(false);

    private ScreenCharts() {
    }

    /** True while the window shows the dark theme (set by View ▸ Dark). */
    public static BooleanProperty darkProperty() {
        return DARK;
    }

    /** The chart as the window shows it: itself in the light theme, a dark copy in the dark one. */
    public static JFreeChart forScreen(JFreeChart built) {
        return DARK.get() ? ChartThemes.darkCopy(built) : built;
    }
}
