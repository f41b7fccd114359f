package org.scmsim.model.engine;

/**
 * One simulation run: a clock and its pending events. Time is in seconds from the run's start.
 *
 * <p>Nothing here is static: many simulations may run at once, one per thread. A model holds its
 * {@code Simulation} and schedules work with lambdas or method references:
 * <pre>{@code
 *   sim.after(ra.uplinkDelay(), this::arriveAtRa, deviceId);   // EventHandler: int payload
 *   sim.at(weekEnd, () -> rollWeek());                          // Runnable
 * }</pre>
 * Events at the same time fire by priority (lower first), then in the order they were scheduled.
 */
public final class Simulation {

    /** Default priority of events. */
    public static final int NORMAL = 0;

    private final EventCalendar calendar;
    private double now;
    private long eventsProcessed;
    private boolean stopRequested;

    public Simulation() {
        this(new EventCalendar());
    }

    public Simulation(EventCalendar calendar) {
        this.calendar = calendar;
    }

    /** Current simulated time, in seconds since the start of the run. */
    public double now() {
        return now;
    }

    public long eventsProcessed() {
        return eventsProcessed;
    }

    public int pendingEvents() {
        return calendar.size();
    }

    public EventCalendar calendar() {
        return calendar;
    }

    // ---- scheduling

    public long at(double time, int priority, EventHandler handler, int payload) {
        return calendar.insert(checkNotPast(time), priority, handler, payload);
    }

    public long at(double time, EventHandler handler, int payload) {
        return calendar.insert(checkNotPast(time), NORMAL, handler, payload);
    }

    public long at(double time, int priority, Runnable action) {
        return calendar.insert(checkNotPast(time), priority, action, 0);
    }

    public long at(double time, Runnable action) {
        return calendar.insert(checkNotPast(time), NORMAL, action, 0);
    }

    public long after(double delay, EventHandler handler, int payload) {
        return at(now + checkDelay(delay), NORMAL, handler, payload);
    }

    public long after(double delay, int priority, EventHandler handler, int payload) {
        return at(now + checkDelay(delay), priority, handler, payload);
    }

    public long after(double delay, Runnable action) {
        return at(now + checkDelay(delay), NORMAL, action);
    }

    public long after(double delay, int priority, Runnable action) {
        return at(now + checkDelay(delay), priority, action);
    }

    /** Cancels a pending event; false if it already fired, was cancelled, or id is NONE. */
    public boolean cancel(long eventId) {
        return calendar.cancel(eventId);
    }

    /** Moves a pending event to {@code time} (not in the past); false if it is no longer pending. */
    public boolean reschedule(long eventId, double time) {
        return calendar.reschedule(eventId, checkNotPast(time));
    }

    public boolean isPending(long eventId) {
        return calendar.isPending(eventId);
    }

    // ---- running

    /**
     * Fires events in order while their time is at most {@code until}, then leaves the clock at
     * {@code until} (unless stopped earlier by {@link #stop()}, which leaves it at the last event).
     *
     * @return the number of events fired by this call
     */
    public long run(double until) {
        stopRequested = false;
        long before = eventsProcessed;
        EventCalendar cal = calendar;
        while (!stopRequested && cal.size() > 0 && cal.peekTime() <= until) {
            cal.removeMin();
            now = cal.lastTime();
            eventsProcessed++;
            Object h = cal.lastHandler();
            if (h instanceof EventHandler e) {
                e.handle(cal.lastPayload());
            } else {
                ((Runnable) h).run();
            }
        }
        long fired = eventsProcessed - before;
        if (!stopRequested && until != Double.POSITIVE_INFINITY && until > now) {
            now = until;
        }
        return fired;
    }

    /** Fires every pending event (including those they schedule) until none is left or stopped. */
    public long runToEnd() {
        return run(Double.POSITIVE_INFINITY);
    }

    /** Asks the running loop to return after the current event. */
    public void stop() {
        stopRequested = true;
    }

    private double checkNotPast(double time) {
        if (!(time >= now)) {   // also rejects NaN
            throw new IllegalArgumentException("cannot schedule at " + time + ", the clock is at " + now);
        }
        return time;
    }

    private static double checkDelay(double delay) {
        if (!(delay >= 0)) {
            throw new IllegalArgumentException("negative or NaN delay: " + delay);
        }
        return delay;
    }
}
