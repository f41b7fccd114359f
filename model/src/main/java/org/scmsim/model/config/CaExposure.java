package org.scmsim.model.config;

import java.time.LocalDate;

/**
 * A CA private key exposed on a date: every certificate under it is revoked, and the devices
 * holding them must be bootstrapped again in a secure environment (new enrollment, new
 * certificates) at the re-bootstrap capacity; until then they have no valid credentials.
 *
 * @param name              names the disruption in the results
 * @param ca                the CA whose key was exposed
 * @param at                the day the exposure is discovered and the CA revoked (UTC midnight)
 * @param fraction          share of the active devices under that CA (several PCAs or ECAs share
 *                          the fleet; 1: all)
 * @param rebootstrapPerDay devices re-bootstrapped per day by all crews together (0: the
 *                          deployment's installers x installsPerDay)
 */
public record CaExposure(String name, Ca ca, LocalDate at, double fraction, int rebootstrapPerDay) {

    /** Which CA's key is exposed, and so which devices are affected. */
    public enum Ca {
        /** Root or intermediate CA: every device, OBUs and RSUs. */
        ROOT,
        /** Enrollment CA: every enrolled device must re-enroll. */
        ECA,
        /** Pseudonym CA: the OBUs (pseudonym and identification certificates). */
        PCA,
        /** The CA issuing RSU application certificates: the RSUs. */
        ACA
    }

    public CaExposure {
        Disruptions.name(name);
        Check.present("ca", ca);
        Check.present("at", at);
        Check.fraction("fraction", fraction);
        Check.range("rebootstrapPerDay", rebootstrapPerDay, 0, 100_000_000);
    }

    public boolean affectsObus() {
        return ca != Ca.ACA;
    }

    public boolean affectsRsus() {
        return ca != Ca.PCA;
    }
}
