package org.scmsim.model.stats;

/**
 * A piecewise-constant quantity over simulated time (queue length, busy servers, devices
 * without certificates): its time average, time-weighted variance, min, max and integral.
 */
public final class TimeWeighted {

    private double startTime;
    private double lastTime;
    private double value;
    private double integral;
    private double integralSq;
    private double min;
    private double max;

    public TimeWeighted(double startTime, double initialValue) {
        reset(startTime, initialValue);
    }

    /** The quantity changes to {@code newValue} at time {@code now}. */
    public void update(double now, double newValue) {
        advance(now);
        value = newValue;
        if (newValue < min) {
            min = newValue;
        }
        if (newValue > max) {
            max = newValue;
        }
    }

    /** Adds {@code delta} at time {@code now}. */
    public void add(double now, double delta) {
        update(now, value + delta);
    }

    private void advance(double now) {
        if (now < lastTime) {
            throw new IllegalArgumentException("time went backwards: " + now + " < " + lastTime);
        }
        double dt = now - lastTime;
        integral += value * dt;
        integralSq += value * value * dt;
        lastTime = now;
    }

    public double value() {
        return value;
    }

    /** Integral of the value from the start to {@code now} (value-seconds). */
    public double integral(double now) {
        return integral + value * (now - lastTime);
    }

    /** Time average from the start to {@code now}; the current value if no time has passed. */
    public double mean(double now) {
        double span = now - startTime;
        return span <= 0 ? value : integral(now) / span;
    }

    public double variance(double now) {
        double span = now - startTime;
        if (span <= 0) {
            return 0;
        }
        double m = mean(now);
        double sq = (integralSq + value * value * (now - lastTime)) / span;
        return Math.max(0, sq - m * m);
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Restarts the statistic at {@code now} keeping the given value (e.g. after a warm-up). */
    public void reset(double now, double currentValue) {
        startTime = now;
        lastTime = now;
        value = currentValue;
        integral = 0;
        integralSq = 0;
        min = currentValue;
        max = currentValue;
    }
}
