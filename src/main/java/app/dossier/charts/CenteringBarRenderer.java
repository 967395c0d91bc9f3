package app.dossier.charts;

import app.dossier.model.ReviewStatus;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;

import java.awt.geom.Rectangle2D;

/**
 * Grouped bars that close ranks: when a company lacks one series (funding but no valuation), its bars
 * are centred on its label instead of leaving an empty slot beside it.
 */
class CenteringBarRenderer extends BarRenderer {
    private final TracedItems items;

    CenteringBarRenderer() {
        this(null);
    }

    /** With the chart's traced items, a bar whose figures nobody has confirmed is drawn lighter. */
    CenteringBarRenderer(TracedItems items) {
        this.items = items;
    }

    @Override
    public java.awt.Paint getItemPaint(int row, int column) {
        java.awt.Paint p = super.getItemPaint(row, column);
        return unconfirmed(row, column) && p instanceof java.awt.Color c ? ChartStyle.lighter(c, 0.6) : p;
    }

    @Override
    public java.awt.Paint getItemOutlinePaint(int row, int column) {
        return super.getItemPaint(row, column); // confirmed bars: an outline in their own colour, so none shows
    }

    @Override
    public java.awt.Stroke getItemOutlineStroke(int row, int column) {
        return unconfirmed(row, column)
                ? new java.awt.BasicStroke(1.2f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f,
                new float[]{4f, 3f}, 0f)
                : super.getItemOutlineStroke(row, column);
    }

    private boolean unconfirmed(int row, int column) {
        if (items == null || getPlot() == null) {
            return false;
        }
        CategoryDataset data = getPlot().getDataset(getPlot().getIndexOf(this));
        if (data == null || row >= data.getRowCount() || column >= data.getColumnCount()) {
            return false;
        }
        var sources = items.sourcesAt(data.getRowKey(row), data.getColumnKey(column));
        return !sources.isEmpty() && sources.stream().allMatch(f -> f.status() == null || f.status() == ReviewStatus.SUGGESTED);
    }

    @Override
    protected double calculateBarW0(CategoryPlot plot, PlotOrientation orientation, Rectangle2D dataArea,
                                    CategoryAxis domainAxis, CategoryItemRendererState state, int row, int column) {
        CategoryDataset data = plot.getDataset(plot.getIndexOf(this));
        int seriesCount = data == null ? 0 : data.getRowCount();
        int present = 0;
        int position = 0;
        for (int r = 0; r < seriesCount; r++) {
            if (data.getValue(r, column) != null) {
                present++;
                if (r < row) {
                    position++;
                }
            }
        }
        if (seriesCount < 2 || present == 0 || present == seriesCount) {
            return super.calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column);
        }
        int categoryCount = data.getColumnCount();
        double space = orientation == PlotOrientation.HORIZONTAL ? dataArea.getHeight() : dataArea.getWidth();
        double seriesGap = space * getItemMargin() / (categoryCount * (seriesCount - 1));
        double seriesW = calculateSeriesWidth(space, domainAxis, categoryCount, seriesCount);
        double middle = domainAxis.getCategoryMiddle(column, categoryCount, dataArea, plot.getDomainAxisEdge());
        double groupWidth = present * seriesW + (present - 1) * seriesGap;
        return middle - groupWidth / 2 + position * (seriesW + seriesGap) + seriesW / 2 - state.getBarWidth() / 2;
    }
}
