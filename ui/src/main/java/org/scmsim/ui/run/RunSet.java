package org.scmsim.ui.run;

import java.util.List;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.RunResult;

/**
 * The replications of one scenario run from the dashboard: what the Run panel shows when it ends,
 * what Export writes, and (as an {@link Arm}) what the Compare panel puts side by side.
 *
 * @param label        name shown in lists (scenario name and a run number)
 * @param scenario     the scenario as run (fidelity applied)
 * @param replications finished replications, in replication order (replication r uses substream r)
 * @param outcome      whether it ran to the end or was stopped
 * @param arm          the replications reduced as experiments reduce them
 */
public record RunSet(String label, Scenario scenario, List<RunResult> replications, Outcome outcome, Arm arm) {

    /** How a run ended. */
    public enum Outcome {
        /** Every replication asked for finished. */
        COMPLETED,
        /** Stopped by the user; the finished replications are kept. */
        STOPPED
    }

    public RunSet {
        replications = List.copyOf(replications);
        if (replications.isEmpty()) {
            throw new IllegalArgumentException("a run set needs at least one finished replication");
        }
    }

    public static RunSet of(String label, Scenario scenario, List<RunResult> replications, Outcome outcome) {
        return new RunSet(label, scenario, replications, outcome, Arm.of(label, "dashboard run of " + scenario.name(),
                scenario.seed(), replications, outcome == Outcome.STOPPED));
    }

    public int size() {
        return replications.size();
    }
}
