package app.dossier.ui.common;

import app.dossier.charts.ChartThemes;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.jfree.chart.JFreeChart;

import java.util.function.Supplier;

/**
 * Whether the window is dark, for the charts it shows. A chart view shows {@link #forScreen} of the chart it
 * built and draws again when the theme changes; exports take the chart as built, always light.
 */
public final class ScreenCharts {
    private static final BooleanProperty DARK = new SimpleBooleanProperty(false);

    private ScreenCharts() {
    }

    /** True while the window shows the dark theme (set by View ▸ Dark). */
    public static BooleanProperty darkProperty() {
        return DARK;
    }

    /**
     * The chart as the window shows it: the one built in the light theme; in the dark one a second build,
     * darkened, so the built chart stays light for exports. {@code dark}: the theme, read on the FX thread.
     */
    public static JFreeChart forScreen(boolean dark, JFreeChart built, Supplier<JFreeChart> buildAgain) {
        return dark ? ChartThemes.darken(buildAgain.get()) : built;
    }
}
