package org.scmsim.ui.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.WeekRow;
import org.scmsim.results.data.Columns;
import org.scmsim.results.data.Estimate;
import org.scmsim.results.data.TimeTable;
import org.scmsim.scenarios.experiment.MetricSummary;
import org.scmsim.scenarios.experiment.Metrics;
import org.scmsim.scenarios.experiment.ReplicationRecord;

/**
 * One alternative as the Compare panel and the charts see it: a run from the dashboard, or one arm
 * (cell) of an experiment. Its replications are reduced the way experiments reduce them
 * ({@link Metrics}): run totals and post-warm-up weekly means by snake_case name, and the weekly
 * columns as a [week][column] table, so a dashboard run and an experiment arm compare like for like.
 *
 * @param label       name shown in lists and legends
 * @param source      where it came from (a dashboard run, or an experiment folder and cell)
 * @param seed        the seed of every replication (replication r used substream r)
 * @param columns     weekly column names ({@link Metrics#weeklyColumns()})
 * @param weekStarts  first day of each week
 * @param metrics     per replication, in replication order: metric name → value
 * @param weeks       per replication: [week][column]
 * @param stopped     whether it was stopped before all its replications finished
 */
public record Arm(String label, String source, long seed, List<String> columns, List<LocalDate> weekStarts,
                  List<Map<String, Double>> metrics, List<double[][]> weeks, boolean stopped) {

    public Arm {
        columns = List.copyOf(columns);
        weekStarts = List.copyOf(weekStarts);
        metrics = List.copyOf(metrics);
        weeks = List.copyOf(weeks);
        if (metrics.isEmpty() || metrics.size() != weeks.size()) {
            throw new IllegalArgumentException("an arm needs at least one replication, with its weeks");
        }
    }

    /** Finished replications of a dashboard run. */
    public static Arm of(String label, String source, long seed, List<RunResult> results, boolean stopped) {
        List<Map<String, Double>> m = new ArrayList<>();
        List<double[][]> w = new ArrayList<>();
        for (RunResult r : results) {
            double[][] weeks = Metrics.weeks(r);
            w.add(weeks);
            m.add(Metrics.of(r, weeks, 0));
        }
        return new Arm(label, source, seed, Metrics.weeklyColumns(), Metrics.weekStarts(results.get(0)), m, w, stopped);
    }

    /** The weeks a replication has closed so far (no run totals yet): for live charts. */
    public static Arm partial(String label, Scenario scenario, List<WeekRow> weeksClosed) {
        List<String> cols = Metrics.weeklyColumns();
        java.lang.reflect.RecordComponent[] byColumn = new java.lang.reflect.RecordComponent[cols.size()];
        for (java.lang.reflect.RecordComponent c : WeekRow.class.getRecordComponents()) {
            int k = cols.indexOf(c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT));
            if (k >= 0) {
                byColumn[k] = c;
            }
        }
        double[][] w = new double[weeksClosed.size()][cols.size()];
        for (int i = 0; i < w.length; i++) {
            for (int k = 0; k < cols.size(); k++) {
                w[i][k] = byColumn[k] == null ? Double.NaN : value(byColumn[k], weeksClosed.get(i));
            }
        }
        return new Arm(label, "running", scenario.seed(), cols, weeksClosed.stream().map(WeekRow::start).toList(),
                List.of(Map.<String, Double>of()), List.<double[][]>of(w), false);
    }

    private static double value(java.lang.reflect.RecordComponent c, WeekRow row) {
        try {
            return ((Number) c.getAccessor().invoke(row)).doubleValue();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    /** Replications of one experiment cell, in replication order. */
    public static Arm of(String label, String source, List<ReplicationRecord> records, boolean stopped) {
        ReplicationRecord first = records.get(0);
        return new Arm(label, source, first.seed(), first.columns(), first.weekStarts(),
                records.stream().map(ReplicationRecord::metrics).toList(),
                records.stream().map(ReplicationRecord::weeks).toList(), stopped);
    }

    public int size() {
        return metrics.size();
    }

    public boolean hasColumn(String column) {
        return columns.contains(column);
    }

    /** Each metric's summary over replications (mean, sd, 95% CI half-width, min, max). */
    public Map<String, MetricSummary> summary() {
        Set<String> names = new LinkedHashSet<>();
        metrics.forEach(m -> names.addAll(m.keySet()));
        Map<String, MetricSummary> out = new LinkedHashMap<>();
        for (String n : names) {
            out.put(n, MetricSummary.of(perReplication(n)));
        }
        return out;
    }

    /** One metric per replication, in replication order (NaN where missing). */
    public double[] perReplication(String metric) {
        double[] v = new double[metrics.size()];
        for (int i = 0; i < v.length; i++) {
            Double x = metrics.get(i).get(metric);
            v[i] = x == null ? Double.NaN : x;
        }
        return v;
    }

    /** The weekly sum of some columns, as a mean with its 95% CI over replications, week by week. */
    public Band weekly(List<String> sumOf) {
        int[] idx = sumOf.stream().mapToInt(columns::indexOf).filter(i -> i >= 0).toArray();
        int n = weekStarts.size();
        double[] mean = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int w = 0; w < n; w++) {
            List<Double> values = new ArrayList<>();
            for (double[][] rep : weeks) {
                if (w < rep.length) {
                    double s = 0;
                    for (int k : idx) {
                        s += Double.isNaN(rep[w][k]) ? 0 : rep[w][k];
                    }
                    values.add(s);
                }
            }
            MetricSummary m = MetricSummary.of(values.stream().mapToDouble(Double::doubleValue).toArray());
            mean[w] = values.isEmpty() ? 0 : m.mean();
            boolean ci = !Double.isNaN(m.ci95HalfWidth());
            lower[w] = ci ? m.lower() : mean[w];
            upper[w] = ci ? m.upper() : mean[w];
        }
        return new Band(weekStarts, mean, lower, upper);
    }

    /**
     * The weekly columns as the results module's table: the mean over replications of each column,
     * with {@code <column>_lo} and {@code <column>_hi} (95% CI) when there are several, and the
     * derived columns the report's charts read. The same shape as an experiment's time series.
     */
    public TimeTable table() {
        Map<String, double[]> cols = new LinkedHashMap<>();
        for (String c : columns) {
            Band b = weekly(List.of(c));
            cols.put(c, b.mean());
            if (size() > 1) {
                cols.put(c + "_lo", b.lower());
                cols.put(c + "_hi", b.upper());
            }
        }
        return Columns.derive(TimeTable.of(weekStarts, cols));
    }

    /** Each run total as the results module's estimate (mean, 95% CI half-width, extremes, n). */
    public Map<String, Estimate> estimates() {
        Map<String, Estimate> out = new LinkedHashMap<>();
        summary().forEach((k, m) -> {
            if (!k.startsWith(Metrics.WEEKLY)) {
                out.put(k, new Estimate(k, (int) m.n(), m.mean(), m.sd(), m.ci95HalfWidth(), m.min(), m.max()));
            }
        });
        return out;
    }

    /** A weekly series with its confidence band. */
    public record Band(List<LocalDate> dates, double[] mean, double[] lower, double[] upper) {
    }
}
