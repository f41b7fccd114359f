package org.scmsim.crypto.crl;

/** The outcome of checking a certificate against CRLs. */
public enum RevocationStatus {
    REVOKED,
    NOT_REVOKED
}
