package org.scmsim.crypto.crl;

/** Where a time falls relative to a CRL's issueDate and nextCrl. */
public enum CrlTimeliness {
    /** Before the CRL's issue date. */
    NOT_YET_ISSUED,
    /** Between issueDate and nextCrl: the CRL is the latest a receiver should expect. */
    CURRENT,
    /** After nextCrl: a newer CRL should exist; the receiver's revocation knowledge is stale. */
    OVERDUE
}
