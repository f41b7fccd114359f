package org.scmsim.ui.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.scmsim.model.cost.CostLine;
import org.scmsim.model.run.RunResult;
import org.scmsim.results.chart.CostChart;

/**
 * Cost of a run under each of the scenario's pricing models, known when a replication ends: the
 * cumulative amount by calendar year, the mean over replications, drawn by the report's
 * {@link CostChart}. Empty when the scenario prices nothing.
 */
public final class RunCost {

    private RunCost() {
    }

    /** Pricing model → year → cumulative amount (mean over the replications). */
    public static Map<String, Map<Integer, Double>> cumulative(List<RunResult> replications) {
        Map<String, Map<Integer, Double>> sum = new LinkedHashMap<>();
        for (RunResult r : replications) {
            if (r.planning() == null) {
                continue;
            }
            Map<String, Map<Integer, Double>> byModel = new LinkedHashMap<>();
            for (CostLine c : r.planning().cost()) {
                byModel.computeIfAbsent(c.pricingModel(), k -> new TreeMap<>()).merge(c.year(), c.amount(), Double::sum);
            }
            byModel.forEach((model, years) -> {
                double cum = 0;
                for (Map.Entry<Integer, Double> y : years.entrySet()) {
                    cum += y.getValue();
                    sum.computeIfAbsent(model, k -> new TreeMap<>()).merge(y.getKey(), cum / replications.size(), Double::sum);
                }
            });
        }
        return sum;
    }

    /** The chart, or null when the run has no cost. */
    public static JFreeChart chart(String scenario, String currency, List<RunResult> replications) {
        Map<String, Map<Integer, Double>> c = cumulative(replications);
        return c.isEmpty() ? null : CostChart.cumulative("Cumulative cost: " + scenario, currency, c);
    }
}
