package org.scmsim.crypto.envelope;

/** How a signed envelope names its signer ({@code SignerIdentifier}). */
public enum SignerKind {
    /** {@code digest}: the HashedId8 of the signer's certificate (receiver must have the certificate). */
    DIGEST,
    /** {@code certificate}: the signer's certificate itself. */
    CERTIFICATE
}
