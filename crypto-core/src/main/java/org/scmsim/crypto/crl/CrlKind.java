package org.scmsim.crypto.crl;

/**
 * Full or delta CRL (the two halves of 1609.2's {@code TypeSpecificCrlContents} choice).
 */
public enum CrlKind {
    /** Every certificate of the series revoked and not yet expired ({@code fullHashCrl} / {@code fullLinkedCrl}). */
    FULL,
    /**
     * Only the certificates revoked since the previous CRL of the same crlCraca and crlSeries
     * ({@code deltaHashCrl} / {@code deltaLinkedCrl}).
     */
    DELTA
}
