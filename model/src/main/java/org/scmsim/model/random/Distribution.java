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

    /** Always the same value. */
    record Constant(double value) implements Distribution {
        public double sample(RandomStream stream) {
            return value;
        }

        public double mean() {
            return value;
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
    }
}
