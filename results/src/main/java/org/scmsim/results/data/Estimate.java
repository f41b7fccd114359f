package org.scmsim.results.data;

/**
 * A simulated figure: its mean over {@code n} replications with the half-width of its 95%
 * confidence interval (NaN with one replication, where there is no interval), and its extremes.
 *
 * @param metric    snake_case name, as in {@code summary.json} or an experiment's summary
 * @param n         replications
 * @param mean      mean over replications (the value itself for one)
 * @param sd        sample standard deviation (NaN for one)
 * @param halfWidth half-width of the 95% confidence interval of the mean (NaN for one)
 * @param min       smallest replication value
 * @param max       largest replication value
 */
public record Estimate(String metric, int n, double mean, double sd, double halfWidth, double min, double max) {

    /** One replication's value: no interval. */
    public static Estimate single(String metric, double value) {
        return new Estimate(metric, 1, value, Double.NaN, Double.NaN, value, value);
    }

    public boolean hasInterval() {
        return n > 1 && !Double.isNaN(halfWidth);
    }

    public double lower() {
        return hasInterval() ? mean - halfWidth : mean;
    }

    public double upper() {
        return hasInterval() ? mean + halfWidth : mean;
    }

    /** This estimate scaled (units), the interval with it. */
    public Estimate times(double factor) {
        return new Estimate(metric, n, mean * factor, sd * Math.abs(factor), halfWidth * Math.abs(factor),
                factor >= 0 ? min * factor : max * factor, factor >= 0 ? max * factor : min * factor);
    }

    /** Where the figure came from, for a report's source line. */
    public String provenance() {
        return hasInterval()
                ? "simulated metric " + metric + ", mean ± 95% CI half-width over " + n + " replications"
                : "simulated metric " + metric + (n == 1 ? ", one replication (no confidence interval)" : ", " + n + " replications");
    }
}
