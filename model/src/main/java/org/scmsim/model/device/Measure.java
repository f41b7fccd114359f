package org.scmsim.model.device;

/** What the run counts per simulated day (see {@link Ledger}). */
public enum Measure {
    PSEUDONYM_REQUESTED,
    APPLICATION_REQUESTED,
    PSEUDONYM_ISSUED,
    IDENTIFICATION_ISSUED,
    APPLICATION_ISSUED,
    ENROLLMENT_ISSUED,
    /** Certificates issued after their week began although asked for before it. */
    LATE_CERTIFICATES,
    REQUESTS_COMPLETED,
    PSEUDONYM_DOWNLOADED,
    IDENTIFICATION_DOWNLOADED,
    DOWNLOADS_RSU,
    DOWNLOADS_CELLULAR,
    DOWNLOADS_WIFI,
    BYTES_RSU,
    BYTES_CELLULAR,
    BYTES_WIFI,
    /** RSU application certificates over the backhaul. */
    BYTES_BACKHAUL,
    /** Transfers cut by the end of a contact, resumed later. */
    INTERRUPTED_TRANSFERS,
    FILES_PUSHED,
    RSU_CONTACTS_USED,
    TRIPS_SIMULATED,
    /** Hours OBUs drove without a valid pseudonym for the current week (unsigned BSMs). */
    UNSIGNED_DRIVING_HOURS,
    /** Hours OBUs drove (all devices, drawn per device-week). */
    DRIVING_HOURS,
    /** Pseudonym uses beyond the week's distinct certificates (rotations that reuse one). */
    CERTIFICATE_REUSES,
    /** RSU renewal attempts that found the backhaul down. */
    BACKHAUL_FAILURES,
    /** Messages really signed and verified (full or sampled fidelity). */
    SIGNATURES_VERIFIED,
    /** Certificates or messages a receiving device rejected (must stay 0). */
    CRYPTO_REJECTED,
    /** CRL bytes delivered to OBUs (issue 6). */
    CRL_BYTES,
    /** Messages of revoked devices that receivers accepted (no CRL listing the sender yet; issue 6). */
    MESSAGES_ACCEPTED_FROM_REVOKED,
    /** Requests the RA refused from blacklisted (revoked) devices (issue 6). */
    BLACKLIST_REFUSALS,
    /** Certificates really issued by crypto-core (full or sampled fidelity). */
    CERTIFICATES_REALLY_ISSUED,
    /** Pseudonym certificates a device really decrypted, reconstructed and checked. */
    CERTIFICATES_REALLY_OPENED,
    /** BSMs really signed, one per pseudonym rotation (full or sampled fidelity). */
    BSMS_SIGNED;

    static final Measure[] VALUES = values();
}
