package org.scmsim.model.scms;

/** The SCMS components modelled as servers. */
public enum ComponentId {
    /** Enrollment CA: enrollment certificates at bootstrap. */
    ECA,
    /** Registration Authority: validates requests, expands butterfly keys, shuffles, serves downloads. */
    RA,
    /** Linkage Authority 1: pre-linkage values. */
    LA1,
    /** Linkage Authority 2: pre-linkage values. */
    LA2,
    /** Pseudonym (and application) CA: issues and encrypts certificates. */
    PCA,
    /** CRL Generator (used by the revocation flows). */
    CRLG,
    /** Misbehavior Authority (used by the misbehavior flows). */
    MA;

    static final ComponentId[] VALUES = values();

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
