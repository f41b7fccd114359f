package org.scmsim.model.stats;

import org.apache.commons.math3.distribution.TDistribution;

/** A mean with the half-width of its two-sided confidence interval (Student t). */
public record ConfidenceInterval(double mean, double halfWidth, double level, long n) {

    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }

    public boolean contains(double x) {
        return x >= lower() && x <= upper();
    }

    /** Interval for the mean of n i.i.d. observations with the given sample variance. */
    public static ConfidenceInterval of(double mean, double variance, long n, double level) {
        if (n < 2 || Double.isNaN(variance)) {
            return new ConfidenceInterval(mean, Double.NaN, level, n);
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + level / 2);
        return new ConfidenceInterval(mean, t * Math.sqrt(variance / n), level, n);
    }
}
