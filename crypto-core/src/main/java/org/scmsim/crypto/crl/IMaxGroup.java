package org.scmsim.crypto.crl;

import java.util.List;

/**
 * <pre>
 * IMaxGroup ::= SEQUENCE {
 *   iMax     Uint16,
 *   contents SequenceOfIndividualRevocation,
 *   ...
 * }
 * </pre>
 *
 * @param iMax the last period the device holds certificates for: the entries revoke nothing after it
 */
public record IMaxGroup(int iMax, List<IndividualRevocation> contents) {

    public IMaxGroup {
        if (iMax < 0 || iMax > 0xFFFF) {
            throw new IllegalArgumentException("iMax is a Uint16, not " + iMax);
        }
        contents = List.copyOf(contents);
    }
}
