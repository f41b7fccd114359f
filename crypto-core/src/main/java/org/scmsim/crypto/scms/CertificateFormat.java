package org.scmsim.crypto.scms;

/** Whether the PCA issues implicit (ECQV, the default) or explicit certificates. */
public enum CertificateFormat {
    /** ECQV: the certificate carries a reconstruction value; the device derives its key. */
    IMPLICIT,
    /** The certificate carries the public key and the PCA's signature. */
    EXPLICIT
}
