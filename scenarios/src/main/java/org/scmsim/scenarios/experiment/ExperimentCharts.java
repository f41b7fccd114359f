package org.scmsim.scenarios.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scmsim.model.stats.Tally;
import org.scmsim.results.chart.ChartFiles;
import org.scmsim.results.chart.SweepChart;
import org.scmsim.results.chart.TimeSeriesChart;
import org.scmsim.scenarios.experiment.Experiment.Cell;

/**
 * An experiment's charts, drawn from its summaries only:
 * <ul>
 *   <li>{@code sweep-<metric>.png}: with a sweep over a numeric first field, each chosen metric's
 *       mean and 95% CI against that field, one line per arm (and per value of further fields);</li>
 *   <li>{@code weekly-<column>.png}: for each chosen {@code weekly.<column>} metric, the column's
 *       weekly mean with its 95% CI band, one band per cell (up to eight cells).</li>
 * </ul>
 */
final class ExperimentCharts {

    private static final int MAX_BANDS = 8;
    private static final int MAX_DEFAULT_SWEEP_CHARTS = 12;

    private ExperimentCharts() {
    }

    static void write(Path dir, Experiment exp, ExperimentRun.Outcome out, Map<Integer, ExperimentRun.WeeklyStats> weekly)
            throws IOException {
        if (!exp.sweepFields().isEmpty() && numericFirstField(exp)) {
            String x = exp.sweepFields().get(0);
            for (String metric : sweepMetrics(exp, out)) {
                SweepChart chart = SweepChart.titled(exp.name() + ": " + metric + " by " + x + " (mean, 95% CI)", x, metric);
                boolean any = false;
                for (Cell c : exp.cells()) {
                    MetricSummary s = out.summaries().get(c.index()).get(metric);
                    if (s == null || Double.isNaN(s.mean())) {
                        continue;
                    }
                    chart.point(series(exp, c), Double.parseDouble(c.point().get(x)), s.mean(), s.lower(), s.upper());
                    any = true;
                }
                if (any) {
                    ChartFiles.png(chart.build(), dir.resolve("sweep-" + safe(metric) + ".png"), 1000, 600);
                }
            }
        }
        for (String metric : exp.metrics()) {
            if (!metric.startsWith(Metrics.WEEKLY)) {
                continue;
            }
            String column = metric.substring(Metrics.WEEKLY.length());
            TimeSeriesChart chart = TimeSeriesChart.titled(exp.name() + ": " + column + " per week (mean, 95% CI)")
                    .leftAxis(column);
            int bands = 0;
            for (Cell c : exp.cells()) {
                ExperimentRun.WeeklyStats w = weekly.get(c.index());
                if (w == null || bands == MAX_BANDS) {
                    continue;
                }
                int k = w.columns().indexOf(column);
                if (k < 0) {
                    continue;
                }
                List<LocalDate> dates = new ArrayList<>();
                List<double[]> points = new ArrayList<>();
                for (int i = 0; i < w.starts().size(); i++) {
                    Tally t = w.tallies()[i][k];
                    if (t.count() == 0) {
                        continue;
                    }
                    double hw = t.ci95().halfWidth();
                    hw = Double.isNaN(hw) ? 0 : hw;
                    dates.add(w.starts().get(i));
                    points.add(new double[] {t.mean(), t.mean() - hw, t.mean() + hw});
                }
                if (dates.isEmpty()) {
                    continue;
                }
                chart.band(c.label(), dates, col(points, 0), col(points, 1), col(points, 2));
                bands++;
            }
            if (bands > 0) {
                ChartFiles.png(chart.build(), dir.resolve("weekly-" + safe(column) + ".png"), 1200, 600);
            }
        }
    }

    /**
     * The metrics to chart against the sweep: those the experiment names, else (all run totals by
     * default) the first {@value #MAX_DEFAULT_SWEEP_CHARTS} whose mean changes across the cells.
     */
    private static java.util.List<String> sweepMetrics(Experiment exp, ExperimentRun.Outcome out) {
        if (!exp.metricsChosen()) {
            java.util.List<String> varying = new ArrayList<>();
            for (String m : exp.metrics()) {
                java.util.Set<Double> means = new java.util.HashSet<>();
                for (Cell c : exp.cells()) {
                    MetricSummary s = out.summaries().get(c.index()).get(m);
                    if (s != null && !Double.isNaN(s.mean())) {
                        means.add(s.mean());
                    }
                }
                if (means.size() > 1 && varying.size() < MAX_DEFAULT_SWEEP_CHARTS) {
                    varying.add(m);
                }
            }
            return varying;
        }
        return exp.metrics();
    }

    private static double[] col(List<double[]> rows, int k) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i)[k];
        }
        return out;
    }

    private static String series(Experiment exp, Cell c) {
        StringBuilder b = new StringBuilder(c.arm());
        for (int i = 1; i < exp.sweepFields().size(); i++) {
            String f = exp.sweepFields().get(i);
            b.append(", ").append(f).append('=').append(c.point().get(f));
        }
        return b.toString();
    }

    private static boolean numericFirstField(Experiment exp) {
        String x = exp.sweepFields().get(0);
        for (Cell c : exp.cells()) {
            try {
                Double.parseDouble(c.point().get(x));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
