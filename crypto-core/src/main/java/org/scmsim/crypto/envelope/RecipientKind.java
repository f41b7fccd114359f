package org.scmsim.crypto.envelope;

/** The 1609.2 {@code RecipientInfo} choice used for a public-key recipient. */
public enum RecipientKind {
    /** {@code certRecipInfo}: encrypted to the key in a certificate; recipientId = its HashedId8. */
    CERTIFICATE,
    /** {@code rekRecipInfo}: encrypted to a response-encryption key given in a request. */
    RESPONSE_ENCRYPTION_KEY
}
