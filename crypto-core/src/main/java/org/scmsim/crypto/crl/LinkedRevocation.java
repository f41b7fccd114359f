package org.scmsim.crypto.crl;

import java.util.Objects;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageSeed;

/**
 * One device to put on a linkage CRL: its two seeds at the CRL's iRev, the LA pair, the number of
 * certificates per period and the last period it holds certificates for.
 */
public record LinkedRevocation(int jmax, LaId la1, LaId la2, int iMax, LinkageSeed seed1, LinkageSeed seed2) {

    public LinkedRevocation {
        Objects.requireNonNull(la1, "la1");
        Objects.requireNonNull(la2, "la2");
        Objects.requireNonNull(seed1, "seed1");
        Objects.requireNonNull(seed2, "seed2");
    }
}
