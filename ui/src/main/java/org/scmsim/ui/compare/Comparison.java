package org.scmsim.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scmsim.results.chart.ComparisonChart;
import org.scmsim.results.chart.TimeSeriesChart;
import org.scmsim.results.data.TimeTable;
import org.scmsim.results.report.Table;
import org.scmsim.scenarios.experiment.MetricSummary;
import org.scmsim.ui.run.Arm;
import org.scmsim.ui.run.KeyFigures;

/**
 * Runs side by side: one weekly series per run with its 95% confidence band, and a table of the
 * key figures of each run with the difference of each from the first (the baseline). Runs of the
 * same seed share their random substreams replication by replication (common random numbers), so
 * their difference is taken pair by pair; otherwise the two intervals are combined as independent.
 */
public final class Comparison {

    private final List<Arm> runs;

    public Comparison(List<Arm> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        this.runs = List.copyOf(runs);
    }

    public List<Arm> runs() {
        return runs;
    }

    public Arm baseline() {
        return runs.get(0);
    }

    /**
     * One weekly column of every run, each with its 95% confidence band: the report's comparison
     * chart, from the same tables.
     */
    public JFreeChart chart(String column) {
        Map<String, TimeTable> tables = new LinkedHashMap<>();
        for (Arm r : runs) {
            tables.put(r.label() + (r.size() > 1 ? " (mean, 95% CI)" : ""), r.table());
        }
        String label = KeyFigures.label(column);
        return ComparisonChart.timeSeries(label + ": " + runs.size() + " compared", label, tables, column)
                .orElseGet(() -> TimeSeriesChart.titled(label + ": not recorded in these runs").build());
    }

    /** The difference of a run-total metric between a run and the baseline, with how it was taken. */
    public record Difference(double mean, double halfWidth, boolean paired) {
        public String format(String metric) {
            String sign = mean > 0 ? "+" : "";
            String hw = Double.isNaN(halfWidth) ? "" : " ± " + KeyFigures.format(metric, halfWidth);
            return sign + KeyFigures.format(metric, mean) + hw + (paired ? " (paired)" : "");
        }
    }

    public static Difference difference(Arm base, Arm other, String metric) {
        double[] a = base.perReplication(metric);
        double[] b = other.perReplication(metric);
        int n = Math.min(a.length, b.length);
        if (base.seed() == other.seed() && n >= 2) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = b[i] - a[i];   // replication i of both used substream i: a paired sample
            }
            MetricSummary m = MetricSummary.of(d);
            return new Difference(m.mean(), m.ci95HalfWidth(), true);
        }
        MetricSummary ma = MetricSummary.of(a);
        MetricSummary mb = MetricSummary.of(b);
        double hw = Double.isNaN(ma.ci95HalfWidth()) || Double.isNaN(mb.ci95HalfWidth()) ? Double.NaN
                : Math.sqrt(ma.ci95HalfWidth() * ma.ci95HalfWidth() + mb.ci95HalfWidth() * mb.ci95HalfWidth());
        return new Difference(mb.mean() - ma.mean(), hw, false);
    }

    /** Key figures: one row per metric, a column per run (mean ± CI) and per difference from the baseline. */
    public Table table() {
        List<String> columns = new ArrayList<>();
        columns.add("Key figure");
        for (Arm r : runs) {
            columns.add(r.label());
        }
        for (int i = 1; i < runs.size(); i++) {
            columns.add("Δ " + runs.get(i).label() + " − " + baseline().label());
        }
        Table t = new Table(columns);
        Set<String> metrics = new LinkedHashSet<>();
        runs.forEach(r -> r.summary().keySet().stream().filter(KeyFigures::isRunTotal).forEach(metrics::add));
        List<String> ordered = new ArrayList<>(metrics);
        ordered.sort(java.util.Comparator.comparingInt(m -> KeyFigures.rank(KeyFigures.label(m))));
        for (String m : ordered) {
            List<Object> row = new ArrayList<>();
            row.add(KeyFigures.label(m));
            for (Arm r : runs) {
                MetricSummary ci = r.summary().get(m);
                row.add(ci == null ? "–" : KeyFigures.format(m, ci.mean())
                        + (Double.isNaN(ci.ci95HalfWidth()) ? "" : " ± " + KeyFigures.format(m, ci.ci95HalfWidth())));
            }
            for (int i = 1; i < runs.size(); i++) {
                row.add(difference(baseline(), runs.get(i), m).format(m));
            }
            t.row(row.toArray());
        }
        return t;
    }

    /** One line saying how differences were taken. */
    public String method() {
        return String.format(Locale.ROOT, "Means over replications with 95%% Student-t confidence intervals; differences "
                + "from the baseline %s are paired replication by replication where the runs share a seed (common "
                + "random numbers: replication r of each used substream r), otherwise the two intervals are combined as independent.", baseline().label());
    }
}
