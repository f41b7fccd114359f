package org.scmsim.scenarios.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scmsim.scenarios.experiment.BatchRunner;
import org.scmsim.scenarios.experiment.BatchRunners;
import org.scmsim.scenarios.experiment.RunnerOptions;
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

    @Option(names = "--runner", paramLabel = "NAME", defaultValue = RunnerOptions.THREADS,
            description = "Where replications run (default: ${DEFAULT-VALUE}; available here: ${sys:scmsim.runners}; spark comes with the cluster-spark jar). Results do not depend on it.")
    String runner = RunnerOptions.THREADS;

    @Option(names = "--master", paramLabel = "URL",
            description = "Cluster master for --runner spark: local[2], spark://host:7077, yarn, k8s://... (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A setting for the cluster runner, e.g. --conf spark.executor.memory=4g (repeatable).")
    Map<String, String> conf = new LinkedHashMap<>();

    RunnerOptions runnerOptions() throws BadInputException {
        return new RunnerOptions(runner, threads(), master, conf);
    }

    BatchRunner batchRunner() throws BadInputException {
        try {
            return BatchRunners.create(runnerOptions());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
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
        System.setProperty("scmsim.runners", String.join(", ", BatchRunners.names()));
    }
}
