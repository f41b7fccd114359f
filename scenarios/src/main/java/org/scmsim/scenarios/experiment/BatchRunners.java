package org.scmsim.scenarios.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;

/** Picks the {@link BatchRunner} that {@code --runner} names. */
public final class BatchRunners {

    private BatchRunners() {
    }

    /** Names of the runners on the class path, the built-in thread pool first. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        out.add(RunnerOptions.THREADS);
        ServiceLoader.load(BatchRunnerProvider.class).forEach(p -> out.add(p.name()));
        return out;
    }

    /**
     * The runner for these options.
     *
     * @throws IllegalArgumentException naming the option at fault: an unknown runner (with the known
     *                                  ones), or options the runner cannot take
     */
    public static BatchRunner create(RunnerOptions options) {
        if (RunnerOptions.THREADS.equals(options.runner())) {
            if (options.master() != null) {
                throw new IllegalArgumentException("--master is for cluster runners; the threads runner runs in this JVM");
            }
            return new ThreadPoolRunner(options.threads());
        }
        List<BatchRunnerProvider> found = new ArrayList<>();
        ServiceLoader.load(BatchRunnerProvider.class).forEach(found::add);
        for (BatchRunnerProvider p : found) {
            if (p.name().equals(options.runner())) {
                return p.create(options);
            }
        }
        TreeSet<String> known = new TreeSet<>();
        known.add(RunnerOptions.THREADS);
        found.forEach(p -> known.add(p.name()));
        String hint = "spark".equals(options.runner())
                ? " (the spark runner ships in the cluster-spark jar: see the README's cluster section)" : "";
        throw new IllegalArgumentException("--runner " + options.runner() + ": unknown runner; available here: "
                + String.join(", ", known) + hint);
    }
}
