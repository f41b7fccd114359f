package org.scmsim.crypto.misbehavior;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.CaterpillarKeys;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.data.SignedMessage;
import org.scmsim.crypto.data.SignerType;
import org.scmsim.crypto.scms.CertificateFormat;
import org.scmsim.crypto.scms.OpenedPseudonym;
import org.scmsim.crypto.scms.ProvisioningHandle;
import org.scmsim.crypto.scms.PseudonymOpener;
import org.scmsim.crypto.scms.PseudonymProfile;
import org.scmsim.crypto.scms.PseudonymRequester;
import org.scmsim.crypto.scms.RaAcaCertRequestSpdu;
import org.scmsim.crypto.scms.RequestRejectedException;
import org.scmsim.crypto.scms.RequestRejection;
import org.scmsim.crypto.scms.ScmsHierarchy;

/** The MA refuses what it must refuse: reports to another MA, forged reporters, forged or foreign evidence. */
class MisbehaviorAuthorityTest {

    private static final PseudonymProfile PROFILE = PseudonymProfile.campDefaults();
    private EcBackend backend;
    private ScmsHierarchy scms;
    private Time32 now;
    private SigningCredential pseudonymA;
    private SigningCredential pseudonymB;
    private MisbehaviorAuthority ma;

    @BeforeEach
    void setUp() throws Exception {
        backend = EcBackends.create("bc", Randomness.deterministic(21, "mbr"));
        now = PROFILE.periodStart(700);
        scms = ScmsHierarchy.create(backend, PROFILE, now);
        pseudonymA = pseudonym();
        pseudonymB = pseudonym();
        ma = new MisbehaviorAuthority(backend, scms.maCredential().certificate(), scms.maEncryptionKey(), scms.pcaCertificate(),
                scms.pcaKey());
    }

    private SigningCredential pseudonym() throws RequestRejectedException {
        CaterpillarKeys keys = CaterpillarKeys.generate(new SecureRandom(new byte[] {7}));
        ProvisioningHandle h = scms.ra().accept(PseudonymRequester.request(backend, keys, CertificateFormat.IMPLICIT,
                scms.enrollDevice(now), PROFILE, now), 700, now);
        RaAcaCertRequestSpdu r = scms.ra().prepareWeek(h, 700, now).get(0);
        scms.ra().deliver(scms.pca().issuePseudonym(r, now));
        var batch = scms.ra().batch(h, 700);
        var e = batch.responses().entrySet().iterator().next();
        OpenedPseudonym p = new PseudonymOpener(backend, keys, scms.pcaCertificate(), scms.pcaKey())
                .open(700, e.getKey(), e.getValue()).pseudonym().orElseThrow();
        return new SigningCredential(p.certificate(), p.key());
    }

    private byte[] evidenceSignedBy(SigningCredential c) {
        return SignedMessage.sign(backend, new byte[] {9, 9}, 0x20, now, c, SignerType.CERTIFICATE);
    }

    private byte[] report(SigningCredential reporter, byte[]... evidence) {
        return MisbehaviorReporter.report(backend, new MisbehaviorReport(now, 0x20, List.of(new Observation(5, 4)), List.of(evidence)),
                reporter, scms.maCredential().certificate(), scms.maEncryptionKey().publicKey(), now);
    }

    @Test
    void evidenceIsCheckedOneByOne() {
        byte[] forged = evidenceSignedBy(pseudonymB);
        forged[forged.length - 1] ^= 1;
        byte[] foreign = SignedMessage.sign(backend, new byte[] {1}, 0x20, now, scms.maCredential(), SignerType.CERTIFICATE);
        ReceivedReport r = ma.receive(report(pseudonymA, evidenceSignedBy(pseudonymB), forged, foreign, new byte[] {1, 2, 3}));
        assertThat(r.verdict()).isEqualTo(ReportVerdict.ACCEPTED);
        assertThat(r.evidence()).extracting(EvidenceCheck::status).containsExactly(EvidenceCheck.EvidenceStatus.AUTHENTIC,
                EvidenceCheck.EvidenceStatus.BAD_SIGNATURE, EvidenceCheck.EvidenceStatus.UNKNOWN_ISSUER,
                EvidenceCheck.EvidenceStatus.MALFORMED);
        assertThat(r.authenticSuspects()).containsExactly(pseudonymB.certificate());
    }

    @Test
    void reportsNotForThisMaOrFromUnknownReportersAreRefused() {
        byte[] toOther = MisbehaviorReporter.report(backend, new MisbehaviorReport(now, 0x20, List.of(new Observation(5, 4)),
                List.of(evidenceSignedBy(pseudonymB))), pseudonymA,
                scms.maCredential().certificate(), backend.generateKeyPair(EcCurve.NIST_P256).publicKey(), now);
        assertThat(ma.receive(toOther).verdict()).isEqualTo(ReportVerdict.NOT_DECRYPTABLE);
        byte[] fromCa = report(scms.raCredential(), evidenceSignedBy(pseudonymB));
        assertThat(ma.receive(fromCa).verdict()).isEqualTo(ReportVerdict.UNKNOWN_REPORTER_ISSUER);
        byte[] garbage = {3, (byte) 0x82, 0};
        assertThat(ma.receive(garbage).verdict()).isEqualTo(ReportVerdict.MALFORMED);
        SigningCredential impostor = new SigningCredential(pseudonymA.certificate(), backend.generateKeyPair(EcCurve.NIST_P256));
        assertThat(ma.receive(report(impostor, evidenceSignedBy(pseudonymB))).verdict()).isEqualTo(ReportVerdict.BAD_REPORTER_SIGNATURE);
    }

    @Test
    void reportContentRoundTripsAndRejectsTruncation() throws Exception {
        MisbehaviorReport rep = new MisbehaviorReport(now, 0x20, List.of(new Observation(5, 4), new Observation(1, 2)),
                List.of(new byte[300], new byte[] {1}));
        MisbehaviorReport back = MisbehaviorReport.decode(rep.encode());
        assertThat(back.generationTime().toTime32()).isEqualTo(now);
        assertThat(back).isEqualTo(rep);
        assertThat(back.observations()).isEqualTo(rep.observations());
        assertThat(back.evidence()).hasSize(2);
        assertThat(back.evidence().get(0)).hasSize(300);
        byte[] enc = rep.encode();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MisbehaviorReport.decode(java.util.Arrays.copyOf(enc, enc.length - 1)))
                .isInstanceOf(DecodeException.class);
    }

    private MisbehaviorReport j3287Report(byte[]... evidence) {
        return new MisbehaviorReport(new org.scmsim.crypto.base.Time64(now.value() * 1_000_000L + 250_000),
                new ThreeDLocation(423_000_000, -830_000_000, 1_500), MisbehaviorReport.AID_BSM,
                List.of(new Observation(5, 4), new Observation(1, 3)),
                List.of(V2xPduStream.ofSignedMessages(List.of(evidence)),
                        new V2xPduStream(V2xPduStream.IEEE1609_DOT2_DATA,
                                List.of(SignedMessage.sign(backend, new byte[] {4, 4}, 0x20, now, pseudonymB, SignerType.DIGEST)),
                                java.util.Optional.of(pseudonymB.certificate()), 0)),
                List.of(new NonV2xPduEvidenceItem(1, new byte[] {1, 2})));
    }

    private byte[] seal(MisbehaviorReport r, SigningCredential reporter) {
        return MisbehaviorReporter.report(backend, r, reporter, scms.maCredential().certificate(), scms.maEncryptionKey().publicKey(), now);
    }

    @Test
    void aJ3287ReportReachesTheMaIntactWithEveryEvidenceMessageVerified() throws Exception {
        MisbehaviorReport sent = j3287Report(evidenceSignedBy(pseudonymB), evidenceSignedBy(pseudonymB));
        byte[] wire = seal(sent, pseudonymA);
        SaeJ3287Data outer = SaeJ3287Data.decode(wire);
        assertThat(outer.type()).isEqualTo(SaeJ3287Data.ContentType.SIGNED_THEN_ENCRYPTED);
        assertThat(wire[0]).isEqualTo((byte) 1);
        assertThat(wire[1]).isEqualTo((byte) 0x82);
        ReceivedReport r = ma.receive(wire);
        assertThat(r.verdict()).as(r.detail()).isEqualTo(ReportVerdict.ACCEPTED);
        assertThat(r.reporter()).contains(pseudonymA.certificate());
        assertThat(r.report()).contains(sent);
        // the digest-signed message of the second stream is checked with the stream's certificate
        assertThat(r.evidence()).extracting(EvidenceCheck::status).containsOnly(EvidenceCheck.EvidenceStatus.AUTHENTIC).hasSize(3);
        assertThat(r.authenticSuspects()).containsExactly(pseudonymB.certificate());
    }

    @Test
    void tamperedEvidenceIsDetectedAndTheReportItselfCannotBeAltered() {
        byte[] evidence = evidenceSignedBy(pseudonymB);
        byte[] tampered = evidence.clone();
        tampered[7] ^= 0x01; // the first payload octet (03 81 00 40 03 80 02 [09] 09 ...)
        ReceivedReport r = ma.receive(seal(j3287Report(evidence, tampered), pseudonymA));
        assertThat(r.verdict()).isEqualTo(ReportVerdict.ACCEPTED);
        assertThat(r.evidence()).extracting(EvidenceCheck::status).containsExactly(EvidenceCheck.EvidenceStatus.AUTHENTIC,
                EvidenceCheck.EvidenceStatus.BAD_SIGNATURE, EvidenceCheck.EvidenceStatus.AUTHENTIC);
        byte[] wire = seal(j3287Report(evidence), pseudonymA);
        for (int at : new int[] {wire.length - 1, wire.length - 40, 40}) {
            byte[] altered = wire.clone();
            altered[at] ^= 0x01;
            assertThat(ma.receive(altered).verdict()).as("byte %d", at).isIn(ReportVerdict.NOT_DECRYPTABLE, ReportVerdict.MALFORMED);
        }
    }

    @Test
    void anotherMasKeyCannotReadTheReport() {
        byte[] wire = seal(j3287Report(evidenceSignedBy(pseudonymB)), pseudonymA);
        MisbehaviorAuthority wrongKey = new MisbehaviorAuthority(backend, scms.maCredential().certificate(),
                backend.generateKeyPair(EcCurve.NIST_P256), scms.pcaCertificate(), scms.pcaKey());
        ReceivedReport r = wrongKey.receive(wire);
        assertThat(r.verdict()).isEqualTo(ReportVerdict.NOT_DECRYPTABLE);
        assertThat(r.report()).isEmpty();
        assertThat(ma.receive(wire).verdict()).isEqualTo(ReportVerdict.ACCEPTED);
    }

    @Test
    void plaintextSignedOnlyAndWrongPsidReportsAreRefused() {
        MisbehaviorReport rep = j3287Report(evidenceSignedBy(pseudonymB));
        byte[] plaintext = new SaeJ3287Data(SaeJ3287Data.ContentType.PLAINTEXT, rep.encode()).encode();
        assertThat(ma.receive(plaintext).verdict()).isEqualTo(ReportVerdict.NOT_ENCRYPTED);
        byte[] signedOnly = new SaeJ3287Data(SaeJ3287Data.ContentType.SIGNED, SignedMessage.sign(backend, rep.encode(),
                MisbehaviorReporter.MBR_PSID, null, pseudonymA, SignerType.CERTIFICATE)).encode();
        assertThat(ma.receive(signedOnly).verdict()).isEqualTo(ReportVerdict.NOT_ENCRYPTED);
        byte[] bsmPsid = SignedMessage.sign(backend, rep.encode(), 0x20, null, pseudonymA, SignerType.CERTIFICATE);
        byte[] sealed = org.scmsim.crypto.data.EncryptedMessage.encrypt(backend, bsmPsid, scms.maEncryptionKey().publicKey(),
                scms.maCredential().certificate().hashedId8(), org.scmsim.crypto.data.RecipientKind.CERTIFICATE,
                org.scmsim.crypto.ecies.Ecies.p1ForCertificate(scms.maCredential().certificate().encoded()));
        assertThat(ma.receive(new SaeJ3287Data(SaeJ3287Data.ContentType.SIGNED_THEN_ENCRYPTED, sealed).encode()).verdict())
                .isEqualTo(ReportVerdict.WRONG_PSID);
        ReceivedReport badContent = ma.receive(new SaeJ3287Data(SaeJ3287Data.ContentType.SIGNED_THEN_ENCRYPTED, new byte[] {3, 1}).encode());
        assertThat(badContent.verdict()).isEqualTo(ReportVerdict.MALFORMED);
    }

    @Test
    void raRefusesMalformedAndForeignRequests() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scms.ra().accept(new byte[] {1, 2}, 700, now))
                .extracting(e -> ((RequestRejectedException) e).reason()).isEqualTo(RequestRejection.MALFORMED);
        // signed with a pseudonym instead of an enrollment certificate
        byte[] notEnrollment = PseudonymRequester.request(backend, CaterpillarKeys.generate(new SecureRandom()), CertificateFormat.IMPLICIT,
                pseudonymA, PROFILE, now);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scms.ra().accept(notEnrollment, 700, now))
                .extracting(e -> ((RequestRejectedException) e).reason()).isEqualTo(RequestRejection.UNKNOWN_ENROLLMENT_ISSUER);
        SigningCredential enrollment = scms.enrollDevice(now);
        byte[] late = PseudonymRequester.request(backend, CaterpillarKeys.generate(new SecureRandom()), CertificateFormat.IMPLICIT,
                enrollment, PROFILE, now);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scms.ra().accept(late, 700, now.plusSeconds(7L * 365 * 86_400)))
                .extracting(e -> ((RequestRejectedException) e).reason()).isEqualTo(RequestRejection.ENROLLMENT_NOT_VALID);
        byte[] toOtherRa = PseudonymRequester.requestEncrypted(backend, CaterpillarKeys.generate(new SecureRandom()),
                CertificateFormat.IMPLICIT, enrollment, PROFILE, now, scms.raCredential().certificate(),
                backend.generateKeyPair(EcCurve.NIST_P256).publicKey());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scms.ra().accept(toOtherRa, 700, now))
                .extracting(e -> ((RequestRejectedException) e).reason()).isEqualTo(RequestRejection.NOT_DECRYPTABLE);
        SigningCredential wrongKey = new SigningCredential(enrollment.certificate(), backend.generateKeyPair(EcCurve.NIST_P256));
        byte[] forged = PseudonymRequester.request(backend, CaterpillarKeys.generate(new SecureRandom()), CertificateFormat.IMPLICIT,
                wrongKey, PROFILE, now);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scms.ra().accept(forged, 700, now))
                .extracting(e -> ((RequestRejectedException) e).reason()).isEqualTo(RequestRejection.BAD_SIGNATURE);
    }
}
