package org.scmsim.model.config;

import java.time.Duration;

/**
 * Policy and certificate-chain files (LPF, LCCF) published by the SCMS and pushed to devices at
 * their next connection.
 *
 * @param updateInterval time between new versions (zero: never updated during the run)
 * @param lpfBytes       size of the local policy file
 * @param lccfBytes      size of the local certificate chain file
 */
public record FilesPolicy(Duration updateInterval, int lpfBytes, int lccfBytes) {

    public FilesPolicy {
        Check.nonNegative("updateInterval", updateInterval);
        Check.range("lpfBytes", lpfBytes, 0, 1 << 24);
        Check.range("lccfBytes", lccfBytes, 0, 1 << 24);
    }
}
