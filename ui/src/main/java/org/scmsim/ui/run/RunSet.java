package org.scmsim.ui.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.WeekRow;
import org.scmsim.model.stats.ConfidenceInterval;
import org.scmsim.model.stats.Tally;

/**
 * The replications of one scenario run from the dashboard: what the Run panel shows when it ends,
 * what the Compare panel puts side by side and what Export writes.
 *
 * @param label        name shown in lists (scenario name and a run number)
 * @param scenario     the scenario as run (fidelity applied)
 * @param replications finished replications, in replication order (replication r uses substream r)
 * @param outcome      whether it ran to the end or was stopped
 */
public record RunSet(String label, Scenario scenario, List<RunResult> replications, Outcome outcome) {

    /** How a run ended. */
    public enum Outcome {
        /** Every replication asked for finished. */
        COMPLETED,
        /** Stopped by the user; the finished replications are kept. */
        STOPPED
    }

    public RunSet {
        replications = List.copyOf(replications);
        if (replications.isEmpty()) {
            throw new IllegalArgumentException("a run set needs at least one finished replication");
        }
    }

    public int size() {
        return replications.size();
    }

    /** The weeks' start dates (the same in every replication). */
    public List<LocalDate> weekStarts() {
        return replications.get(0).weeks().stream().map(WeekRow::start).toList();
    }

    /** Each run-total metric (the model's summary figures) as a mean with its 95% CI over replications. */
    public Map<String, ConfidenceInterval> summary() {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (RunResult r : replications) {
            r.summary().metrics().forEach((k, v) -> tallies.computeIfAbsent(k, x -> new Tally()).add(v));
        }
        Map<String, ConfidenceInterval> out = new LinkedHashMap<>();
        tallies.forEach((k, t) -> out.put(k, t.ci95()));
        return out;
    }

    /** One summary metric per replication, in replication order. */
    public double[] perReplication(String metric) {
        double[] v = new double[replications.size()];
        for (int i = 0; i < v.length; i++) {
            Double x = replications.get(i).summary().metrics().get(metric);
            v[i] = x == null ? Double.NaN : x;
        }
        return v;
    }

    /** The weekly sum of some columns, as mean and 95% CI over replications, week by week. */
    public Band weekly(List<String> columns) {
        int weeks = replications.get(0).weeks().size();
        double[] mean = new double[weeks];
        double[] lower = new double[weeks];
        double[] upper = new double[weeks];
        List<double[]> reps = new ArrayList<>();
        for (RunResult r : replications) {
            reps.add(WeeklyValues.sum(r.weeks(), columns));
        }
        for (int w = 0; w < weeks; w++) {
            Tally t = new Tally();
            for (double[] rep : reps) {
                if (w < rep.length && !Double.isNaN(rep[w])) {
                    t.add(rep[w]);
                }
            }
            ConfidenceInterval ci = t.ci95();
            mean[w] = t.count() == 0 ? 0 : ci.mean();
            boolean hasCi = !Double.isNaN(ci.halfWidth());
            lower[w] = hasCi ? ci.lower() : mean[w];
            upper[w] = hasCi ? ci.upper() : mean[w];
        }
        return new Band(weekStarts(), mean, lower, upper);
    }

    /** A weekly series with its confidence band. */
    public record Band(List<LocalDate> dates, double[] mean, double[] lower, double[] upper) {
    }
}
