package org.scmsim.crypto.trust;

/** The outcome of validating a certificate chain or a signed message. */
public enum Verdict {
    /** Everything checked out. */
    VALID,
    /** A certificate of the chain (or the message) has expired at the validation time. */
    EXPIRED,
    /** A certificate of the chain starts after the validation time (or the message was generated before its signer was valid). */
    NOT_YET_VALID,
    /** A signature does not verify (certificate or message). */
    BAD_SIGNATURE,
    /** An issuer named by HashedId8 is neither in the given chain nor in the trust store. */
    UNKNOWN_ISSUER,
    /** The chain ends in a self-signed certificate that is not in the trust store. */
    UNTRUSTED_ROOT,
    /** A certificate's validity period is not contained in its issuer's. */
    VALIDITY_OUTSIDE_ISSUER,
    /** Permissions not granted by the issuer: PSIDs, SSPs, end-entity type, chain length, or the issuer is no CA. */
    INCONSISTENT_PERMISSIONS,
    /** A certificate's region is not inside its issuer's region. */
    REGION_OUTSIDE_ISSUER,
    /** Revoked by a CRL (set by CRL-aware callers; the chain validator itself has no CRLs). */
    REVOKED,
    /** The chain is longer than the validator accepts (a loop or a forged chain). */
    CHAIN_TOO_LONG,
    /** A signed message's signer is a digest that matches no known certificate. */
    UNKNOWN_SIGNER,
    /** The data is not signedData. */
    NOT_SIGNED
}
