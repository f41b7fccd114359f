package org.scmsim.model.stats;

/**
 * Observations one at a time: count, mean, variance (Welford), min, max, and a confidence interval
 * for the mean. No observation is stored.
 */
public final class Tally {

    private long n;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double sum;

    public void add(double x) {
        n++;
        double d = x - mean;
        mean += d / n;
        m2 += d * (x - mean);
        sum += x;
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
    }

    public long count() {
        return n;
    }

    public double sum() {
        return sum;
    }

    /** Mean, or NaN when empty. */
    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** Sample variance (n - 1), NaN with fewer than two observations. */
    public double variance() {
        return n < 2 ? Double.NaN : m2 / (n - 1);
    }

    public double stdDev() {
        return Math.sqrt(variance());
    }

    public double min() {
        return n == 0 ? Double.NaN : min;
    }

    public double max() {
        return n == 0 ? Double.NaN : max;
    }

    public ConfidenceInterval confidenceInterval(double level) {
        return ConfidenceInterval.of(mean(), variance(), n, level);
    }

    public ConfidenceInterval ci95() {
        return confidenceInterval(0.95);
    }

    public void reset() {
        n = 0;
        mean = 0;
        m2 = 0;
        sum = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }
}
