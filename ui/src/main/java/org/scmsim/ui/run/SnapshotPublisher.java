package org.scmsim.ui.run;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Hands snapshots from a simulation thread to the FX thread at a bounded rate. The simulation
 * {@link #publish publishes} as often as it likes; only the latest snapshot is kept, at most one
 * delivery is pending at a time, and deliveries are at least {@code minInterval} apart, so a fast
 * run cannot flood the FX thread and the window never freezes. {@link #flush} delivers the final
 * snapshot at once.
 *
 * @param <T> the snapshot type (immutable: it crosses threads)
 */
public final class SnapshotPublisher<T> {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "scmsim-snapshot-timer");
        t.setDaemon(true);
        return t;
    });

    private final Executor target;
    private final Consumer<T> sink;
    private final long minIntervalNanos;
    private final LongSupplier clock;
    private final ScheduledExecutorService timer;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long lastDelivery;
    private volatile boolean delivered;

    /**
     * @param target      where deliveries run (the FX thread: {@code Platform::runLater})
     * @param minInterval least time between two deliveries, in milliseconds
     * @param sink        what receives the snapshots, on {@code target}
     */
    public SnapshotPublisher(Executor target, long minInterval, Consumer<T> sink) {
        this(target, minInterval, sink, System::nanoTime, TIMER);
    }

    SnapshotPublisher(Executor target, long minInterval, Consumer<T> sink, LongSupplier clock, ScheduledExecutorService timer) {
        if (minInterval <= 0) {
            throw new IllegalArgumentException("minInterval must be > 0 ms, was " + minInterval);
        }
        this.target = target;
        this.sink = sink;
        this.minIntervalNanos = TimeUnit.MILLISECONDS.toNanos(minInterval);
        this.clock = clock;
        this.timer = timer;
    }

    /** Offers a snapshot; it replaces any not yet delivered. Callable from any thread. */
    public void publish(T snapshot) {
        latest.set(snapshot);
        if (pending.compareAndSet(false, true)) {
            long wait = delivered ? lastDelivery + minIntervalNanos - clock.getAsLong() : 0;
            if (wait <= 0) {
                target.execute(this::deliver);
            } else {
                timer.schedule(() -> target.execute(this::deliver), wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** Delivers this last snapshot now, whatever the rate (the run has ended). */
    public void flush(T last) {
        latest.set(last);
        target.execute(this::deliver);
    }

    private void deliver() {
        // the time is set before the flag is cleared, so that a publish racing with this delivery
        // waits a full interval from now rather than delivering again at once
        lastDelivery = clock.getAsLong();
        delivered = true;
        pending.set(false);
        T s = latest.getAndSet(null);
        if (s != null) {
            sink.accept(s);
        }
    }
}
