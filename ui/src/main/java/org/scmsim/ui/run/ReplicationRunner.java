package org.scmsim.ui.run;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.Progress;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.WeekRow;

/** Runs one replication of a scenario for the dashboard. */
@FunctionalInterface
public interface ReplicationRunner {

    /** Hears a running replication: the model's daily report and the weeks it has closed so far. */
    @FunctionalInterface
    interface Listener {
        void at(Progress day, List<WeekRow> weeksClosed);
    }

    /**
     * Runs replication {@code replication} (its own random substream) to the horizon.
     *
     * @param listener  told how far the replication is (the model reports once per simulated day)
     * @param cancelled polled by the model; when it turns true the replication stops early
     * @return the replication's result, or null when it was cancelled before the end
     */
    RunResult run(Scenario scenario, int replication, Listener listener, BooleanSupplier cancelled);
}
