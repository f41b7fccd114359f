package org.scmsim.model.config;

import java.time.Duration;

/**
 * The RA's shuffle: certificate requests wait until {@code threshold} certificates have gathered
 * or the oldest has waited {@code maxWait}, then all go to the PCA in a random order.
 *
 * @param threshold certificates that release the shuffle
 * @param maxWait   longest a certificate request waits in the shuffle
 */
public record Shuffle(int threshold, Duration maxWait) {

    public Shuffle {
        Check.range("threshold", threshold, 1, Integer.MAX_VALUE);
        Check.nonNegative("maxWait", maxWait);
    }
}
