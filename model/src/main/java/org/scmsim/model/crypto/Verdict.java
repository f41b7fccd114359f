package org.scmsim.model.crypto;

/** What a device concluded about certificates or a signed message it checked. */
public enum Verdict {
    /** Checked for real and accepted. */
    ACCEPTED,
    /** Checked for real and rejected (a model bug or a broken chain: the run reports it). */
    REJECTED,
    /** Not checked: the device is not in the real-crypto sample (costs only). */
    NOT_CHECKED,
    /** Checked for real: the certificate is listed on the CRL the receiver holds (issue 6). */
    REVOKED
}
