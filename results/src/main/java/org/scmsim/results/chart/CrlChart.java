package org.scmsim.results.chart;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.scmsim.results.data.Columns;
import org.scmsim.results.data.TimeTable;

/** The CRL: its size and reach (share of active OBUs holding the latest CRL) over time; revocation latency. */
public final class CrlChart {

    public static final String SIZE = "CRL size (bytes)";
    public static final String REACH = "OBUs holding the latest CRL (%)";

    private CrlChart() {
    }

    /** CRL bytes on the left, reach in percent on the right; empty when neither was simulated. */
    public static Optional<JFreeChart> sizeAndReach(TimeTable t, List<ShadedPeriod> shaded) {
        Optional<String> size = Columns.crlSize(t);
        Optional<String> reach = Columns.crlReach(t);
        if (size.isEmpty() && reach.isEmpty()) {
            return Optional.empty();
        }
        TimeSeriesChart c = TimeSeriesChart.titled("CRL size and reach").xAxis("Week");
        size.ifPresent(col -> c.leftAxis("Bytes").steps(SIZE, t.dates(), t.column(col)));
        reach.ifPresent(col -> {
            double[] v = t.column(col);
            for (int i = 0; i < v.length; i++) {
                v[i] *= 100;
            }
            if (size.isPresent()) {
                c.rightAxis("Percent of active OBUs");
            } else {
                c.leftAxis("Percent of active OBUs");
            }
            c.line(REACH, t.dates(), v);
        });
        shaded.forEach(p -> c.shade(p.from(), p.to(), p.label()));
        return Optional.of(c.build());
    }

    /** Histogram of revocation latencies in hours (first misbehaviour to revocation, or to CRL reach). */
    public static JFreeChart latency(String title, String series, double[] hours, int bins) {
        if (hours.length == 0) {
            throw new IllegalArgumentException("no latencies to draw");
        }
        HistogramDataset d = new HistogramDataset();
        d.addSeries(series, hours.clone(), Math.max(1, bins));
        XYBarRenderer r = new XYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, Palette.series(0));
        XYPlot plot = new XYPlot(d, new NumberAxis("Hours"), new NumberAxis("Revocations"), r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Palette.GRID);
        return ChartStyle.legendBelow(title, plot);
    }
}
