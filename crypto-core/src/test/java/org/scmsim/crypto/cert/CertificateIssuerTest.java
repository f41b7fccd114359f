package org.scmsim.crypto.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;

class CertificateIssuerTest {

    private static final Time32 START = Time32.of(Instant.parse("2026-01-05T00:00:00Z"));

    static SigningCredential root(CertificateIssuer issuer) {
        EcKeyPair key = issuer.backend().generateKeyPair(EcCurve.NIST_P256);
        Certificate cert = issuer.selfSigned(CertificateTemplate.create().name("rca.test")
                .validity(START, Durations.years(60)).issuePermission(2, 0, 0x80), key);
        return new SigningCredential(cert, key);
    }

    @Test
    void explicitHierarchyVerifiesAndRoundTrips() throws DecodeException {
        CertificateIssuer issuer = new CertificateIssuer(EcBackends.createDefault(Randomness.deterministic(3, "pki")));
        EcBackend backend = issuer.backend();
        SigningCredential rca = root(issuer);
        EcKeyPair icaKey = backend.generateKeyPair(EcCurve.NIST_P256);
        Certificate ica = issuer.issueExplicit(CertificateTemplate.create().name("ica.test").validity(START, Durations.years(20))
                .countryRegion(840).issuePermission(1, 0, 0x80, 32, 35), EcCurve.NIST_P256, icaKey.publicKey(), rca);

        assertThat(Certificates.verifySignature(backend, rca.certificate(), null, rca.keyPair().publicKey())).isTrue();
        assertThat(Certificates.verifySignature(backend, ica, rca.certificate(), rca.keyPair().publicKey())).isTrue();
        assertThat(ica.issuerId()).contains(rca.certificate().hashedId8());
        assertThat(Certificates.decode(ica.encoded())).isEqualTo(ica);
        assertThat(ica.validityEnd().value() - ica.validityStart().value()).isEqualTo(20 * Durations.SECONDS_PER_YEAR);
    }

    @Test
    void implicitIssuanceReconstructsAMatchingKeyPair() throws DecodeException {
        CertificateIssuer issuer = new CertificateIssuer(EcBackends.createDefault(Randomness.deterministic(4, "pki")));
        EcBackend backend = issuer.backend();
        SigningCredential pca = root(issuer);
        EcKeyPair requester = backend.generateKeyPair(EcCurve.NIST_P256);
        ImplicitIssuance out = issuer.issueImplicit(CertificateTemplate.create()
                .linkage(0x1A9, new byte[9]).validity(START, Durations.hours(169)).countryRegion(410)
                .appPermission(32).appPermission(35, new byte[]{1}), requester.publicKey(), pca);
        Certificate cert = Certificates.decode(out.certificate().encoded());
        assertThat(cert.isImplicit()).isTrue();
        EcKeyPair kp = Ecqv.reconstructKeyPair(backend, cert, pca.certificate(), pca.keyPair().publicKey(),
                out.reconstructionPrivate(), requester.privateKey());
        assertThat(kp.publicKey()).isEqualTo(EcCurve.NIST_P256.multiplyGenerator(kp.privateKey()));
        assertThatThrownBy(() -> Ecqv.reconstructKeyPair(backend, cert, pca.certificate(), pca.keyPair().publicKey(),
                out.reconstructionPrivate().add(java.math.BigInteger.ONE), requester.privateKey()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameSeedSameCertificates() {
        Certificate a = root(new CertificateIssuer(EcBackends.createDefault(Randomness.deterministic(9, "x")))).certificate();
        Certificate b = root(new CertificateIssuer(EcBackends.createDefault(Randomness.deterministic(9, "x")))).certificate();
        assertThat(a.encoded()).isEqualTo(b.encoded());
    }

    @Test
    void templateWithoutPermissionsIsRefused() {
        CertificateIssuer issuer = new CertificateIssuer(EcBackends.createDefault(Randomness.deterministic(1, "x")));
        EcKeyPair key = issuer.backend().generateKeyPair(EcCurve.NIST_P256);
        assertThatThrownBy(() -> issuer.selfSigned(CertificateTemplate.create().validity(START, Durations.years(1)), key))
                .isInstanceOf(IllegalStateException.class);
    }
}
