package org.scmsim.ui.run;

import java.util.function.BooleanSupplier;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.Progress;
import org.scmsim.model.run.RunResult;

/** Runs one replication of a scenario for the dashboard. */
@FunctionalInterface
public interface ReplicationRunner {

    /**
     * Runs replication {@code replication} (its own random substream) to the horizon.
     *
     * @param progress  told how far the replication is (the model reports once per simulated day)
     * @param cancelled polled at each report; when it turns true the replication stops early
     * @return the replication's result, or null when it was cancelled before the end
     */
    RunResult run(Scenario scenario, int replication, Progress.Listener progress, BooleanSupplier cancelled);
}
