package org.scmsim.model.run;

import java.util.List;
import org.scmsim.model.config.OperationCosts;

/**
 * Everything one replication of a scenario produced.
 *
 * @param weeks one row per simulated week
 * @param days  one row per simulated day
 * @param costs the operation costs the run used (as given, or as calibrated on this machine)
 * @param planning cost under the pricing models and the disruptions' impact
 */
public record RunResult(String scenario, long seed, int replication, List<WeekRow> weeks, RunSummary summary,
                        List<DayRow> days, OperationCosts costs, Planning planning) {

    public RunResult {
        weeks = List.copyOf(weeks);
        days = List.copyOf(days);
        planning = planning == null ? Planning.none() : planning;
    }

    /** A result without planning tables. */
    public RunResult(String scenario, long seed, int replication, List<WeekRow> weeks, RunSummary summary,
                     List<DayRow> days, OperationCosts costs) {
        this(scenario, seed, replication, weeks, summary, days, costs, Planning.none());
    }
}
