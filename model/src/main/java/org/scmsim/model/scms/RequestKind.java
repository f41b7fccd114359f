package org.scmsim.model.scms;

/** What an SCMS request asks for. */
public enum RequestKind {
    /** Bootstrap: an enrollment certificate from the ECA. */
    ENROLLMENT,
    /** A device's first provisioning request: pseudonyms for the pre-generation depth. */
    PSEUDONYM_BATCH,
    /** A slice of the PCA's weekly pre-generation job (one more week for every device). */
    PREGENERATION,
    /** Identification certificates of privileged OBUs (not shuffled, no linkage values). */
    IDENTIFICATION,
    /** RSU application certificates for one week, one per PSID. */
    APPLICATION,
    /** A device downloads files from the RA. */
    DOWNLOAD,
    /** A provisioning request sent again by faulty firmware: validated by the RA, found a duplicate, dropped. */
    DUPLICATE,
    /** Issue 6: the MA checks one misbehaviour report (decrypts it, verifies reporter and evidence). */
    MISBEHAVIOR_REPORT,
    /** Issue 6: the MA's work on one revocation (records from PCA, LAs and RA; orders to RA and CRLG). */
    REVOCATION,
    /** Issue 6: the CRL generator assembles and signs one CRL. */
    CRL;

    static final RequestKind[] VALUES = values();
}
