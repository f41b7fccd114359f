package org.scmsim.scenarios.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Makes a {@link BatchRunner} by name, so that backends in other modules (a cluster runner) join
 * {@code scmsim experiment --runner NAME --runner-option key=value} without changing any caller.
 * Implementations are found with {@link ServiceLoader}: list them in
 * {@code META-INF/services/org.scmsim.scenarios.experiment.BatchRunnerFactory}.
 */
public interface BatchRunnerFactory {

    /** The name given to {@code --runner}, e.g. {@code threads}. */
    String name();

    /** One line for {@code --help}. */
    String description();

    /**
     * A runner for one batch.
     *
     * @param threads {@code --threads}: parallel replications on this machine (or per executor)
     * @param options {@code --runner-option key=value} pairs, in order
     * @throws IllegalArgumentException for an unknown or bad option (shown to the user as bad input)
     */
    BatchRunner create(int threads, Map<String, String> options);

    /** The default runner's name. */
    String DEFAULT = "threads";

    /** Every factory on the classpath, the built-in thread pool first. */
    static List<BatchRunnerFactory> available() {
        List<BatchRunnerFactory> out = new ArrayList<>();
        out.add(new Threads());
        ServiceLoader.load(BatchRunnerFactory.class).forEach(f -> {
            if (!f.name().equals(DEFAULT)) {
                out.add(f);
            }
        });
        return out;
    }

    /** The in-JVM thread pool. */
    final class Threads implements BatchRunnerFactory {
        @Override
        public String name() {
            return DEFAULT;
        }

        @Override
        public String description() {
            return "a pool of --threads worker threads in this JVM";
        }

        @Override
        public BatchRunner create(int threads, Map<String, String> options) {
            if (!options.isEmpty()) {
                throw new IllegalArgumentException("the threads runner takes no --runner-option (got " + options.keySet() + ")");
            }
            return new ThreadPoolRunner(threads);
        }
    }
}
