package org.scmsim.scenarios.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scmsim.scenarios.experiment.BatchRunner;
import org.scmsim.scenarios.experiment.BatchRunnerFactory;
import picocli.CommandLine.Option;

/** Options shared by the commands that run batches of replications. */
public final class BatchOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Replications run in parallel (default: all ${sys:scmsim.cores} cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: runs/<name>-<timestamp>/).")
    Path out;

    @Option(names = "--resume",
            description = "Continue the experiment in --out DIR, skipping the replications it already finished.")
    boolean resume;

    @Option(names = "--runner", paramLabel = "NAME", defaultValue = BatchRunnerFactory.DEFAULT,
            description = "Where replications run (default: ${DEFAULT-VALUE}; available: ${sys:scmsim.runners}).")
    String runner = BatchRunnerFactory.DEFAULT;

    @Option(names = "--runner-option", paramLabel = "KEY=VALUE", description = "An option for the --runner (repeatable).")
    List<String> runnerOptions = new ArrayList<>();

    /** The runner the options ask for. */
    BatchRunner batchRunner() throws BadInputException {
        int n = threads();
        Map<String, String> opts = new LinkedHashMap<>();
        for (String o : runnerOptions) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--runner-option " + o + ": expected KEY=VALUE");
            }
            opts.put(o.substring(0, eq).trim(), o.substring(eq + 1).trim());
        }
        List<BatchRunnerFactory> all = BatchRunnerFactory.available();
        for (BatchRunnerFactory f : all) {
            if (f.name().equals(runner)) {
                try {
                    return f.create(n, opts);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("--runner " + runner + ": " + e.getMessage());
                }
            }
        }
        throw new BadInputException("--runner " + runner + ": no such runner (available: "
                + String.join(", ", all.stream().map(BatchRunnerFactory::name).toList()) + ")");
    }

    int threads() throws BadInputException {
        if (threads == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1 || threads > 4096) {
            throw new BadInputException("--threads must be between 1 and 4096, was " + threads);
        }
        return threads;
    }

    static {
        System.setProperty("scmsim.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        System.setProperty("scmsim.runners", String.join(", ", BatchRunnerFactory.available().stream()
                .map(f -> f.name() + " (" + f.description() + ")").toList()));
    }
}
