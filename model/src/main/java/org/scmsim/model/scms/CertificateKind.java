package org.scmsim.model.scms;

/** Certificate types a deployment buys (procurement guide §1.2). */
public enum CertificateKind {
    /** OBU pseudonym certificate (butterfly, linkage values). */
    PSEUDONYM,
    /** RSU application certificate, one per PSID. */
    APPLICATION,
    /** OBU identification certificate (privileged vehicles). */
    IDENTIFICATION,
    /** Enrollment certificate from the ECA at bootstrap. */
    ENROLLMENT;

    static final CertificateKind[] VALUES = values();
}
