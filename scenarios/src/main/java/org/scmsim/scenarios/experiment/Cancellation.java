package org.scmsim.scenarios.experiment;

import java.util.concurrent.atomic.AtomicBoolean;

/** A request to stop a batch (Ctrl-C, or a test simulating a kill); checked between replications. */
public final class Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Object lock = new Object();

    public void cancel() {
        cancelled.set(true);
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Waits up to {@code millis} or until cancelled. */
    void await(long millis) throws InterruptedException {
        synchronized (lock) {
            if (!cancelled.get()) {
                lock.wait(millis);
            }
        }
    }
}
