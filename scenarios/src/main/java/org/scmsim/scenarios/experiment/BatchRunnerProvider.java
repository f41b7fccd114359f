package org.scmsim.scenarios.experiment;

/**
 * A backend that runs batches of replications, found with {@link java.util.ServiceLoader} under
 * its name (e.g. {@code spark} from the optional cluster-spark module). The in-JVM thread pool,
 * {@code threads}, is built in and needs no provider.
 */
public interface BatchRunnerProvider {

    /** The name users give to {@code --runner}. */
    String name();

    /**
     * A runner for these options.
     *
     * @throws IllegalArgumentException with a message naming the bad option when the options do not fit
     */
    BatchRunner create(RunnerOptions options);
}
