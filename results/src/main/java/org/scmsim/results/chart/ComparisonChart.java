package org.scmsim.results.chart;

import java.awt.Color;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.scmsim.results.data.Estimate;
import org.scmsim.results.data.TimeTable;

/**
 * Comparisons between the arms of an experiment: a time series per arm with its confidence band,
 * and one figure per arm as a bar with its 95% confidence interval. A sweep is drawn by
 * {@link SweepChart}.
 */
public final class ComparisonChart {

    private ComparisonChart() {
    }

    /**
     * One series per arm of {@code column}; a band where the arm's table also has
     * {@code column_lo} and {@code column_hi}. Empty when no arm has the column.
     */
    public static Optional<JFreeChart> timeSeries(String title, String yLabel, Map<String, TimeTable> arms, String column) {
        TimeSeriesChart c = TimeSeriesChart.titled(title).xAxis("Week").leftAxis(yLabel);
        boolean any = false;
        for (Map.Entry<String, TimeTable> e : arms.entrySet()) {
            TimeTable t = e.getValue();
            if (!t.has(column)) {
                continue;
            }
            any = true;
            if (t.has(column + "_lo") && t.has(column + "_hi")) {
                c.band(e.getKey(), t.dates(), t.column(column), t.column(column + "_lo"), t.column(column + "_hi"));
            } else {
                c.line(e.getKey(), t.dates(), t.column(column));
            }
        }
        return any ? Optional.of(c.build()) : Optional.empty();
    }

    /** One bar per arm with its 95% CI as an error bar. */
    public static JFreeChart metric(String title, String yLabel, Map<String, Estimate> byArm) {
        DefaultStatisticalCategoryDataset d = new DefaultStatisticalCategoryDataset();
        byArm.forEach((arm, e) -> d.add(e.mean(), e.hasInterval() ? e.halfWidth() : 0, yLabel, arm));
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, Palette.series(0));
        r.setErrorIndicatorPaint(Color.BLACK);
        CategoryPlot plot = new CategoryPlot(d, new CategoryAxis("Arm"), new NumberAxis(yLabel), r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Palette.GRID);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
