package org.scmsim.ui.run;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.ScmsModel;

/** Runs a replication with the model the command line runs, reporting each simulated day. */
public final class ModelReplicationRunner implements ReplicationRunner {

    @Override
    public RunResult run(Scenario scenario, int replication, Progress progress, BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            return null;
        }
        ScmsModel model = new ScmsModel(scenario, replication);
        model.onProgress(p -> progress.at(p.date(), p.fraction(), model.weeksClosed())).cancelWhen(cancelled);
        try {
            return model.run();
        } catch (CancellationException e) {
            return null;
        }
    }
}
