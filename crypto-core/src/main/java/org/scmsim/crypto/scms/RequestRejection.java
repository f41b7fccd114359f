package org.scmsim.crypto.scms;

/** Why the RA refused a device's request. */
public enum RequestRejection {
    /** Not a well-formed signed EeRaCertRequest. */
    MALFORMED,
    /** Encrypted, but not to this RA's key (or altered). */
    NOT_DECRYPTABLE,
    /** The signer is not an enrollment certificate from the ECA this RA trusts. */
    UNKNOWN_ENROLLMENT_ISSUER,
    /** The request's signature does not verify with the enrollment key. */
    BAD_SIGNATURE,
    /** The enrollment certificate is not valid at the request time. */
    ENROLLMENT_NOT_VALID,
    /** The enrollment certificate is on the RA's blacklist (the device was revoked). */
    BLACKLISTED
}
