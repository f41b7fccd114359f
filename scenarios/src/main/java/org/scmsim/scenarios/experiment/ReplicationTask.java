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

    /** The scenario as YAML: what a remote backend ships instead of the record ({@link #rebuild} reads it back). */
    public String scenarioYaml() {
        return org.scmsim.scenarios.format.ScenarioFormat.toYaml(scenario);
    }

    /** The task a remote worker runs, from the text fields a backend sends (the same scenario, bit for bit). */
    public static ReplicationTask rebuild(int cell, String cellId, int replication, String scenarioYaml, Duration warmup,
                                          String fingerprint) throws org.scmsim.scenarios.format.ScenarioException {
        Scenario s = new org.scmsim.scenarios.format.ScenarioLoader().parse(scenarioYaml, cellId);
        return new ReplicationTask(cell, cellId, replication, s, warmup, fingerprint);
    }

    /** Runs the replication and reduces it to what the experiment keeps. */
    public ReplicationRecord execute() {
        return execute(f -> { });
    }

    /** As {@link #execute()}, telling {@code progress} the fraction of the horizon simulated once per simulated day. */
    public ReplicationRecord execute(java.util.function.DoubleConsumer progress) {
        long t0 = System.nanoTime();
        RunResult r = ScenarioRun.run(scenario, replication, p -> progress.accept(p.fraction()));
        double[][] weeks = Metrics.weeks(r);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> costs = r.costs() == null ? java.util.Map.of()
                : org.scmsim.results.io.Tables.jsonMapper().convertValue(r.costs(), java.util.Map.class);
        return new ReplicationRecord(cell, cellId, replication, scenario.seed(), fingerprint,
                Metrics.of(r, weeks, Metrics.warmupWeeks(warmup)), Metrics.weeklyColumns(), Metrics.weekStarts(r), weeks,
                costs, (System.nanoTime() - t0) / 1e9);
    }
}
