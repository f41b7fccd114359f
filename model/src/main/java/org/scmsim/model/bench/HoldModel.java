package org.scmsim.model.bench;

import java.util.Random;

/**
 * The classic hold model of event-list benchmarks: {@code pending} events wait in the calendar;
 * each one, when it fires, schedules one new event at its time plus an exponential increment, so
 * the calendar stays at {@code pending} events while {@code holds} events are processed.
 *
 * <p>Every engine gets the same increments (a table drawn once from a seeded generator and cycled),
 * so the only thing measured is the engine: scheduling, ordering and dispatch. Implementations
 * never allocate per event unless the engine's own API forces them to (DSOL's event objects).
 */
public abstract class HoldModel {

    /** Size of the increment table (a power of two). */
    static final int TABLE = 1 << 16;

    protected final int pending;
    protected final double[] increments;
    protected long fired;
    protected long target;
    private int cursor;

    protected HoldModel(int pending, long seed) {
        if (pending < 1) {
            throw new IllegalArgumentException("pending events must be at least 1: " + pending);
        }
        this.pending = pending;
        this.increments = new double[TABLE];
        Random r = new Random(seed);
        for (int i = 0; i < TABLE; i++) {
            increments[i] = -Math.log(1.0 - r.nextDouble());
        }
    }

    /** The engine's name as printed in benchmark tables. */
    public abstract String engine();

    /** Fills the calendar with {@code pending} events; called once before any {@link #hold}. */
    public abstract void fill();

    /**
     * Processes {@code events} more events, each replacing itself with a new one.
     *
     * @return the number of events fired (equal to {@code events})
     */
    public abstract long hold(long events);

    /** Events in the calendar now: stays at {@code pending}. */
    public abstract int size();

    /** The simulated clock after the last {@link #hold}. */
    public abstract double now();

    /** Cancels and re-inserts {@code count} pending events (engines that support cancellation). */
    public abstract void cancelAndReplace(int count);

    /** Releases what the engine holds beyond the heap (a worker thread); nothing by default. */
    public void release() {
    }

    /** The pending event the k-th cancellation of {@link #cancelAndReplace} hits (the same for every engine). */
    protected final int cancelTarget(int k) {
        return (int) ((k * 2654435761L) % pending);
    }

    protected final double nextIncrement() {
        double d = increments[cursor];
        cursor = (cursor + 1) & (TABLE - 1);
        return d;
    }
}
