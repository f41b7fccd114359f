package org.scmsim.results.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A response over a swept numeric field: one line per series (arm or metric), each point the mean
 * over replications with its confidence interval as an error bar.
 */
public final class SweepChart {

    private record Point(double x, double mean, double lower, double upper) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<String> names = new ArrayList<>();
    private final List<List<Point>> points = new ArrayList<>();

    private SweepChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    public static SweepChart titled(String title, String xLabel, String yLabel) {
        return new SweepChart(title, xLabel, yLabel);
    }

    /** Adds a point to the named series (created on first use). */
    public SweepChart point(String series, double x, double mean, double lower, double upper) {
        int i = names.indexOf(series);
        if (i < 0) {
            names.add(series);
            points.add(new ArrayList<>());
            i = names.size() - 1;
        }
        points.get(i).add(new Point(x, mean, Double.isNaN(lower) ? mean : lower, Double.isNaN(upper) ? mean : upper));
        return this;
    }

    public JFreeChart build() {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        for (int i = 0; i < names.size(); i++) {
            XYIntervalSeries s = new XYIntervalSeries(names.get(i));
            points.get(i).stream().sorted((a, b) -> Double.compare(a.x, b.x))
                    .forEach(p -> s.add(p.x, p.x, p.x, p.mean, p.lower, p.upper));
            data.addSeries(s);
        }
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(true);
        r.setDefaultShapesVisible(true);
        for (int i = 0; i < names.size(); i++) {
            r.setSeriesPaint(i, Palette.series(i));
            r.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        XYPlot plot = new XYPlot(data, x, y, r);
        ChartStyle.gridded(plot);
        return ChartStyle.legendBelow(title, plot);
    }
}
