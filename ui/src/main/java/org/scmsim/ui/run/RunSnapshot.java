package org.scmsim.ui.run;

import java.time.LocalDate;
import java.util.List;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.WeekRow;

/**
 * What the Run panel shows while a run goes on: how far it is, the simulated date of the
 * replication in progress, its weeks so far, and the replications already finished.
 *
 * @param replications   replications asked for
 * @param finished       replications finished, in replication order
 * @param running        index of the replication in progress (-1 when none)
 * @param simulatedDate  simulated date of the replication in progress (null when none)
 * @param runningWeeks   weeks the replication in progress has closed so far
 * @param fraction       overall progress in [0, 1]
 */
public record RunSnapshot(int replications, List<RunResult> finished, int running, LocalDate simulatedDate,
                          List<WeekRow> runningWeeks, double fraction) {

    public RunSnapshot {
        finished = List.copyOf(finished);
        runningWeeks = List.copyOf(runningWeeks);
    }
}
