/**
 * Experiments: a base scenario, arms (named overrides) and a sweep, run for replications with
 * common random numbers, summarised per cell and metric with confidence intervals and paired
 * differences, reproducibly whatever the thread count and across interruptions.
 *
 * <p>Reading: {@link org.scmsim.scenarios.experiment.ExperimentLoader} turns an
 * {@link org.scmsim.scenarios.experiment.ExperimentFile} into an
 * {@link org.scmsim.scenarios.experiment.Experiment} of resolved cells, every problem located.
 * Running: {@link org.scmsim.scenarios.experiment.ExperimentRun} hands
 * {@link org.scmsim.scenarios.experiment.ReplicationTask}s to a
 * {@link org.scmsim.scenarios.experiment.BatchRunner} (the in-JVM
 * {@link org.scmsim.scenarios.experiment.ThreadPoolRunner} by default, others through
 * {@link org.scmsim.scenarios.experiment.BatchRunnerProvider}), stores each
 * {@link org.scmsim.scenarios.experiment.ReplicationRecord} as it finishes, and writes the
 * folder described in {@link org.scmsim.scenarios.experiment.ExperimentFolder}.
 */
package org.scmsim.scenarios.experiment;
