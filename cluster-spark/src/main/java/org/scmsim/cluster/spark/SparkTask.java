package org.scmsim.cluster.spark;

import java.io.Serializable;
import java.time.Duration;
import org.scmsim.model.config.Scenario;
import org.scmsim.scenarios.experiment.ReplicationTask;
import org.scmsim.scenarios.format.ScenarioFormat;

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
        return new SparkTask(t.cell(), t.cellId(), t.replication(), ScenarioFormat.toYaml(t.scenario()),
                t.warmup().toString(), t.fingerprint(), failFirstAttempt);
    }

    /** The task as the local runner knows it, rebuilt on the executor. */
    ReplicationTask toReplicationTask() {
        try {
            Scenario s = ScenarioFormat.reader().treeToValue(ScenarioFormat.writer().readTree(scenarioYaml), Scenario.class);
            return new ReplicationTask(cell, cellId, replication, s, Duration.parse(warmup), fingerprint);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the scenario of cell " + cellId + ": " + e.getMessage(), e);
        }
    }
}
