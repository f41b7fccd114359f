package org.scmsim.crypto.crl;

/** The outcome of checking a SecuredCrl against a CRL generator certificate. */
public enum CrlVerification {
    VALID,
    /** The signature does not verify with the given generator's key (or another signer is named). */
    BAD_SIGNATURE,
    /** The CRL's crlCraca is not the given generator's HashedId8. */
    WRONG_CRACA
}
