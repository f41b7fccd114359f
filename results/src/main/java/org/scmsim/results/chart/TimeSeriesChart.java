package org.scmsim.results.chart;

import java.awt.BasicStroke;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A chart over calendar dates: lines or steps on a left axis, optionally more on a right axis,
 * confidence bands (mean with lower/upper), and shaded periods (disruptions). Dates are UTC days.
 *
 * <pre>{@code
 * JFreeChart c = TimeSeriesChart.titled("Demand")
 *     .leftAxis("Certificates per week")
 *     .steps("Requested", dates, requested)
 *     .rightAxis("Devices").line("OBUs", dates, obus)
 *     .shade(outageStart, outageEnd, "RA outage")
 *     .build();
 * }</pre>
 */
public final class TimeSeriesChart {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private enum Kind { LINE, STEPS, BAND }

    private record Series(String name, Kind kind, boolean right, double[] x, double[] y, double[] lo, double[] hi) {
    }

    private record Shade(double from, double to, String label) {
    }

    private final String title;
    private String xLabel = "Date";
    private String leftLabel = "";
    private String rightLabel;
    private boolean onRight;
    private boolean leftIntegers;
    private boolean rightIntegers;
    private final List<Series> series = new ArrayList<>();
    private final List<Shade> shades = new ArrayList<>();

    private TimeSeriesChart(String title) {
        this.title = title;
    }

    public static TimeSeriesChart titled(String title) {
        return new TimeSeriesChart(title);
    }

    public TimeSeriesChart xAxis(String label) {
        this.xLabel = label;
        return this;
    }

    /** Series added next go on the left axis, with this label. */
    public TimeSeriesChart leftAxis(String label) {
        this.leftLabel = label;
        this.onRight = false;
        return this;
    }

    /** Series added next go on a second axis on the right, with this label. */
    public TimeSeriesChart rightAxis(String label) {
        this.rightLabel = label;
        this.onRight = true;
        return this;
    }

    /** The current axis (left or right) counts whole things: integer ticks only. */
    public TimeSeriesChart integers() {
        if (onRight) {
            rightIntegers = true;
        } else {
            leftIntegers = true;
        }
        return this;
    }

    public TimeSeriesChart line(String name, List<LocalDate> dates, double[] values) {
        series.add(new Series(name, Kind.LINE, onRight, x(dates), check(dates, values), null, null));
        return this;
    }

    public TimeSeriesChart steps(String name, List<LocalDate> dates, double[] values) {
        series.add(new Series(name, Kind.STEPS, onRight, x(dates), check(dates, values), null, null));
        return this;
    }

    /** A mean line with a shaded band from lower to upper (e.g. a 95% confidence interval). */
    public TimeSeriesChart band(String name, List<LocalDate> dates, double[] mean, double[] lower, double[] upper) {
        series.add(new Series(name, Kind.BAND, onRight, x(dates), check(dates, mean), check(dates, lower), check(dates, upper)));
        return this;
    }

    /** Shades the days [from, to) with a label, e.g. a disruption. */
    public TimeSeriesChart shade(LocalDate from, LocalDate to, String label) {
        shades.add(new Shade(millis(from), millis(to), label));
        return this;
    }

    public JFreeChart build() {
        DateAxis time = new DateAxis(xLabel);
        time.setTimeZone(UTC);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(time);
        NumberAxis left = axis(leftLabel);
        if (leftIntegers) {
            left.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        plot.setRangeAxis(0, left);
        if (rightLabel != null) {
            NumberAxis right = axis(rightLabel);
            if (rightIntegers) {
                right.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
            plot.setRangeAxis(1, right);
        }
        int dataset = 0;
        int colour = 0;
        for (Series s : series) {
            XYItemRenderer r;
            if (s.kind == Kind.BAND) {
                YIntervalSeries ys = new YIntervalSeries(s.name);
                for (int i = 0; i < s.x.length; i++) {
                    ys.add(s.x[i], s.y[i], s.lo[i], s.hi[i]);
                }
                YIntervalSeriesCollection c = new YIntervalSeriesCollection();
                c.addSeries(ys);
                plot.setDataset(dataset, c);
                DeviationRenderer d = new DeviationRenderer(true, false);
                d.setSeriesFillPaint(0, Palette.band(colour));
                d.setSeriesPaint(0, Palette.series(colour));
                d.setSeriesStroke(0, new BasicStroke(1.5f));
                r = d;
            } else {
                XYSeries xs = new XYSeries(s.name, false, true);
                for (int i = 0; i < s.x.length; i++) {
                    xs.add(s.x[i], s.y[i]);
                }
                XYSeriesCollection c = new XYSeriesCollection(xs);
                plot.setDataset(dataset, c);
                XYLineAndShapeRenderer l = s.kind == Kind.STEPS ? new XYStepRenderer() : new XYLineAndShapeRenderer(true, false);
                l.setSeriesPaint(0, Palette.series(colour));
                l.setSeriesStroke(0, s.right ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {6f, 3f}, 0f) : new BasicStroke(1.5f));
                r = l;
            }
            plot.setRenderer(dataset, r);
            plot.mapDatasetToRangeAxis(dataset, s.right ? 1 : 0);
            dataset++;
            colour++;
        }
        for (Shade sh : shades) {
            IntervalMarker m = new IntervalMarker(sh.from, sh.to, Palette.DISRUPTION);
            m.setLabel(sh.label);
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
        ChartStyle.gridded(plot);
        return ChartStyle.legendBelow(title, plot);
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(true);
        a.setAutoRangeMinimumSize(1e-9 + 1);
        return a;
    }

    private static double[] x(List<LocalDate> dates) {
        double[] x = new double[dates.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = millis(dates.get(i));
        }
        return x;
    }

    private static double millis(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()).getTime();
    }

    private static double[] check(List<LocalDate> dates, double[] values) {
        if (values.length != dates.size()) {
            throw new IllegalArgumentException("series has " + values.length + " values for " + dates.size() + " dates");
        }
        return values.clone();
    }
}
