package org.scmsim.model.config;

import java.time.Duration;

/**
 * OBU pseudonym certificates.
 *
 * @param perWeek  certificates per i-period (week) per OBU (CAMP: 20)
 * @param validity validity of each certificate (CAMP: one week + 1 h overlap = PT169H)
 */
public record PseudonymPolicy(int perWeek, Duration validity) {

    public PseudonymPolicy {
        Check.range("perWeek", perWeek, 1, 10_000);
        Check.positive("validity", validity);
    }
}
