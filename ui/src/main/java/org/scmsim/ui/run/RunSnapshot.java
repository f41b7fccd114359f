package org.scmsim.ui.run;

import java.util.List;
import org.scmsim.model.run.Progress;

/**
 * What the Run panel shows while a run goes on: how far it is, the finished replications and the
 * daily reports of the replication in progress.
 *
 * @param replications   replications asked for
 * @param finished       the finished replications reduced for charts (null before the first ends)
 * @param finishedCount  how many replications have finished
 * @param running        index of the replication in progress (-1 when none)
 * @param runningDays    the model's daily reports of the replication in progress, oldest first
 * @param runningWeeks   the weeks the replication in progress has closed (null when none)
 * @param fraction       overall progress in [0, 1]
 */
public record RunSnapshot(int replications, Arm finished, int finishedCount, int running, List<Progress> runningDays,
                          Arm runningWeeks, double fraction) {

    public RunSnapshot {
        runningDays = List.copyOf(runningDays);
    }

    /** The latest daily report of the replication in progress, or null. */
    public Progress latest() {
        return runningDays.isEmpty() ? null : runningDays.get(runningDays.size() - 1);
    }
}
