package org.scmsim.crypto.scms;

/** What happened when a device opened one PCA response. */
public enum OpenOutcome {
    /** Decrypted, signed by the expected PCA, key reconstructed and matching the certificate. */
    OK,
    /** Not a well-formed response (COER, structure or certificate). */
    MALFORMED,
    /** The PCA's signature on the response does not verify with the PCA certificate. */
    BAD_PCA_SIGNATURE,
    /** Does not decrypt with this device's cocoon key for (i, j): not ours, wrong (i, j), or altered. */
    NOT_DECRYPTABLE,
    /** The certificate was not issued by the expected PCA (issuer HashedId8 differs). */
    WRONG_ISSUER,
    /** The certificate's iCert is not the period the response was filed under. */
    WRONG_PERIOD,
    /** The explicit certificate's signature does not verify with the PCA key. */
    BAD_CERTIFICATE_SIGNATURE,
    /** The reconstructed private key does not match the certificate's public key. */
    KEY_MISMATCH,
    /**
     * The header before the encrypted certificate ({@link ToBeSignedEncryptedCertificateResponse})
     * disagrees with the certificate: no PSID 0x23, a lifetime other than the certificate's, or an
     * expiration before the certificate's end.
     */
    HEADER_MISMATCH
}
