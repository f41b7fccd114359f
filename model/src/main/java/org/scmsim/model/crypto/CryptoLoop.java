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

    // ---- issue 6: misbehaviour reports, revocation and CRLs

    /**
     * {@code reporter} saw {@code suspect} misbehave: it builds a misbehaviour report carrying the
     * suspect's BSM signed with the suspect's pseudonym of the current week as evidence, signs it
     * with its own current pseudonym and encrypts it to the MA.
     *
     * @return a handle for {@link #receiveReport}, or -1 when not done for real (either device not
     *         real, or without a pseudonym for the current week)
     */
    int reportMisbehavior(int reporter, int suspect, double now);

    /**
     * The MA decrypts report {@code report}, verifies the reporter's signature and the evidence,
     * and checks that the evidence was signed by {@code suspect}'s certificate; the report is then
     * forgotten.
     */
    Verdict receiveReport(int report, int suspect, double now);

    /**
     * The MA revokes {@code device} from the current week to {@code iMax}: the PCA names the
     * linkage information of one of its certificates, each LA its seed chain and seed at the
     * current week; the RA blacklists its enrollment certificate.
     *
     * @return ACCEPTED when the linkage entry was made, NOT_CHECKED when the device is not real or
     *         holds no certificate the MA could name, REJECTED when the SCMS could not resolve it
     */
    Verdict revoke(int device, int iMax, double now);

    /**
     * The CRL generator issues CRL {@code version} (iRev = the current week; nextCrl at
     * {@code nextCrl}), listing every device revoked so far whose iMax has not passed, and signs it.
     *
     * @return the signed CRL's size in bytes, or 0 when no CRL is really made
     */
    int issueCrl(int version, double now, double nextCrl);

    /**
     * A receiver holding CRL {@code crlVersion} (0: none) checks {@code sender}'s pseudonym
     * certificate of {@code week} against it.
     *
     * @return REVOKED when listed, ACCEPTED when not, NOT_CHECKED when the sender is not real or
     *         holds no certificate for that week
     */
    Verdict checkRevocation(int sender, int week, int crlVersion, double now);

    // ---- issue 6: hash entries (RSU application certificates)

    /**
     * The MA has the CRL generator list {@code device}'s unexpired non-pseudonym certificates of
     * this week to {@code lastWeek} (an RSU's application certificates, a privileged OBU's
     * identification certificates) as hash entries from the next hash CRL on.
     *
     * @return ACCEPTED when entries were made, NOT_CHECKED when the device is not real or holds none
     */
    default Verdict revokeByHash(int device, int lastWeek, double now) {
        return Verdict.NOT_CHECKED;
    }

    /**
     * The CRL generator issues the hash CRL that goes with CRL {@code version} (crlSerial = the
     * version), listing every hash entry not yet expired, and signs it.
     *
     * @return the signed hash CRL's size in bytes, or 0 when none is really made
     */
    default int issueHashCrl(int version, double now, double nextCrl) {
        return 0;
    }

    /**
     * A receiver holding CRL {@code crlVersion} (and the hash CRL issued with it; 0: none) checks
     * {@code sender}'s (an RSU's) application certificate of {@code week} against that hash CRL.
     *
     * @return REVOKED when listed, ACCEPTED when not, NOT_CHECKED when the sender is not real or
     *         holds no certificate for that week
     */
    default Verdict checkHashRevocation(int sender, int week, int crlVersion, double now) {
        return Verdict.NOT_CHECKED;
    }
}
