package org.scmsim.crypto.crl;

import java.util.List;

/**
 * <pre>
 * ToBeSignedHashIdCrl ::= SEQUENCE {
 *   crlSerial Uint32,
 *   entries   SequenceOfHashBasedRevocationInfo,
 *   ...
 * }
 * </pre>
 */
public record ToBeSignedHashIdCrl(boolean delta, long crlSerial, List<HashBasedRevocationInfo> entries)
        implements TypeSpecificCrlContents {

    public ToBeSignedHashIdCrl {
        if (crlSerial < 0 || crlSerial > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("crlSerial is a Uint32, not " + crlSerial);
        }
        entries = List.copyOf(entries);
    }

    @Override
    public int entryCount() {
        return entries.size();
    }
}
