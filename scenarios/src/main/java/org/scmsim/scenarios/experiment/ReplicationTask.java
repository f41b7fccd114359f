package org.scmsim.scenarios.experiment;

import java.time.Duration;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.RunResult;
import org.scmsim.scenarios.run.ScenarioRun;

/**
 * One unit of work of a batch: one replication of one cell. It carries everything needed to run
 * anywhere (the resolved scenario, its seed, the replication number, the warm-up), so the result
 * depends on nothing else: not the thread, the machine or the order tasks run in.
 *
 * @param cell        index of the cell in the experiment
 * @param cellId      the cell's file-safe id
 * @param replication replication number: substream {@code replication} of every named stream
 * @param scenario    the resolved scenario (its seed is the experiment's)
 * @param warmup      leading period left out of the weekly means
 * @param fingerprint SHA-256 of the resolved scenario, stored with the result for --resume
 */
public record ReplicationTask(int cell, String cellId, int replication, Scenario scenario, Duration warmup,
                              String fingerprint) {

    /** Runs the replication and reduces it to what the experiment keeps. */
    public ReplicationRecord execute() {
        long t0 = System.nanoTime();
        RunResult r = ScenarioRun.run(scenario, replication);
        double[][] weeks = Metrics.weeks(r);
        return new ReplicationRecord(cell, cellId, replication, scenario.seed(), fingerprint,
                Metrics.of(r, weeks, Metrics.warmupWeeks(warmup)), Metrics.weeklyColumns(), Metrics.weekStarts(r), weeks,
                (System.nanoTime() - t0) / 1e9);
    }
}
