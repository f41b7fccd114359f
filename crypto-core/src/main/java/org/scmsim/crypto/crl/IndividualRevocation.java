package org.scmsim.crypto.crl;

import java.util.Objects;
import org.scmsim.crypto.linkage.LinkageSeed;

/**
 * One revoked device: both LAs' linkage seeds at period iRev.
 * <pre>
 * IndividualRevocation ::= SEQUENCE {
 *   linkageSeed1 LinkageSeed,
 *   linkageSeed2 LinkageSeed,
 *   ...
 * }
 * </pre>
 */
public record IndividualRevocation(LinkageSeed linkageSeed1, LinkageSeed linkageSeed2) {

    public IndividualRevocation {
        Objects.requireNonNull(linkageSeed1, "linkageSeed1");
        Objects.requireNonNull(linkageSeed2, "linkageSeed2");
    }
}
