package org.scmsim.crypto.misbehavior;

/** The MA's reading of a received report. */
public enum ReportVerdict {
    /** Decrypted, signed by a valid pseudonym of the trusted PCA; evidence checked one by one. */
    ACCEPTED,
    /** Not encrypted to this MA, or altered. */
    NOT_DECRYPTABLE,
    /** Not a well-formed report. */
    MALFORMED,
    /** The reporter's certificate is not from the PCA the MA trusts. */
    UNKNOWN_REPORTER_ISSUER,
    /** The reporter's signature does not verify. */
    BAD_REPORTER_SIGNATURE,
    /** A plaintext or signed-only report: J3287 reports travel signed then encrypted to the MA. */
    NOT_ENCRYPTED,
    /** Signed under another PSID than misbehaviour reporting (38). */
    WRONG_PSID
}
