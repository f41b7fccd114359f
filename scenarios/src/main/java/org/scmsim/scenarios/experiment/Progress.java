package org.scmsim.scenarios.experiment;

/** Hears how a batch advances (the console bar, or nothing). Called from the batch's calling thread. */
public interface Progress {

    /** A round of {@code total} replications starts, {@code alreadyDone} of them found finished on disk. */
    void start(int total, int alreadyDone);

    void finished(ReplicationTask task, ReplicationRecord result);

    /** A running replication has simulated {@code fraction} of its horizon (from worker threads; optional). */
    default void advanced(ReplicationTask task, double fraction) {
    }

    /** Something worth a line of its own (a new round of replications, an interruption). */
    void note(String message);

    void end();

    Progress NONE = new Progress() {
        @Override
        public void start(int total, int alreadyDone) {
        }

        @Override
        public void finished(ReplicationTask task, ReplicationRecord result) {
        }

        @Override
        public void note(String message) {
        }

        @Override
        public void end() {
        }
    };
}
