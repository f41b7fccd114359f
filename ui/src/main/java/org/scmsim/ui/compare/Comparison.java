package org.scmsim.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.scmsim.model.stats.ConfidenceInterval;
import org.scmsim.model.stats.Tally;
import org.scmsim.results.chart.TimeSeriesChart;
import org.scmsim.results.report.Table;
import org.scmsim.ui.run.KeyFigures;
import org.scmsim.ui.run.LiveChart;
import org.scmsim.ui.run.RunSet;

/**
 * Runs side by side: one weekly series per run with its 95% confidence band, and a table of the
 * key figures of each run with the difference of each from the first (the baseline). Runs of the
 * same seed share their random substreams replication by replication (common random numbers), so
 * their difference is taken pair by pair; otherwise the two intervals are combined as independent.
 */
public final class Comparison {

    private final List<RunSet> runs;

    public Comparison(List<RunSet> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        this.runs = List.copyOf(runs);
    }

    public List<RunSet> runs() {
        return runs;
    }

    public RunSet baseline() {
        return runs.get(0);
    }

    /** One band per run of a weekly series. */
    public JFreeChart chart(LiveChart.Series series, String axis) {
        TimeSeriesChart c = TimeSeriesChart.titled(series.label() + ": " + runs.size() + " runs compared").xAxis("Week").leftAxis(axis);
        for (RunSet r : runs) {
            RunSet.Band b = r.weekly(series.columns().stream().filter(org.scmsim.ui.run.WeeklyValues::has).toList());
            String name = r.label() + (r.size() > 1 ? " (mean, 95% CI)" : "");
            c.band(name, b.dates(), b.mean(), b.lower(), b.upper());
        }
        return c.build();
    }

    /** The difference of a run-total metric between a run and the baseline, with how it was taken. */
    public record Difference(double mean, double halfWidth, boolean paired) {
        public String format(String metric) {
            String sign = mean > 0 ? "+" : "";
            String hw = Double.isNaN(halfWidth) ? "" : " ± " + KeyFigures.format(metric, halfWidth);
            return sign + KeyFigures.format(metric, mean) + hw + (paired ? " (paired)" : "");
        }
    }

    public static Difference difference(RunSet base, RunSet other, String metric) {
        double[] a = base.perReplication(metric);
        double[] b = other.perReplication(metric);
        boolean sameSeed = base.scenario() != null && other.scenario() != null
                && base.scenario().seed() == other.scenario().seed();
        int n = Math.min(a.length, b.length);
        if (sameSeed && n >= 2) {
            Tally d = new Tally();
            for (int i = 0; i < n; i++) {
                d.add(b[i] - a[i]);   // replication i of both runs used substream i: a paired sample
            }
            ConfidenceInterval ci = d.ci95();
            return new Difference(ci.mean(), ci.halfWidth(), true);
        }
        ConfidenceInterval ca = ci(a);
        ConfidenceInterval cb = ci(b);
        double hw = Double.isNaN(ca.halfWidth()) || Double.isNaN(cb.halfWidth()) ? Double.NaN
                : Math.sqrt(ca.halfWidth() * ca.halfWidth() + cb.halfWidth() * cb.halfWidth());
        return new Difference(cb.mean() - ca.mean(), hw, false);
    }

    private static ConfidenceInterval ci(double[] v) {
        Tally t = new Tally();
        for (double x : v) {
            t.add(x);
        }
        return t.ci95();
    }

    /** Key figures: one row per metric, a column per run (mean ± CI) and per difference from the baseline. */
    public Table table() {
        List<String> columns = new ArrayList<>();
        columns.add("Key figure");
        for (RunSet r : runs) {
            columns.add(r.label());
        }
        for (int i = 1; i < runs.size(); i++) {
            columns.add("Δ " + runs.get(i).label() + " − " + baseline().label());
        }
        Table t = new Table(columns);
        Set<String> metrics = new LinkedHashSet<>();
        runs.forEach(r -> metrics.addAll(r.summary().keySet()));
        for (String m : metrics) {
            List<Object> row = new ArrayList<>();
            row.add(KeyFigures.label(m));
            for (RunSet r : runs) {
                ConfidenceInterval ci = r.summary().get(m);
                row.add(ci == null ? "–" : KeyFigures.format(m, ci.mean())
                        + (Double.isNaN(ci.halfWidth()) ? "" : " ± " + KeyFigures.format(m, ci.halfWidth())));
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
                + "random numbers), otherwise the two intervals are combined as independent.", baseline().label());
    }
}
