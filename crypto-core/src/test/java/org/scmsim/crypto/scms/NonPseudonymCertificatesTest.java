package org.scmsim.crypto.scms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.Certificates;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.cert.Ecqv;
import org.scmsim.crypto.crl.CrlContents;
import org.scmsim.crypto.crl.HashBasedRevocationInfo;
import org.scmsim.crypto.crl.RevocationChecker;
import org.scmsim.crypto.crl.SecuredCrl;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;

/** RSU application and OBU identification certificates: no linkage, usable keys, revoked by hash. */
class NonPseudonymCertificatesTest {

    @ParameterizedTest
    @EnumSource(CertificateFormat.class)
    void rsuCertificateHasAWorkingKeyAndIsRevokedByAHashCrlOnly(CertificateFormat format) throws Exception {
        EcBackend backend = EcBackends.create("bc", Randomness.deterministic(31, "rsu"));
        PseudonymProfile profile = PseudonymProfile.campDefaults();
        Time32 now = profile.periodStart(800);
        ScmsHierarchy scms = ScmsHierarchy.create(backend, profile, now);
        EcKeyPair rsuKey = backend.generateKeyPair(EcCurve.NIST_P256);
        EcKeyPair otherKey = backend.generateKeyPair(EcCurve.NIST_P256);
        Pca.IssuedCertificate rsu = scms.pca().issueNonPseudonym(rsuKey.publicKey(), List.of(0x20L, 0x8003L), now,
                Durations.hours(169), format);
        Pca.IssuedCertificate other = scms.pca().issueNonPseudonym(otherKey.publicKey(), List.of(0x20L), now,
                Durations.hours(169), format);
        Certificate cert = Certificates.decode(rsu.certificate().encoded());
        assertThat(cert.isImplicit()).isEqualTo(format == CertificateFormat.IMPLICIT);
        assertThat(PseudonymCertificates.linkage(cert)).isEmpty();
        assertThat(cert.issuerId()).contains(scms.pcaCertificate().hashedId8());
        if (format == CertificateFormat.IMPLICIT) {
            EcKeyPair k = Ecqv.reconstructKeyPair(backend, cert, scms.pcaCertificate(), scms.pcaKey(),
                    rsu.reconstructionValue().orElseThrow(), rsuKey.privateKey());
            assertThat(EcCurve.NIST_P256.multiplyGenerator(k.privateKey())).isEqualTo(k.publicKey());
        } else {
            assertThat(cert.verificationKey()).contains(rsuKey.publicKey());
            assertThat(Certificates.verifySignature(backend, cert, scms.pcaCertificate(), scms.pcaKey())).isTrue();
        }
        CrlContents crl = scms.crlGenerator().hashCrl(3, now, now.plusSeconds(86_400), 1,
                List.of(new HashBasedRevocationInfo(cert.hashedId10(), cert.validityEnd())));
        CrlContents published = SecuredCrl.decode(scms.crlGenerator().sign(crl)).contents();
        assertThat(RevocationChecker.check(published, PseudonymCertificates.revocationTarget(cert)).isRevoked()).isTrue();
        assertThat(RevocationChecker.check(published, PseudonymCertificates.revocationTarget(other.certificate())).isRevoked()).isFalse();
    }
}
