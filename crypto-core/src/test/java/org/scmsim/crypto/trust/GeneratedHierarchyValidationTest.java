package org.scmsim.crypto.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.base.Time64;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.cert.CertificateIssuer;
import org.scmsim.crypto.cert.CertificateTemplate;
import org.scmsim.crypto.cert.Durations;
import org.scmsim.crypto.cert.ImplicitIssuance;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.data.MessageSigner;
import org.scmsim.crypto.data.SignerType;
import org.scmsim.crypto.data.Spdu;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;

/** Each verdict produced by a hierarchy made to have exactly that fault. */
class GeneratedHierarchyValidationTest {

    private static final Time32 START = Time32.of(Instant.parse("2026-01-05T00:00:00Z"));
    private static final Time32 NOW = Time32.of(Instant.parse("2026-01-06T12:00:00Z"));
    private static final long BSM = 32;
    private static final long CAM = 36;

    private final EcBackend backend = EcBackends.createDefault(Randomness.deterministic(11, "hierarchy"));
    private final CertificateIssuer issuer = new CertificateIssuer(backend);
    private final SigningCredential root = credential(null, CertificateTemplate.create().name("root").countryRegion(840)
            .validity(START, Durations.years(30)).issuePermission(1, -1, 0x80));
    private final SigningCredential pca = credential(root, CertificateTemplate.create().name("pca").countryRegion(840)
            .validity(START, Durations.years(10)).issuePermission(1, 0, 0x80, BSM));
    private final ChainValidator validator = new ChainValidator(backend, TrustStore.of(root.certificate()));

    private SigningCredential credential(SigningCredential parent, CertificateTemplate t) {
        EcKeyPair key = backend.generateKeyPair(EcCurve.NIST_P256);
        Certificate c = parent == null ? issuer.selfSigned(t, key) : issuer.issueExplicit(t, EcCurve.NIST_P256, key.publicKey(), parent);
        return new SigningCredential(c, key);
    }

    private SigningCredential pseudonym(CertificateTemplate t) {
        EcKeyPair seed = backend.generateKeyPair(EcCurve.NIST_P256);
        ImplicitIssuance out = issuer.issueImplicit(t, seed.publicKey(), pca);
        EcKeyPair key = org.scmsim.crypto.cert.Ecqv.reconstructKeyPair(backend, out.certificate(), pca.certificate(),
                pca.keyPair().publicKey(), out.reconstructionPrivate(), seed.privateKey());
        return new SigningCredential(out.certificate(), key);
    }

    private Verdict verdictOf(CertificateTemplate t) {
        return validator.validate(pseudonym(t).certificate(), List.of(pca.certificate()), NOW).verdict();
    }

    private static CertificateTemplate week() {
        return CertificateTemplate.create().linkage(1, new byte[9]).validity(START, Durations.hours(169));
    }

    @Test
    void consistentPseudonymIsValid() {
        assertThat(verdictOf(week().appPermission(BSM))).isEqualTo(Verdict.VALID);
        assertThat(verdictOf(week().appPermission(BSM).countryRegion(840))).isEqualTo(Verdict.VALID);
    }

    @Test
    void psidNotGrantedByThePcaIsInconsistentPermissions() {
        assertThat(verdictOf(week().appPermission(CAM))).isEqualTo(Verdict.INCONSISTENT_PERMISSIONS);
    }

    @Test
    void aSubCaAllowedLongerChainsThanItsIssuerGrantsIsInconsistent() {
        SigningCredential sub = credential(pca, CertificateTemplate.create().name("sub").validity(START, Durations.years(1))
                .issuePermission(1, 0, 0x80, BSM));
        assertThat(validator.validate(sub.certificate(), List.of(pca.certificate()), NOW).verdict())
                .isEqualTo(Verdict.INCONSISTENT_PERMISSIONS);
    }

    @Test
    void regionOutsideTheIssuersCountry() {
        assertThat(verdictOf(week().appPermission(BSM).countryRegion(410))).isEqualTo(Verdict.REGION_OUTSIDE_ISSUER);
    }

    @Test
    void circleInsideAndOutsideACircle() {
        SigningCredential circlePca = credential(root, CertificateTemplate.create().name("circle")
                .validity(START, Durations.years(10)).issuePermission(1, 0, 0x80, BSM)
                .circularRegion(421_000_000, -837_000_000, 50_000));
        ChainValidator v = new ChainValidator(backend, TrustStore.of(root.certificate()));
        ImplicitIssuance inside = issuer.issueImplicit(week().appPermission(BSM).circularRegion(421_100_000, -837_000_000, 1_000),
                backend.generateKeyPair(EcCurve.NIST_P256).publicKey(), circlePca);
        ImplicitIssuance outside = issuer.issueImplicit(week().appPermission(BSM).circularRegion(431_000_000, -837_000_000, 1_000),
                backend.generateKeyPair(EcCurve.NIST_P256).publicKey(), circlePca);
        assertThat(v.validate(inside.certificate(), List.of(circlePca.certificate()), NOW).verdict()).isEqualTo(Verdict.VALID);
        assertThat(v.validate(outside.certificate(), List.of(circlePca.certificate()), NOW).verdict())
                .isEqualTo(Verdict.REGION_OUTSIDE_ISSUER);
    }

    @Test
    void validityBeyondTheIssuersIsOutsideIssuer() {
        CertificateTemplate t = CertificateTemplate.create().noId().validity(START, Durations.years(11)).appPermission(BSM);
        assertThat(verdictOf(t)).isEqualTo(Verdict.VALIDITY_OUTSIDE_ISSUER);
    }

    @Test
    void anImplicitCertificateUnderABrainpoolCaIsRejectedNotThrown() {
        EcKeyPair bpKey = backend.generateKeyPair(EcCurve.BRAINPOOL_P256R1);
        Certificate bpRoot = issuer.selfSigned(CertificateTemplate.create().name("bp").validity(START, Durations.years(30))
                .issuePermission(1, -1, 0x80), bpKey);
        var tbs = week().appPermission(BSM).toTbs(org.bouncycastle.oer.its.ieee1609dot2.VerificationKeyIndicator.reconstructionValue(
                org.scmsim.crypto.coer.EcOer.compressed(EcCurve.NIST_P256.multiplyGenerator(java.math.BigInteger.TEN))));
        Certificate forged = org.scmsim.crypto.cert.Certificates.of(new org.bouncycastle.oer.its.ieee1609dot2.CertificateBase(
                new org.bouncycastle.oer.its.ieee1609dot2.basetypes.UINT8(3), org.bouncycastle.oer.its.ieee1609dot2.CertificateType.implicit,
                org.bouncycastle.oer.its.ieee1609dot2.IssuerIdentifier.sha256AndDigest(
                        new org.bouncycastle.oer.its.ieee1609dot2.basetypes.HashedId8(bpRoot.hashedId8().bytes())), tbs, null));
        ChainValidation v = new ChainValidator(backend, TrustStore.of(bpRoot)).validate(forged, List.of(), NOW);
        assertThat(v.verdict()).as(v.reason()).isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void signedMessagesValidateAndReportPsidAndTimeProblems() throws Exception {
        SigningCredential obu = pseudonym(week().appPermission(BSM));
        MessageSigner signer = new MessageSigner(backend);
        MessageValidator messages = new MessageValidator(validator);
        Time64 gen = Time64.of(Instant.parse("2026-01-06T12:00:00.123Z"));
        for (SignerType st : new SignerType[]{SignerType.CERTIFICATE, SignerType.DIGEST}) {
            Spdu spdu = Spdu.decode(signer.sign(obu, st, BSM, new byte[]{1, 2, 3}, gen).encoded());
            MessageValidation v = messages.validate(spdu, List.of(pca.certificate(), obu.certificate()), Optional.empty());
            assertThat(v.verdict()).as(v.reason()).isEqualTo(Verdict.VALID);
            assertThat(spdu.signed().orElseThrow().generationTime()).contains(gen);
            assertThat(spdu.signed().orElseThrow().payloadBytes().orElseThrow()).containsExactly(1, 2, 3);
        }
        Spdu wrongPsid = signer.sign(obu, SignerType.CERTIFICATE, CAM, new byte[]{1}, gen);
        assertThat(messages.validate(wrongPsid, List.of(pca.certificate()), Optional.empty()).verdict())
                .isEqualTo(Verdict.INCONSISTENT_PERMISSIONS);
        Spdu late = signer.sign(obu, SignerType.CERTIFICATE, BSM, new byte[]{1}, Time64.of(Instant.parse("2026-02-01T00:00:00Z")));
        assertThat(messages.validate(late, List.of(pca.certificate()), Optional.of(NOW)).verdict()).isEqualTo(Verdict.EXPIRED);
        assertThat(messages.validate(Spdu.decode(new byte[]{3, (byte) 0x80, 1, 7}), List.of(), Optional.empty()).verdict())
                .isEqualTo(Verdict.NOT_SIGNED);
    }
}
