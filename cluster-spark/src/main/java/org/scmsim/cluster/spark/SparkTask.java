package org.scmsim.cluster.spark;

import java.io.Serializable;
import java.time.Duration;
import org.scmsim.scenarios.experiment.ReplicationTask;

/**
 * What is sent to an executor for one replication of one cell: the resolved scenario as the same
 * YAML a run folder holds, the replication number (the substream), the warm-up and the scenario's
 * fingerprint. Nothing else: the result depends on this alone, so any executor, in any order,
 * on any attempt, computes the same numbers.
 *
 * @param failFirstAttempt fault injection for tests: the first attempt of this task throws, so
 *                         Spark's retry is exercised
 */
public record SparkTask(int cell, String cellId, int replication, String scenarioYaml, String warmup,
                        String fingerprint, boolean failFirstAttempt) implements Serializable {

    private static final long serialVersionUID = 1L;

    static SparkTask of(ReplicationTask t, boolean failFirstAttempt) {
        return new SparkTask(t.cell(), t.cellId(), t.replication(), t.scenarioYaml(),
                t.warmup().toString(), t.fingerprint(), failFirstAttempt);
    }

    /** The task as the local runner knows it, rebuilt on the executor. */
    ReplicationTask toReplicationTask() {
        try {
            return ReplicationTask.rebuild(cell, cellId, replication, scenarioYaml, Duration.parse(warmup), fingerprint);
        } catch (org.scmsim.scenarios.format.ScenarioException e) {
            throw new IllegalStateException("cannot read the scenario of cell " + cellId + ": " + e.getMessage(), e);
        }
    }
}
