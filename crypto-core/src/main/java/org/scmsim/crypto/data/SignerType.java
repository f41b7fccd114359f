package org.scmsim.crypto.data;

/** {@code SignerIdentifier} choices. */
public enum SignerType {
    /** HashedId8 of the signer's certificate. */
    DIGEST,
    /** The signer's certificate (a SEQUENCE OF Certificate, the signer's first). */
    CERTIFICATE,
    /** Signed with the private key of the enclosed public key (e.g. self-signed requests). */
    SELF
}
