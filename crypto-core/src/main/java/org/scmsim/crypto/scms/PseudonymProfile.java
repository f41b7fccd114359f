package org.scmsim.crypto.scms;

import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Duration;
import java.util.List;
import java.util.Objects;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Durations;

/**
 * What the PCA puts into every pseudonym certificate, and the i-period clock.
 *
 * @param iPeriodOrigin the start of period i = 0 (the Korean SCMS: 2015-01-06)
 * @param periodSeconds the length of one i-period (a week, 604,800 s)
 * @param certificatesPerPeriod jmax: certificates per period (j = 0 .. jmax-1; 20 in CAMP)
 * @param validity each certificate's validity (169 h: a week plus an hour of overlap)
 * @param psids the application permissions (e.g. 0x20 BSM, 0x26 misbehavior reporting)
 * @param crlSeries the CRL series the certificates are revoked through
 * @param countryRegion a country code for the region, or 0 for no region
 */
public record PseudonymProfile(Time32 iPeriodOrigin, long periodSeconds, int certificatesPerPeriod, Duration validity,
        List<Long> psids, int crlSeries, int countryRegion) {

    /** One week. */
    public static final long WEEK_SECONDS = 604_800L;

    public PseudonymProfile {
        Objects.requireNonNull(iPeriodOrigin, "iPeriodOrigin");
        Objects.requireNonNull(validity, "validity");
        if (periodSeconds <= 0) {
            throw new IllegalArgumentException("periodSeconds must be positive, not " + periodSeconds);
        }
        if (certificatesPerPeriod < 1 || certificatesPerPeriod > 255) {
            throw new IllegalArgumentException("certificatesPerPeriod (jmax) must be 1..255, not " + certificatesPerPeriod);
        }
        psids = List.copyOf(psids);
        if (psids.isEmpty()) {
            throw new IllegalArgumentException("a pseudonym certificate needs at least one PSID");
        }
    }

    /**
     * The CAMP defaults: weekly periods from 2015-01-06 (as the Korean SCMS), 20 certificates a
     * week valid 169 h each, BSM (0x20) and misbehavior reporting (0x26), CRL series 1, USA (840).
     */
    public static PseudonymProfile campDefaults() {
        return new PseudonymProfile(Time32.of(java.time.Instant.parse("2015-01-06T00:00:00Z")), WEEK_SECONDS, 20,
                Durations.hours(169), List.of(0x20L, 0x26L), 1, 840);
    }

    /** The start of period i. */
    public Time32 periodStart(int i) {
        return iPeriodOrigin.plusSeconds(i * periodSeconds);
    }

    /** The period containing {@code t} (negative before the origin). */
    public int periodAt(Time32 t) {
        return (int) Math.floorDiv(t.value() - iPeriodOrigin.value(), periodSeconds);
    }
}
