package org.scmsim.scenarios.experiment;

import org.scmsim.model.stats.ConfidenceInterval;
import org.scmsim.model.stats.Tally;

/**
 * One metric over replications: count, mean, sample standard deviation, 95% confidence-interval
 * half-width (Student t with n - 1 degrees of freedom), min and max. Replications where the metric
 * is undefined (NaN, e.g. a mean response time with no request) are left out of n.
 */
public record MetricSummary(long n, double mean, double sd, double ci95HalfWidth, double min, double max) {

    public static final double LEVEL = 0.95;

    /** Summarises values in the order given (replication order, so the result is reproducible). */
    public static MetricSummary of(double[] values) {
        Tally t = new Tally();
        for (double v : values) {
            if (!Double.isNaN(v)) {
                t.add(v);
            }
        }
        ConfidenceInterval ci = t.confidenceInterval(LEVEL);
        return new MetricSummary(t.count(), t.mean(), t.stdDev(), ci.halfWidth(), t.min(), t.max());
    }

    public double lower() {
        return mean - ci95HalfWidth;
    }

    public double upper() {
        return mean + ci95HalfWidth;
    }

    /**
     * Half-width relative to |mean|: 0 when both are 0 (a constant zero), infinite when the
     * interval is undefined (fewer than two values) or the mean is 0 with a spread.
     */
    public double relativeHalfWidth() {
        if (Double.isNaN(ci95HalfWidth) || Double.isNaN(mean)) {
            return Double.POSITIVE_INFINITY;
        }
        if (ci95HalfWidth == 0) {
            return 0;
        }
        return mean == 0 ? Double.POSITIVE_INFINITY : ci95HalfWidth / Math.abs(mean);
    }
}
