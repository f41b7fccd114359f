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
 */
public record RunResult(String scenario, long seed, int replication, List<WeekRow> weeks, RunSummary summary,
                        List<DayRow> days, OperationCosts costs, List<ComponentWeek> components) {

    public RunResult {
        weeks = List.copyOf(weeks);
        days = List.copyOf(days);
        components = List.copyOf(components);
    }
}
