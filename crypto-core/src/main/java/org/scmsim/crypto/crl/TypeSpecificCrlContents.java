package org.scmsim.crypto.crl;

/**
 * <pre>
 * TypeSpecificCrlContents ::= CHOICE {
 *   fullHashCrl    ToBeSignedHashIdCrl,
 *   deltaHashCrl   ToBeSignedHashIdCrl,
 *   fullLinkedCrl  ToBeSignedLinkageValueCrl,
 *   deltaLinkedCrl ToBeSignedLinkageValueCrl,
 *   ...
 * }
 * </pre>
 */
public sealed interface TypeSpecificCrlContents permits ToBeSignedHashIdCrl, ToBeSignedLinkageValueCrl {

    /** True for the delta variants (entries added since the previous full CRL). */
    boolean delta();

    int entryCount();
}
