package org.scmsim.scenarios.experiment;

import java.util.List;

/**
 * Runs a batch of replications somewhere: in this JVM on a thread pool ({@link ThreadPoolRunner},
 * the default), or on a cluster. Callers hand over independent tasks and receive each result as it
 * finishes; because a task's result depends only on the task, every backend gives the same numbers.
 */
public interface BatchRunner {

    /** Receives finished replications; may be called from any thread, in any order. */
    @FunctionalInterface
    interface Sink {
        void finished(ReplicationTask task, ReplicationRecord result) throws Exception;

        /**
         * A running replication has simulated {@code fraction} (0..1) of its horizon. Optional, for
         * progress displays; called from worker threads, so implementations must be thread-safe.
         */
        default void advanced(ReplicationTask task, double fraction) {
        }
    }

    /** Short name for the manifest, e.g. {@code threads(4)}. */
    String describe();

    /**
     * Runs every task and passes each result to {@code sink} as soon as it is done. Returns when
     * all are done, or soon after {@code cancel} is triggered (results finished by then have been
     * passed on; running ones are abandoned).
     *
     * @throws BatchException when a task or the sink failed; the batch is stopped
     */
    void run(List<ReplicationTask> tasks, Sink sink, Cancellation cancel) throws BatchException, InterruptedException;

    /** A task or the sink failed. */
    final class BatchException extends Exception {
        public BatchException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
