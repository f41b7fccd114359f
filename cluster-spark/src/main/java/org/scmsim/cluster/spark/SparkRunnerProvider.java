package org.scmsim.cluster.spark;

import org.scmsim.scenarios.experiment.BatchRunner;
import org.scmsim.scenarios.experiment.BatchRunnerProvider;
import org.scmsim.scenarios.experiment.RunnerOptions;

/** {@code --runner spark}: found by the CLI when this module is on the class path. */
public final class SparkRunnerProvider implements BatchRunnerProvider {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public BatchRunner create(RunnerOptions options) {
        if (options.master() != null && options.master().isBlank()) {
            throw new IllegalArgumentException("--master is empty: give local[2], spark://host:7077, yarn or k8s://...");
        }
        return new SparkRunner(options.master(), options.conf(), options.threads());
    }
}
