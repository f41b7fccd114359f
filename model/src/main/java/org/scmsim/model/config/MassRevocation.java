package org.scmsim.model.config;

import java.time.LocalDate;

/**
 * Many OBUs revoked at once on a day (a recalled model, a compromised batch of devices): the MA
 * orders their revocation, the CRL generator lists them in the next CRL, and the RA blacklists
 * their enrollment certificates, so they get no further certificates.
 *
 * @param name     names the disruption in the results
 * @param at       the day of the decision (UTC midnight)
 * @param fraction share of the active OBUs revoked (used when {@code devices} is 0)
 * @param devices  number of active OBUs revoked (0: use {@code fraction}); the first ones deployed
 */
public record MassRevocation(String name, LocalDate at, double fraction, long devices) {

    public MassRevocation {
        Disruptions.name(name);
        Check.present("at", at);
        Check.fraction("fraction", fraction);
        Check.nonNegative("devices", devices);
        if (devices == 0 && fraction == 0) {
            throw new InvalidFieldException("devices", "revokes nobody: give devices > 0 or fraction > 0");
        }
        if (devices > 0 && fraction > 0) {
            throw new InvalidFieldException("fraction", "give either devices or fraction (the other 0), not both");
        }
    }
}
