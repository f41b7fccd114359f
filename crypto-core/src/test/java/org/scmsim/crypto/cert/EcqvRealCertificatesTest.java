package org.scmsim.crypto.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scmsim.crypto.Vectors;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ec.BcEcBackend;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;

/**
 * Full ECQV private-key reconstruction on real ISS (preprod) RSU application certificates, where
 * the requester key k_U is given (no butterfly expansion): vectors/kr_dot2_butterfly_ecqv_realcerts.txt.
 */
class EcqvRealCertificatesTest {

    private static final Vectors V = Vectors.load("kr_dot2_butterfly_ecqv_realcerts.txt");
    private final EcBackend backend = new BcEcBackend(Randomness.deterministic(1, "test"));

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void issApplicationCertificateKeysReconstruct(int k) throws DecodeException {
        Certificate issuer = Certificates.decode(V.hex("tv_issuer_3"));
        assertThat(issuer.sha256()).isEqualTo(V.hex("tv_issuer_h_3"));
        byte[] certBytes = V.hex("tv_key_recon_cert_" + k);
        Certificate cert = Certificates.decode(certBytes);
        assertThat(cert.encoded()).isEqualTo(certBytes).hasSize(71);
        assertThat(org.scmsim.crypto.base.Sha256.digest(cert.tbsEncoded())).isEqualTo(V.hex("tv_key_recon_tbs_cert_h_" + k));
        ECPoint issuerKey = issuer.verificationKey().orElseThrow();
        EcKeyPair kp = Ecqv.reconstructKeyPair(backend, cert, issuer, issuerKey,
                V.integer("tv_key_recon_recon_priv_" + k), V.integer("tv_key_recon_init_priv_key_" + k));
        assertThat(kp.privateKey()).isEqualTo(V.integer("tv_key_recon_priv_key_" + k));
        assertThat(kp.publicKey()).isEqualTo(EcCurve.NIST_P256.decodePoint(V.hex("tv_key_recon_pub_key_" + k)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void pentaAndIssPseudonymCertificatesDecodeAndReencode(int k) throws DecodeException {
        byte[] certBytes = V.hex("tv_cert_" + k);
        Certificate cert = Certificates.decode(certBytes);
        assertThat(cert.encoded()).isEqualTo(certBytes);
        assertThat(cert.reconstructionValue().orElseThrow())
                .isEqualTo(EcCurve.NIST_P256.decodePoint(V.hex("tv_recon_pub_" + k)));
        // Q_U = e*P_U + Q_CA with e from the issuer's SHA-256 equals the given private key times G
        BigInteger e = Ecqv.hashToScalar(cert.tbsEncoded(), V.hex("tv_issuer_h_" + k), EcCurve.NIST_P256);
        ECPoint q = cert.reconstructionValue().orElseThrow().multiply(e)
                .add(EcCurve.NIST_P256.decodePoint(V.hex("tv_issuer_pub_key_" + k))).normalize();
        assertThat(q).isEqualTo(EcCurve.NIST_P256.multiplyGenerator(V.integer("tv_priv_key_" + k)));
    }
}
