package org.scmsim.crypto.scms;

/** The 1609.2.1 {@code AcaResponse} choice: how the certificate for the EE is protected from the RA. */
public enum AcaResponseKind {
    /** {@code plain}: neither encrypted nor signed (not used for pseudonym certificates). */
    PLAIN,
    /** {@code private}: encrypted to the cocoon encryption key, then signed by the PCA (original butterfly keys). */
    PRIVATE,
    /** {@code cubk}: encrypted to the request's cocoon key and not signed (compact unified butterfly keys). */
    CUBK
}
