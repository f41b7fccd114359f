package org.scmsim.crypto.crl;

import java.util.Objects;
import java.util.Optional;
import org.scmsim.crypto.base.HashedId10;
import org.scmsim.crypto.linkage.GroupLinkageValue;
import org.scmsim.crypto.linkage.LinkageValue;

/**
 * What a CRL check needs to know of a certificate: its HashedId10 (over its COER encoding) and, for
 * a pseudonym certificate, its {@code LinkageData} (iCert, linkage value and, for a group member,
 * the group linkage value).
 */
public record RevocationTarget(HashedId10 hashedId10, Optional<Linkage> linkage) {

    /** A certificate's {@code LinkageData{iCert, linkage-value, group-linkage-value OPTIONAL}}. */
    public record Linkage(int iCert, LinkageValue value, Optional<GroupLinkageValue> group) {
        public Linkage {
            if (iCert < 0 || iCert > 0xFFFF) {
                throw new IllegalArgumentException("iCert is an IValue (Uint16), not " + iCert);
            }
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(group, "group");
        }

        /** Without a group linkage value. */
        public Linkage(int iCert, LinkageValue value) {
            this(iCert, value, Optional.empty());
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

    /** A pseudonym certificate of a group member (individual and group linkage values). */
    public static RevocationTarget of(HashedId10 id, int iCert, LinkageValue lv, GroupLinkageValue group) {
        return new RevocationTarget(id, Optional.of(new Linkage(iCert, lv, Optional.of(group))));
    }
}
