package org.scmsim.model.run;

import java.util.List;

/** Everything one replication of a scenario produced. */
public record RunResult(String scenario, long seed, int replication, List<WeekRow> weeks, RunSummary summary) {

    public RunResult {
        weeks = List.copyOf(weeks);
    }
}
