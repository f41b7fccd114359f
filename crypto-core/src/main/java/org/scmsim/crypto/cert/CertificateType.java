package org.scmsim.crypto.cert;

/** {@code CertificateType ::= ENUMERATED { explicit, implicit, ... }} */
public enum CertificateType {
    /** Carries the subject's public key and the issuer's signature. */
    EXPLICIT,
    /** ECQV: carries a reconstruction value; the key follows from it, the tbs and the issuer. */
    IMPLICIT
}
