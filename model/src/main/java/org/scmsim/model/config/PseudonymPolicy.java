package org.scmsim.model.config;

import java.time.Duration;

/**
 * OBU pseudonym certificates.
 *
 * @param perWeek           certificates per i-period (week) per OBU (CAMP: 20)
 * @param validity          validity of each certificate (CAMP: one week + 1 h overlap = PT169H)
 * @param pregenerateWeeks  weeks of certificates the SCMS keeps generated ahead for each device
 *                          (CAMP: 3 years = 156); the first request creates them, the PCA's weekly
 *                          job adds one week per device after that
 * @param downloadWeeks     weeks of certificates (one file per week) a device downloads at a time
 * @param topOffWeeks       a device with fewer weeks than this left on board (the current one
 *                          included) downloads the next batch at its next connection
 * @param rotation          a device changes its signing pseudonym after this much driving
 * @param rotationKm        ... or after this distance, whichever comes first (0: time only)
 * @param responseBytes     bytes of one encrypted pseudonym response (real RA download: 348)
 * @param fileOverheadBytes bytes of a week's zip file beyond its responses (real: 8,710 - 20 x 348)
 * @param requestBytes      bytes of the provisioning request (real: 382)
 */
public record PseudonymPolicy(int perWeek, Duration validity, int pregenerateWeeks, int downloadWeeks,
                              int topOffWeeks, Duration rotation, double rotationKm, int responseBytes,
                              int fileOverheadBytes, int requestBytes) {

    public PseudonymPolicy {
        Check.range("perWeek", perWeek, 1, 10_000);
        Check.positive("validity", validity);
        Check.range("pregenerateWeeks", pregenerateWeeks, 1, 1_560);
        Check.range("downloadWeeks", downloadWeeks, 1, 1_560);
        Check.range("topOffWeeks", topOffWeeks, 1, 1_560);
        Check.positive("rotation", rotation);
        Check.nonNegative("rotationKm", rotationKm);
        Check.range("responseBytes", responseBytes, 1, 1 << 20);
        Check.range("fileOverheadBytes", fileOverheadBytes, 0, 1 << 24);
        Check.range("requestBytes", requestBytes, 1, 1 << 20);
        if (downloadWeeks > pregenerateWeeks) {
            throw new InvalidFieldException("downloadWeeks", "cannot exceed pregenerateWeeks (" + pregenerateWeeks
                    + "), was " + downloadWeeks);
        }
        if (topOffWeeks > downloadWeeks + 1) {
            throw new InvalidFieldException("topOffWeeks", "must be at most downloadWeeks + 1 ("
                    + (downloadWeeks + 1) + ") or a device would download continuously, was " + topOffWeeks);
        }
    }

    /** Bytes of one week's file of pseudonym certificates. */
    public long weekFileBytes() {
        return (long) perWeek * responseBytes + fileOverheadBytes;
    }
}
