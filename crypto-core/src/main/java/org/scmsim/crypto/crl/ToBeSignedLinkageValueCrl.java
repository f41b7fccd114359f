package org.scmsim.crypto.crl;

import java.util.List;

/**
 * <pre>
 * ToBeSignedLinkageValueCrl ::= SEQUENCE {
 *   iRev         IValue,
 *   indexWithinI Uint8,
 *   individual   SequenceOfJMaxGroup OPTIONAL,
 *   groups       SequenceOfGroupCrlEntry OPTIONAL,
 *   ...
 * }
 * </pre>
 * The seeds in the entries are those of period {@code iRev}.
 *
 * @param indexWithinI counts CRLs reissued within period iRev
 * @param individual the individual revocations, grouped by jmax, LA pair and iMax (empty if absent)
 * @param groups group linkage revocations (empty if absent)
 */
public record ToBeSignedLinkageValueCrl(boolean delta, int iRev, int indexWithinI, List<JMaxGroup> individual,
        List<GroupCrlEntry> groups) implements TypeSpecificCrlContents {

    public ToBeSignedLinkageValueCrl {
        if (iRev < 0 || iRev > 0xFFFF) {
            throw new IllegalArgumentException("iRev is an IValue (Uint16), not " + iRev);
        }
        if (indexWithinI < 0 || indexWithinI > 255) {
            throw new IllegalArgumentException("indexWithinI is a Uint8, not " + indexWithinI);
        }
        individual = List.copyOf(individual);
        groups = List.copyOf(groups);
    }

    @Override
    public int entryCount() {
        int n = groups.size();
        for (JMaxGroup j : individual) {
            for (LaGroup la : j.contents()) {
                for (IMaxGroup im : la.contents()) {
                    n += im.contents().size();
                }
            }
        }
        return n;
    }
}
