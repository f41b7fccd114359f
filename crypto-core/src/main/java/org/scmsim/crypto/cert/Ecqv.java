package org.scmsim.crypto.cert;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.base.Sha256;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;

/**
 * ECQV implicit certificates as IEEE 1609.2 uses them (SEC 4 with the 1609.2 hash):
 * <pre>
 *   e   = int( SHA-256( SHA-256(COER(toBeSigned)) || SHA-256(COER(issuer certificate)) ) ) mod n
 *   Q_U = e·P_U + Q_CA               (public key; P_U = reconstruction value in the certificate)
 *   d_U = (r + e·k_U) mod n          (private key; r from the CA, k_U the requester's key)
 * </pre>
 * Note: the reduction is mod n, not SEC 4's "leftmost ⌊log2 n⌋ bits"; verified on real SCMS
 * certificates (see the tests).
 */
public final class Ecqv {

    private Ecqv() {
    }

    /** e for {@code cert} issued by {@code issuer}. */
    public static BigInteger hashToScalar(Certificate cert, Certificate issuer) {
        return hashToScalar(cert.tbsEncoded(), issuer.sha256(), cert.curve());
    }

    /** e from the tbs encoding and the issuer certificate's SHA-256. */
    public static BigInteger hashToScalar(byte[] tbsEncoded, byte[] issuerSha256, EcCurve curve) {
        return new BigInteger(1, Sha256.signingHashWithSignerDigest(tbsEncoded, issuerSha256)).mod(curve.order());
    }

    /**
     * Q_U = e·P_U + Q_CA, where {@code issuerPublicKey} is the issuer's (possibly reconstructed) key.
     *
     * @throws IllegalArgumentException if {@code cert} is not implicit or the issuer key is on another curve
     */
    public static ECPoint reconstructPublicKey(EcBackend backend, Certificate cert, Certificate issuer, ECPoint issuerPublicKey) {
        ECPoint pu = cert.reconstructionValue()
                .orElseThrow(() -> new IllegalArgumentException("not an implicit certificate: " + cert));
        if (!pu.getCurve().equals(issuerPublicKey.getCurve())) {
            throw new IllegalArgumentException("the issuer key of " + cert + " is not on " + cert.curve().standardName()
                    + " (implicit certificates need a NIST P-256 issuer)");
        }
        BigInteger e = hashToScalar(cert, issuer);
        return cert.curve().add(backend.multiply(pu, e), issuerPublicKey);
    }

    /** d_U = (r + e·k_U) mod n. */
    public static BigInteger reconstructPrivateKey(Certificate cert, Certificate issuer, BigInteger reconstructionPrivate,
                                                   BigInteger requesterPrivate) {
        BigInteger e = hashToScalar(cert, issuer);
        return reconstructionPrivate.add(e.multiply(requesterPrivate)).mod(cert.curve().order());
    }

    /**
     * The requester's final key pair, checked: the reconstructed private key must match the
     * public key reconstructed from the certificate.
     *
     * @throws IllegalArgumentException if they do not match (wrong r, k_U or issuer)
     */
    public static EcKeyPair reconstructKeyPair(EcBackend backend, Certificate cert, Certificate issuer, ECPoint issuerPublicKey,
                                               BigInteger reconstructionPrivate, BigInteger requesterPrivate) {
        BigInteger d = reconstructPrivateKey(cert, issuer, reconstructionPrivate, requesterPrivate);
        ECPoint q = reconstructPublicKey(backend, cert, issuer, issuerPublicKey);
        ECPoint dG = backend.multiplyGenerator(cert.curve(), d);
        if (!dG.equals(q)) {
            throw new IllegalArgumentException("reconstructed private key does not match the certificate's public key");
        }
        return new EcKeyPair(cert.curve(), d, q);
    }
}
