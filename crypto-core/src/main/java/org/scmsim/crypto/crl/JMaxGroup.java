package org.scmsim.crypto.crl;

import java.util.List;

/**
 * <pre>
 * JMaxGroup ::= SEQUENCE {
 *   jmax     Uint8,
 *   contents SequenceOfLAGroup,
 *   ...
 * }
 * </pre>
 *
 * @param jmax the number of certificates per period (j = 0 .. jmax-1)
 */
public record JMaxGroup(int jmax, List<LaGroup> contents) {

    public JMaxGroup {
        if (jmax < 0 || jmax > 255) {
            throw new IllegalArgumentException("jmax is a Uint8, not " + jmax);
        }
        contents = List.copyOf(contents);
    }
}
