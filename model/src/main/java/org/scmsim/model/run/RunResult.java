package org.scmsim.model.run;

import java.util.List;
import org.scmsim.model.config.OperationCosts;

/**
 * Everything one replication of a scenario produced.
 *
 * @param weeks one row per simulated week
 * @param days  one row per simulated day
 * @param costs the operation costs the run used (as given, or as calibrated on this machine)
 * @param components one row per week and SCMS component: utilisation, waits, backlog, downtime
 * @param planning cost under the pricing models and the disruptions' impact (issue 6)
 */
public record RunResult(String scenario, long seed, int replication, List<WeekRow> weeks, RunSummary summary,
                        List<DayRow> days, OperationCosts costs, List<ComponentWeek> components, Planning planning) {

    public RunResult {
        weeks = List.copyOf(weeks);
        days = List.copyOf(days);
        components = List.copyOf(components);
        planning = planning == null ? Planning.none() : planning;
    }

    /** A result without planning tables. */
    public RunResult(String scenario, long seed, int replication, List<WeekRow> weeks, RunSummary summary,
                     List<DayRow> days, OperationCosts costs, List<ComponentWeek> components) {
        this(scenario, seed, replication, weeks, summary, days, costs, components, Planning.none());
    }

    /** A result without component rows or planning tables (partial results, tests). */
    public RunResult(String scenario, long seed, int replication, List<WeekRow> weeks, RunSummary summary,
                     List<DayRow> days, OperationCosts costs) {
        this(scenario, seed, replication, weeks, summary, days, costs, List.of(), Planning.none());
    }
}
