package org.scmsim.crypto.crl;

import java.util.List;
import java.util.Objects;
import org.scmsim.crypto.linkage.LaId;

/**
 * <pre>
 * LAGroup ::= SEQUENCE {
 *   la1Id    LaId,
 *   la2Id    LaId,
 *   contents SequenceOfIMaxGroup,
 *   ...
 * }
 * </pre>
 */
public record LaGroup(LaId la1Id, LaId la2Id, List<IMaxGroup> contents) {

    public LaGroup {
        Objects.requireNonNull(la1Id, "la1Id");
        Objects.requireNonNull(la2Id, "la2Id");
        contents = List.copyOf(contents);
    }
}
