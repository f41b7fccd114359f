package org.scmsim.results.chart;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/** The look the charts share: white backgrounds, light grid lines, the legend below the plot. */
final class ChartStyle {

    private ChartStyle() {
    }

    /** A white plot area with light grid lines along both axes. */
    static void gridded(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
    }

    /** The chart of {@code plot} titled {@code title}, on white, with its legend below. */
    static JFreeChart legendBelow(String title, Plot plot) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return chart;
    }
}
