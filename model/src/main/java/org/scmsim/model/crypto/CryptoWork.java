package org.scmsim.model.crypto;

/**
 * What the real crypto did (fidelity {@code sampled} or {@code full}), counted on one simulated day.
 *
 * @param operations          cryptographic operations really performed (point multiplications,
 *                            signatures, verifications, ECIES encryptions and decryptions)
 * @param certificatesIssued  certificates really issued by crypto-core's CAs (ECA, PCA)
 * @param certificatesOpened  pseudonym certificates a device decrypted, reconstructed and checked
 * @param installsAccepted    downloads whose every certificate the device accepted
 * @param installsRejected    downloads with a certificate the device rejected (a model or crypto bug)
 * @param bsmsSigned          BSMs signed with a pseudonym (one per rotation)
 * @param bsmsVerified        those a receiver verified and accepted
 * @param bsmsRejected        those a receiver rejected (must stay 0)
 * @param keysReconstructed   signer keys receivers reconstructed from pseudonym certificates
 *                            (once per certificate: receivers cache them)
 */
public record CryptoWork(long operations, long certificatesIssued, long certificatesOpened, long installsAccepted,
                         long installsRejected, long bsmsSigned, long bsmsVerified, long bsmsRejected,
                         long keysReconstructed) {

    /** Nothing done. */
    public static final CryptoWork NONE = new CryptoWork(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public CryptoWork plus(CryptoWork o) {
        return new CryptoWork(operations + o.operations, certificatesIssued + o.certificatesIssued,
                certificatesOpened + o.certificatesOpened, installsAccepted + o.installsAccepted,
                installsRejected + o.installsRejected, bsmsSigned + o.bsmsSigned, bsmsVerified + o.bsmsVerified,
                bsmsRejected + o.bsmsRejected, keysReconstructed + o.keysReconstructed);
    }

    /** Certificates or messages a device rejected. */
    public long rejected() {
        return installsRejected + bsmsRejected;
    }
}
