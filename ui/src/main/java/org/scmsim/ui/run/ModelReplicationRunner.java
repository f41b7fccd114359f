package org.scmsim.ui.run;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.CertificateDemandModel;

/** Runs a replication with the model the command line runs. */
public final class ModelReplicationRunner implements ReplicationRunner {

    @Override
    public RunResult run(Scenario scenario, int replication, Progress progress, BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            return null;
        }
        progress.at(scenario.start(), 0, List.of());
        RunResult r = new CertificateDemandModel(scenario, replication).run();
        progress.at(scenario.start().plusDays(scenario.horizon().toDays()), 1, r.weeks());
        return r;
    }
}
