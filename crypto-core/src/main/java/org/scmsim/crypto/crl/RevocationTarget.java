package org.scmsim.crypto.crl;

import java.util.Objects;
import java.util.Optional;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.linkage.LinkageValue;

/**
 * What a CRL check needs to know of a certificate: its HashedId10 (over its COER encoding) and, for
 * a pseudonym certificate, its {@code LinkageData} (iCert and linkage value).
 */
public record RevocationTarget(HashedId10 hashedId10, Optional<Linkage> linkage) {

    /** A certificate's {@code LinkageData{iCert, linkage-value}}. */
    public record Linkage(int iCert, LinkageValue value) {
        public Linkage {
            if (iCert < 0 || iCert > 0xFFFF) {
                throw new IllegalArgumentException("iCert is an IValue (Uint16), not " + iCert);
            }
            Objects.requireNonNull(value, "value");
        }
    }

    public RevocationTarget {
        Objects.requireNonNull(hashedId10, "hashedId10");
        Objects.requireNonNull(linkage, "linkage");
    }

    /** A certificate without linkage data (identified by hash only). */
    public static RevocationTarget ofHash(HashedId10 id) {
        return new RevocationTarget(id, Optional.empty());
    }

    /** A pseudonym certificate. */
    public static RevocationTarget of(HashedId10 id, int iCert, LinkageValue lv) {
        return new RevocationTarget(id, Optional.of(new Linkage(iCert, lv)));
    }
}
