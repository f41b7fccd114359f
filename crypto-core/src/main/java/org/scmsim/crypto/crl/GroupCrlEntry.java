package org.scmsim.crypto.crl;

import java.util.Objects;
import org.scmsim.crypto.linkage.LaId;
import org.scmsim.crypto.linkage.LinkageSeed;

/**
 * A revoked group (group linkage values; not used by the CAMP PoC): the two group seeds at the
 * CRL's iRev. Every certificate whose group linkage value they reproduce, from iRev to iMax, is
 * revoked (see {@link RevocationChecker}).
 * <pre>
 * GroupCrlEntry ::= SEQUENCE {
 *   iMax         Uint16,
 *   la1Id        LaId,
 *   linkageSeed1 LinkageSeed,
 *   la2Id        LaId,
 *   linkageSeed2 LinkageSeed,
 *   ...
 * }
 * </pre>
 */
public record GroupCrlEntry(int iMax, LaId la1Id, LinkageSeed linkageSeed1, LaId la2Id, LinkageSeed linkageSeed2) {

    public GroupCrlEntry {
        if (iMax < 0 || iMax > 0xFFFF) {
            throw new IllegalArgumentException("iMax is a Uint16, not " + iMax);
        }
        Objects.requireNonNull(la1Id, "la1Id");
        Objects.requireNonNull(linkageSeed1, "linkageSeed1");
        Objects.requireNonNull(la2Id, "la2Id");
        Objects.requireNonNull(linkageSeed2, "linkageSeed2");
    }
}
