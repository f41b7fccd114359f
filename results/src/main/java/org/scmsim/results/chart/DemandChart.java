package org.scmsim.results.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.ZoneOffset;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.scmsim.model.run.WeekRow;

/**
 * Certificates per week (requested, issued) with the issuance backlog on a second axis.
 * The same chart serves the run folder's {@code demand.png} and the dashboard.
 */
public final class DemandChart {

    public static final String REQUESTED = "Certificates requested / week";
    public static final String ISSUED = "Certificates issued / week";
    public static final String BACKLOG = "Peak backlog in the week (certificates)";

    private DemandChart() {
    }

    public static JFreeChart create(String title, List<WeekRow> weeks) {
        TimeSeries requested = new TimeSeries(REQUESTED);
        TimeSeries issued = new TimeSeries(ISSUED);
        TimeSeries backlog = new TimeSeries(BACKLOG);
        for (WeekRow w : weeks) {
            Day day = new Day(java.util.Date.from(w.start().atStartOfDay(ZoneOffset.UTC).toInstant()),
                    java.util.TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
            requested.add(day, w.pseudonymRequested() + w.applicationRequested());
            issued.add(day, w.certificatesIssued());
            backlog.add(day, w.peakBacklogCertificates());
        }
        TimeSeriesCollection perWeek = new TimeSeriesCollection(java.util.TimeZone.getTimeZone("UTC"));
        perWeek.addSeries(requested);
        perWeek.addSeries(issued);
        TimeSeriesCollection backlogSet = new TimeSeriesCollection(java.util.TimeZone.getTimeZone("UTC"));
        backlogSet.addSeries(backlog);

        DateAxis time = new DateAxis("Week");
        time.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        NumberAxis certs = new NumberAxis("Certificates per week");
        certs.setAutoRangeIncludesZero(true);
        certs.setAutoRangeMinimumSize(10);
        certs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYStepRenderer steps = new XYStepRenderer();
        steps.setSeriesPaint(0, new Color(0x1f77b4));
        steps.setSeriesPaint(1, new Color(0x2ca02c));
        steps.setSeriesStroke(0, new BasicStroke(1.5f));
        steps.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
        XYPlot plot = new XYPlot(perWeek, time, certs, steps);

        NumberAxis backlogAxis = new NumberAxis("Backlog (certificates)");
        backlogAxis.setAutoRangeIncludesZero(true);
        backlogAxis.setAutoRangeMinimumSize(10);
        backlogAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setRangeAxis(1, backlogAxis);
        plot.setDataset(1, backlogSet);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, new Color(0xd62728));
        plot.setRenderer(1, line);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));

        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }
}
