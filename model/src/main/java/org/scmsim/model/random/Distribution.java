package org.scmsim.model.random;

import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * A univariate distribution sampled by inversion from one uniform of a stream, so that common
 * random numbers stay aligned between arms whatever the parameters. Samples never allocate.
 */
public sealed interface Distribution {

    double sample(RandomStream stream);

    double mean();

    /**
     * Reads a distribution written as in scenario files: {@code constant(3)}, {@code exponential(5)},
     * {@code uniform(30, 90)}, {@code lognormal(12, 0.8)} (mean and coefficient of variation).
     *
     * @throws IllegalArgumentException naming what is wrong, with the accepted forms
     */
    static Distribution parse(String text) {
        String forms = "expected constant(v), exponential(mean), uniform(min, max) or lognormal(mean, cv)";
        if (text == null) {
            throw new IllegalArgumentException(forms + ", found nothing");
        }
        String t = text.trim();
        int open = t.indexOf('(');
        if (open <= 0 || !t.endsWith(")")) {
            throw new IllegalArgumentException(forms + ", found '" + text + "'");
        }
        String kind = t.substring(0, open).trim().toLowerCase(java.util.Locale.ROOT);
        String[] parts = t.substring(open + 1, t.length() - 1).split(",");
        double[] a = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                a[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + parts[i].trim() + "' is not a number in '" + text + "'");
            }
        }
        int want = switch (kind) {
            case "constant", "exponential" -> 1;
            case "uniform", "lognormal" -> 2;
            default -> throw new IllegalArgumentException("unknown distribution '" + kind + "': " + forms);
        };
        if (a.length != want) {
            throw new IllegalArgumentException(kind + " takes " + want + " number" + (want > 1 ? "s" : "")
                    + ", found '" + text + "'");
        }
        return switch (kind) {
            case "constant" -> new Constant(a[0]);
            case "exponential" -> new Exponential(a[0]);
            case "uniform" -> new Uniform(a[0], a[1]);
            default -> new LogNormal(a[0], a[1]);
        };
    }

    /** The text form {@link #parse} reads. */
    String text();

    /** Variance of the distribution. */
    double variance();

    /** Always the same value. */
    record Constant(double value) implements Distribution {
        public double sample(RandomStream stream) {
            return value;
        }

        public double mean() {
            return value;
        }

        public double variance() {
            return 0;
        }

        public String text() {
            return "constant(" + value + ")";
        }
    }

    /** Exponential with the given mean. */
    record Exponential(double mean) implements Distribution {
        public Exponential {
            if (!(mean > 0)) {
                throw new IllegalArgumentException("exponential mean must be > 0: " + mean);
            }
        }

        public double sample(RandomStream stream) {
            return -mean * Math.log1p(-stream.nextDouble());
        }

        public double variance() {
            return mean * mean;
        }

        public String text() {
            return "exponential(" + mean + ")";
        }
    }

    /** Uniform on [min, max). */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            if (!(max >= min)) {
                throw new IllegalArgumentException("uniform needs min <= max: " + min + ", " + max);
            }
        }

        public double sample(RandomStream stream) {
            return min + (max - min) * stream.nextDouble();
        }

        public double mean() {
            return (min + max) / 2;
        }

        public double variance() {
            return (max - min) * (max - min) / 12;
        }

        public String text() {
            return "uniform(" + min + ", " + max + ")";
        }
    }

    /** Lognormal given by its mean and coefficient of variation (sd / mean). */
    record LogNormal(double mean, double cv) implements Distribution {
        public LogNormal {
            if (!(mean > 0) || !(cv >= 0)) {
                throw new IllegalArgumentException("lognormal needs mean > 0 and cv >= 0: " + mean + ", " + cv);
            }
        }

        public double sample(RandomStream stream) {
            double sigma2 = Math.log1p(cv * cv);
            double mu = Math.log(mean) - sigma2 / 2;
            return Math.exp(mu + Math.sqrt(sigma2) * NormalDist.inverseF01(stream.nextDouble()));
        }

        public double variance() {
            return mean * mean * cv * cv;
        }

        public String text() {
            return "lognormal(" + mean + ", " + cv + ")";
        }
    }
}
