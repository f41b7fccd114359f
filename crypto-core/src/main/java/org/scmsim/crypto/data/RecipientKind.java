package org.scmsim.crypto.data;

/** {@code RecipientInfo} choices. */
public enum RecipientKind {
    /** pskRecipInfo: a pre-shared symmetric key, by HashedId8. */
    PRE_SHARED_KEY,
    /** symmRecipInfo: key wrapped with a symmetric key. */
    SYMMETRIC,
    /** certRecipInfo: ECIES to the encryption key of a certificate. */
    CERTIFICATE,
    /** signedDataRecipInfo: ECIES to the encryption key in a signed message's header. */
    SIGNED_DATA,
    /** rekRecipInfo: ECIES to a response encryption key (e.g. butterfly cocoon key). */
    RESPONSE_ENCRYPTION_KEY
}
