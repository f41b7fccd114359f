package org.scmsim.crypto.crl;

import java.util.Objects;
import java.util.OptionalInt;
import org.scmsim.crypto.base.HashedId8;
import org.scmsim.crypto.base.Time32;

/**
 * The content of a CRL, signed by the CRL generator:
 * <pre>
 * CrlContents ::= SEQUENCE {
 *   version      Uint8 (1),
 *   crlSeries    CrlSeries,
 *   crlCraca     HashedId8,
 *   issueDate    Time32,
 *   nextCrl      Time32,
 *   priorityInfo CrlPriorityInfo,      -- SEQUENCE { priority Uint8 OPTIONAL, ... }
 *   typeSpecific TypeSpecificCrlContents
 * }
 * </pre>
 *
 * @param crlSeries the series (certificates carry the series whose CRLs revoke them)
 * @param crlCraca HashedId8 of the certificate of the CA responsible for revocation (the CRLG in CAMP)
 * @param priority the optional priority, or empty
 */
public record CrlContents(int crlSeries, HashedId8 crlCraca, Time32 issueDate, Time32 nextCrl, OptionalInt priority,
        TypeSpecificCrlContents typeSpecific) {

    /** The only version defined. */
    public static final int VERSION = 1;

    public CrlContents {
        if (crlSeries < 0 || crlSeries > 0xFFFF) {
            throw new IllegalArgumentException("crlSeries is a Uint16, not " + crlSeries);
        }
        Objects.requireNonNull(crlCraca, "crlCraca");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(nextCrl, "nextCrl");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(typeSpecific, "typeSpecific");
        if (priority.isPresent() && (priority.getAsInt() < 0 || priority.getAsInt() > 255)) {
            throw new IllegalArgumentException("priority is a Uint8, not " + priority.getAsInt());
        }
        if (nextCrl.isBefore(issueDate)) {
            throw new IllegalArgumentException("nextCrl " + nextCrl + " is before issueDate " + issueDate);
        }
    }

    /** Whether the CRL is the current one at {@code now}: issued, and its successor not yet due. */
    public CrlTimeliness timelinessAt(Time32 now) {
        if (now.isBefore(issueDate)) {
            return CrlTimeliness.NOT_YET_ISSUED;
        }
        return now.isAfter(nextCrl) ? CrlTimeliness.OVERDUE : CrlTimeliness.CURRENT;
    }

    /** Number of revocation entries (hash entries, or individual and group linkage entries). */
    public int entryCount() {
        return typeSpecific.entryCount();
    }
}
