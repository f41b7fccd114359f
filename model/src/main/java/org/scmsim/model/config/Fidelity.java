package org.scmsim.model.config;

/**
 * How much of the cryptography runs for real.
 *
 * @param mode           {@code model}, {@code sampled} or {@code full}
 * @param sampleFraction in {@code sampled} mode, the fraction of OBUs whose certificates are
 *                       really issued, opened and verified (drawn from stream "fidelity.sample")
 */
public record Fidelity(Mode mode, double sampleFraction) {

    /** Crypto in the loop. */
    public enum Mode {
        /** Costs only: service times from the scenario's operation costs. For the largest runs. */
        MODEL,
        /** Real crypto for a random sample of devices, the calibrated cost for every device. */
        SAMPLED,
        /** Every certificate really requested, expanded, issued, encrypted, opened and verified. */
        FULL
    }

    public Fidelity {
        Check.present("mode", mode);
        Check.fraction("sampleFraction", sampleFraction);
    }
}
