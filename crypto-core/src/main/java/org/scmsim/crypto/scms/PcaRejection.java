package org.scmsim.crypto.scms;

/** Why the PCA refused an RA's {@link RaAcaCertRequestSpdu}. */
public enum PcaRejection {
    /** Not a well-formed RaAcaCertRequestSpdu (the DecodeException names the field). */
    MALFORMED,
    /** Signed by a certificate other than the RA this PCA serves. */
    NOT_FROM_RA,
    /** Names the RA as signer, but the signature does not verify with the RA's key. */
    BAD_SIGNATURE,
    /** The tbsCert template asks for something the PCA's policy does not issue (period, validity, PSIDs, ...). */
    OUTSIDE_POLICY,
    /** A pre-linkage value comes from an LA the PCA shares no key with. */
    UNKNOWN_LA,
    /** A pre-linkage value does not decrypt with the key shared with its LA (altered, or not for this PCA). */
    PLV_NOT_DECRYPTABLE
}
