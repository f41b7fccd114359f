package org.scmsim.model.device;

import java.util.List;
import umontreal.ssj.rng.RandomStream;

/**
 * When trips start: a non-homogeneous Poisson process whose rate follows the fleet's hourly
 * profile (UTC hours from the run's start, which is a UTC midnight), scaled to a class's trips per
 * day. The next start after t is found by inversion of the cumulative rate, with one uniform.
 */
public final class TripClock {

    private static final double HOUR = 3600.0;
    private final double[] rate = new double[24];   // trips per second in each hour
    private final double perDay;

    public TripClock(List<Double> diurnal, double tripsPerDay) {
        double sum = diurnal.stream().mapToDouble(Double::doubleValue).sum();
        for (int h = 0; h < 24; h++) {
            rate[h] = tripsPerDay * diurnal.get(h) / sum / HOUR;
        }
        this.perDay = tripsPerDay;
    }

    /** The first trip start after {@code t}; +Infinity if the class never drives. */
    public double next(double t, RandomStream stream) {
        if (perDay <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double need = -Math.log1p(-stream.nextDouble());   // Exp(1) of cumulative rate
        // whole days first: each day accumulates perDay
        double days = Math.floor(need / perDay);
        double time = t + days * 86_400.0;
        need -= days * perDay;
        while (true) {
            int hour = (int) ((time / HOUR) % 24);
            double hourEnd = (Math.floor(time / HOUR) + 1) * HOUR;
            double r = rate[hour];
            double have = r * (hourEnd - time);
            if (have >= need && r > 0) {
                return time + need / r;
            }
            need -= have;
            time = hourEnd;
        }
    }
}
