package org.scmsim.model.crypto;

/**
 * The cryptographic work of the certificate life, called by the model at the moment each piece
 * of work happens in simulated time. Implementations do it for real or not at all; the simulated
 * duration of the work always comes from the scenario's operation costs (an SCMS HSM is not this
 * machine), so results do not depend on how fast the real crypto ran.
 *
 * <p>Times are simulated seconds from the run's start; an implementation converts them with the
 * scenario's start date. Implementations must be deterministic for a given scenario and seed.
 * A device's own work (opening, checking, signing and verifying) may run on other threads; what it
 * concluded is collected by {@link #settle()}, in the same totals whatever the number of threads.
 */
public interface CryptoLoop extends AutoCloseable {

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

    /**
     * The device decrypts, reconstructs and verifies the certificates of weeks first..last (the
     * outcome is counted by {@link #settle()} on the day of {@code now}).
     */
    void install(int device, int firstWeek, int lastWeek, double now);

    /**
     * The device's driving in {@code week}: one BSM signed per pseudonym rotation, cycling through
     * the week's certificates, each verified by a receiver (counted by {@link #settle()} on the day
     * of {@code now}).
     */
    void signBsms(int device, int week, int rotations, double now);

    /**
     * Waits for the work handed out so far and returns what it did since the last call, by the
     * simulated day it is counted on (ascending). The model calls it at each day's end.
     */
    java.util.SortedMap<Integer, CryptoWork> settle();

    /** The elliptic-curve backend doing the real crypto ({@code bc}, {@code conscrypt}), or {@code none}. */
    String backendName();

    /** Stops the crypto threads (work not settled is dropped). */
    @Override
    void close();

    /** Whether the device's crypto runs for real (all in full fidelity, a sample in sampled). */
    boolean isReal(int device);

    /** Cryptographic operations really performed so far. */
    long operations();

    /** Certificates really issued so far. */
    long certificatesIssued();
}
