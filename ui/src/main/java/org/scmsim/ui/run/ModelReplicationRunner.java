package org.scmsim.ui.run;

import java.util.function.BooleanSupplier;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.Progress;
import org.scmsim.model.run.RunResult;
import org.scmsim.scenarios.run.ScenarioRun;

/**
 * Runs a replication with the model the command line runs ({@link ScenarioRun}), passing on its
 * daily progress reports. A stop request ends the replication at the next simulated day: the
 * report that finds it unwinds the model, and the half-run model is dropped.
 */
public final class ModelReplicationRunner implements ReplicationRunner {

    @Override
    public RunResult run(Scenario scenario, int replication, Progress.Listener progress, BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            return null;
        }
        try {
            return ScenarioRun.run(scenario, replication, p -> {
                if (cancelled.getAsBoolean()) {
                    throw new Stopped();
                }
                progress.progress(p);
            });
        } catch (Stopped e) {
            return null;
        }
    }

    /** Unwinds a replication that was asked to stop. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }
}
