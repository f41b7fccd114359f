package org.scmsim.scenarios.run;

import java.io.IOException;
import java.nio.file.Path;
import org.scmsim.model.config.Fidelity;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.crypto.CryptoLoops;
import org.scmsim.model.run.Progress;
import org.scmsim.model.run.ScmsModel;
import org.scmsim.model.run.RunResult;
import org.scmsim.results.RunFolder;
import org.scmsim.scenarios.Version;
import org.scmsim.scenarios.format.ScenarioFormat;

/** Runs one replication of a scenario and writes its run folder. Used by the CLI and the dashboard. */
public final class ScenarioRun {

    private ScenarioRun() {
    }

    public static RunResult run(Scenario scenario) {
        return run(scenario, 0, Progress.Listener.NONE);
    }

    /** Replication {@code replication}: substream {@code replication} of every named random stream. */
    public static RunResult run(Scenario scenario, int replication) {
        return run(scenario, replication, Progress.Listener.NONE);
    }

    /** Runs one replication, reporting progress once per simulated day. */
    public static RunResult run(Scenario scenario, int replication, Progress.Listener progress) {
        return new ScmsModel(scenario, replication).onProgress(progress).run();
    }

    /** The resolved scenario as written into a run folder: re-loadable as a scenario file. */
    public static String resolvedYaml(Scenario scenario, String source) {
        return "# Resolved by scmsim " + Version.get() + " from " + source + ": every default expanded.\n"
                + "# Run it again with: scmsim run scenario.resolved.yaml\n"
                + ScenarioFormat.toYaml(withBackendUsed(scenario));
    }

    /** With real crypto, {@code fidelity.backend: auto} resolved to the backend the run used here. */
    static Scenario withBackendUsed(Scenario s) {
        Fidelity f = s.fidelity();
        if (f.mode() == Fidelity.Mode.MODEL || f.backend() != Fidelity.Backend.AUTO) {
            return s;
        }
        return s.withFidelity(f.withBackend(Fidelity.Backend.valueOf(
                CryptoLoops.backendName(f.backend()).toUpperCase(java.util.Locale.ROOT))));
    }

    public static void write(Path dir, Scenario scenario, String source, RunResult result) throws IOException {
        new RunFolder(dir).write(resolvedYaml(scenario, source), result);
    }
}
