package org.scmsim.scenarios.experiment;

import java.util.Map;

/**
 * How to run a batch, as the user asked for it.
 *
 * @param runner  backend name: {@code threads} (default) or one found through {@link BatchRunnerProvider}
 * @param threads replications at once in this JVM (thread pool), or the hint for a cluster's parallelism
 * @param master  cluster address for cluster backends (e.g. {@code local[2]}, {@code spark://host:7077},
 *                {@code yarn}, {@code k8s://…}); null for the backend's default
 * @param conf    backend settings passed through unchanged ({@code --conf key=value})
 */
public record RunnerOptions(String runner, int threads, String master, Map<String, String> conf) {

    public static final String THREADS = "threads";

    public RunnerOptions {
        conf = Map.copyOf(conf);
    }
}
