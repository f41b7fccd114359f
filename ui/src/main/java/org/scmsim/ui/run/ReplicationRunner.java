package org.scmsim.ui.run;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.WeekRow;

/** Runs one replication of a scenario for the dashboard. */
@FunctionalInterface
public interface ReplicationRunner {

    /** Progress inside one replication: the simulated date reached and the weeks closed so far. */
    @FunctionalInterface
    interface Progress {
        void at(LocalDate simulatedDate, double fraction, List<WeekRow> weeksSoFar);
    }

    /**
     * Runs replication {@code replication} (its own random substream) to the horizon.
     *
     * @param progress  told how far the replication is, as often as the model likes
     * @param cancelled polled by the model; when it turns true the replication stops early
     * @return the replication's result, or null when it was cancelled before the end
     */
    RunResult run(Scenario scenario, int replication, Progress progress, BooleanSupplier cancelled);
}
