package org.scmsim.ui.run;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.ScmsModel;
import org.scmsim.model.run.WeekRow;

/**
 * Runs a replication with the model the command line runs, passing on its daily reports and, each
 * time a week closes, the weeks closed so far. A stop request ends the replication at the next
 * simulated day ({@link ScmsModel#cancelWhen}); the half-run model is dropped.
 */
public final class ModelReplicationRunner implements ReplicationRunner {

    @Override
    public RunResult run(Scenario scenario, int replication, Listener listener, BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            return null;
        }
        ScmsModel model = new ScmsModel(scenario, replication);
        List<WeekRow>[] weeks = new List[] {List.of()};
        model.onProgress(p -> {
            long daysDone = ChronoUnit.DAYS.between(scenario.start(), p.date()) + 1;
            if (daysDone / 7 != weeks[0].size()) {
                weeks[0] = model.weeksClosed();   // only when a week closes: the rows are rebuilt each call
            }
            listener.at(p, weeks[0]);
        }).cancelWhen(cancelled);
        try {
            return model.run();
        } catch (CancellationException e) {
            return null;
        }
    }
}
