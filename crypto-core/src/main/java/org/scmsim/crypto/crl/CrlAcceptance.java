package org.scmsim.crypto.crl;

/** What a {@link CrlStore} did with a CRL offered to it. */
public enum CrlAcceptance {
    /** A full CRL newer than what the store held: it replaces the store's entries of its kind. */
    ACCEPTED_FULL,
    /** The delta CRL that follows the last CRL the store holds: its entries are added. */
    ACCEPTED_DELTA,
    /** The signature does not verify with the store's CRL generator key. */
    BAD_SIGNATURE,
    /** The CRL names another crlCraca than the store's CRL generator. */
    WRONG_CRACA,
    /** The CRL belongs to another crlSeries than the store's. */
    WRONG_SERIES,
    /** The CRL's issueDate is after the time it was offered at. */
    NOT_YET_ISSUED,
    /** A delta CRL arrived before any full CRL of its kind (hash or linkage): nothing to add it to. */
    DELTA_WITHOUT_FULL,
    /**
     * Not the next CRL of the series: a CRL between the store's last one and this delta is missing
     * (crlSerial, or iRev/indexWithinI, skips), or its issueDate goes backwards.
     */
    OUT_OF_ORDER,
    /** Not newer than what the store holds (a duplicate or an older CRL). */
    STALE;

    /** True for the two outcomes that changed the store. */
    public boolean isAccepted() {
        return this == ACCEPTED_FULL || this == ACCEPTED_DELTA;
    }
}
