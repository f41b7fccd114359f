package org.scmsim.model.crypto;

/**
 * The cryptographic work of the certificate life, called by the model at the moment each piece
 * of work happens in simulated time. Implementations do it for real or not at all; the simulated
 * duration of the work always comes from the scenario's operation costs (an SCMS HSM is not this
 * machine), so results do not depend on how fast the real crypto ran.
 *
 * <p>Times are simulated seconds from the run's start; an implementation converts them with the
 * scenario's start date. Implementations must be deterministic for a given scenario and seed.
 */
public interface CryptoLoop {

    /** The ECA issues the device's enrollment certificate. */
    void enroll(int device, double now);

    /**
     * The RA expands the device's caterpillar keys, the LAs make its linkage values and the PCA
     * issues and encrypts its pseudonym certificates for weeks {@code firstWeek..lastWeek}.
     */
    void issuePseudonyms(int device, int firstWeek, int lastWeek, double now);

    /**
     * A privileged OBU's identification certificates for weeks first..last ({@code perWeek} a
     * week) are issued by the PCA for the device's own key, and the device reconstructs its keys.
     */
    void issueIdentification(int device, int firstWeek, int lastWeek, int perWeek, double now);

    /** The PCA issues the RSU's application certificates for {@code week}. */
    void issueApplication(int device, int week, double now);

    /** The device decrypts, reconstructs and verifies the certificates of weeks first..last. */
    Verdict install(int device, int firstWeek, int lastWeek, double now);

    /** The device signs a message with its pseudonym of {@code week}; a receiver verifies it. */
    Verdict signAndVerify(int device, int week, double now);

    /** Whether the device's crypto runs for real (all in full fidelity, a sample in sampled). */
    boolean isReal(int device);

    /** Cryptographic operations really performed so far. */
    long operations();

    /** Certificates really issued so far. */
    long certificatesIssued();
}
