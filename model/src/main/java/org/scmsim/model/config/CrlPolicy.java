package org.scmsim.model.config;

import java.time.Duration;

/**
 * When the CRL generator issues a CRL and how it reaches the OBUs.
 *
 * @param cadence           periodic (every {@code interval}, listing what was decided since) or
 *                          on each revocation decision
 * @param interval          period of a periodic CRL (also the nextCrl of every CRL)
 * @param channel           how OBUs get a new CRL: RSU broadcast, download at a contact, or cellular
 * @param meanTimeToReceive mean time from issue until an active OBU holds a CRL (exponential per OBU)
 * @param signedOverhead    bytes the signed, delivered CRL adds to its CrlContents (169 - 77 = 92 in
 *                          the real Korean SCMS CRL)
 * @param generationTime    CRL generator server time per CRL (assembling and signing), queued at the
 *                          CRLG component ({@code scms.crlg}); zero with {@code entryTime}: issued at once
 * @param entryTime         CRL generator server time per entry listed (linkage and hash entries)
 */
public record CrlPolicy(Cadence cadence, Duration interval, Channel channel, Duration meanTimeToReceive,
                        int signedOverhead, Duration generationTime, Duration entryTime) {

    /** Whether issuing a CRL takes CRL generator time (else it is issued at once, as before issue 6's servers). */
    public boolean queued() {
        return !generationTime.isZero() || !entryTime.isZero();
    }

    /** When CRLs are issued. */
    public enum Cadence {
        PERIODIC,
        ON_REVOCATION
    }

    /** How a CRL reaches OBUs. */
    public enum Channel {
        RSU_BROADCAST,
        DOWNLOAD,
        CELLULAR
    }

    public CrlPolicy {
        Check.present("cadence", cadence);
        Check.positive("interval", interval);
        Check.present("channel", channel);
        Check.positive("meanTimeToReceive", meanTimeToReceive);
        Check.range("signedOverhead", signedOverhead, 0, 100_000);
        Check.nonNegative("generationTime", generationTime);
        Check.nonNegative("entryTime", entryTime);
    }
}
