package org.scmsim.scenarios.cli;

import java.nio.file.Path;
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
    }
}
