package org.scmsim.model.device;

import org.scmsim.model.engine.Simulation;

/**
 * Counts per simulated day, for every {@link Measure}: a fixed-resolution time series whose size
 * depends on the horizon only, not on the number of devices or events.
 */
public final class Ledger {

    private final Simulation sim;
    private final double[][] byDay;
    private final int days;

    public Ledger(Simulation sim, int days) {
        this.sim = sim;
        this.days = days;
        this.byDay = new double[Measure.VALUES.length][days];
    }

    public int days() {
        return days;
    }

    /** Adds {@code v} to the measure on the current day. */
    public void add(Measure m, double v) {
        int d = (int) (sim.now() / 86_400.0);
        byDay[m.ordinal()][d < days ? d : days - 1] += v;
    }

    /** Adds {@code v} to the measure on a given day. */
    public void addOnDay(Measure m, int day, double v) {
        byDay[m.ordinal()][Math.min(Math.max(day, 0), days - 1)] += v;
    }

    public double day(Measure m, int day) {
        return byDay[m.ordinal()][day];
    }

    /** Sum over days [from, to). */
    public double sum(Measure m, int from, int to) {
        double s = 0;
        double[] a = byDay[m.ordinal()];
        for (int d = Math.max(0, from); d < Math.min(to, days); d++) {
            s += a[d];
        }
        return s;
    }

    public double total(Measure m) {
        return sum(m, 0, days);
    }
}
