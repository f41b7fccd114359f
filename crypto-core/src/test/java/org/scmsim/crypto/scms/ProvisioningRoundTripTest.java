package org.scmsim.crypto.scms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.ButterflySecrets;
import org.scmsim.crypto.butterfly.ButterflyVariant;
import org.scmsim.crypto.butterfly.CaterpillarKeys;
import org.scmsim.crypto.butterfly.UnifiedCaterpillarKey;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.crl.CrlContents;
import org.scmsim.crypto.crl.CrlIndex;
import org.scmsim.crypto.crl.CrlVerification;
import org.scmsim.crypto.crl.LinkedRevocation;
import org.scmsim.crypto.crl.RevocationChecker;
import org.scmsim.crypto.crl.SecuredCrl;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.data.SignedMessage;
import org.scmsim.crypto.data.SignerType;
import org.scmsim.crypto.linkage.LinkageValue;
import org.scmsim.crypto.misbehavior.MisbehaviorAuthority;
import org.scmsim.crypto.misbehavior.MisbehaviorReport;
import org.scmsim.crypto.misbehavior.MisbehaviorReporter;
import org.scmsim.crypto.misbehavior.Observation;
import org.scmsim.crypto.misbehavior.ReceivedReport;
import org.scmsim.crypto.misbehavior.ReportVerdict;

/**
 * Our own SCMS end to end: device request → RA → LAs → PCA → device, for original and unified
 * butterfly keys and implicit and explicit certificates, on every backend; then a misbehavior
 * report, the MA's revocation through the PCA and LAs, a signed CRL, and every later certificate of
 * the reported device rejected while the other device's certificates pass.
 */
class ProvisioningRoundTripTest {

    private static final PseudonymProfile PROFILE = PseudonymProfile.campDefaults();
    private static final int WEEK = 600;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String backend : EcBackends.providers().keySet()) {
            out.add(Arguments.of(backend, ButterflyVariant.ORIGINAL, CertificateFormat.IMPLICIT));
            out.add(Arguments.of(backend, ButterflyVariant.UNIFIED, CertificateFormat.IMPLICIT));
        }
        out.add(Arguments.of("bc", ButterflyVariant.ORIGINAL, CertificateFormat.EXPLICIT));
        out.add(Arguments.of("bc", ButterflyVariant.UNIFIED, CertificateFormat.EXPLICIT));
        return out.stream();
    }

    private record Device(SigningCredential enrollment, ButterflySecrets secrets, ProvisioningHandle handle,
            PseudonymOpener opener, PseudonymPool pool) {
    }

    private static ButterflySecrets secrets(ButterflyVariant v, SecureRandom r) {
        return v == ButterflyVariant.ORIGINAL ? CaterpillarKeys.generate(r) : UnifiedCaterpillarKey.generate(r);
    }

    /** One week for all devices: RA batch to the PCA, responses filed by j, each device opens its own. */
    private static void provisionWeek(ScmsHierarchy scms, List<Device> devices, int i, Time32 now) throws Exception {
        List<RaAcaCertRequestSpdu> toPca = scms.ra().prepareWeeks(devices.stream().map(Device::handle).toList(), i, now);
        assertThat(toPca).hasSize(devices.size() * PROFILE.certificatesPerPeriod());
        for (RaAcaCertRequestSpdu r : toPca) {
            assertThat(r.decode().request().iCert()).isEqualTo(i);
            byte[] request = r.encoded();                                                     // RA -> PCA, on the wire
            byte[] response = scms.pca().issuePseudonym(RaAcaCertRequestSpdu.of(request), now).encoded(); // PCA -> RA
            scms.ra().deliver(AcaRaCertResponse.decode(response));
        }
        assertThat(scms.ra().pendingCount()).isZero();
        for (Device d : devices) {
            PseudonymBatch batch = scms.ra().batch(d.handle(), i);
            assertThat(batch.size()).isEqualTo(PROFILE.certificatesPerPeriod());
            batch.responses().forEach((j, bytes) -> {
                OpenResult res = d.opener().open(i, j, bytes);
                assertThat(res.outcome()).as("i=%d j=%d: %s", i, j, res.detail()).isEqualTo(OpenOutcome.OK);
                d.pool().store(res.pseudonym().orElseThrow());
            });
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void provisionReportRevoke(String backendName, ButterflyVariant variant, CertificateFormat format) throws Exception {
        EcBackend backend = EcBackends.create(backendName, Randomness.deterministic(11, "round-trip"));
        Time32 now = PROFILE.periodStart(WEEK).plusSeconds(-3 * 86_400);
        ScmsHierarchy scms = ScmsHierarchy.create(backend, PROFILE, now, Randomness.deterministic(11, "ra"),
                Randomness.deterministic(11, "la"));
        SecureRandom deviceRandom = Randomness.deterministic(11, "devices").random();

        List<Device> devices = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            SigningCredential enrollment = scms.enrollDevice(now);
            ButterflySecrets s = secrets(variant, deviceRandom);
            // the first device encrypts its request to the RA, as real devices do; the second sends it signed only
            byte[] request = k == 0
                    ? PseudonymRequester.requestEncrypted(backend, s, format, enrollment, PROFILE, now,
                            scms.raCredential().certificate(), scms.raEncryptionKey().publicKey())
                    : PseudonymRequester.request(backend, s, format, enrollment, PROFILE, now);
            ProvisioningHandle h = scms.ra().accept(request, WEEK, now);
            assertThat(h.requestHash()).isEqualTo(PseudonymRequester.requestHash(request));
            assertThat(scms.ra().accept(request, WEEK, now)).as("a retransmitted request").isSameAs(h);
            assertThat(h.format()).isEqualTo(format);
            assertThat(h.params().variant()).isEqualTo(variant);
            devices.add(new Device(enrollment, s, h, new PseudonymOpener(backend, s, scms.pcaCertificate(), scms.pcaKey()),
                    new PseudonymPool()));
        }
        provisionWeek(scms, devices, WEEK, now);
        provisionWeek(scms, devices, WEEK + 1, now);

        Device victim = devices.get(0);
        Device suspect = devices.get(1);
        assertThat(suspect.pool().size()).isEqualTo(40);
        Set<LinkageValue> lvs = new HashSet<>();
        for (Device d : devices) {
            for (int i = WEEK; i <= WEEK + 1; i++) {
                for (OpenedPseudonym p : d.pool().forPeriod(i)) {
                    assertThat(p.certificate().isImplicit()).isEqualTo(format == CertificateFormat.IMPLICIT);
                    assertThat(p.certificate().validityStart()).isEqualTo(PROFILE.periodStart(i));
                    lvs.add(p.linkageValue().orElseThrow());
                }
            }
        }
        assertThat(lvs).as("every certificate has its own linkage value").hasSize(80);

        // the suspect signs a message; the victim reports it to the MA
        OpenedPseudonym suspectCert = suspect.pool().get(WEEK, 3).orElseThrow();
        byte[] bsm = SignedMessage.sign(backend, new byte[] {1, 2, 3}, 0x20, now,
                new SigningCredential(suspectCert.certificate(), suspectCert.key()), SignerType.CERTIFICATE);
        OpenedPseudonym reporter = victim.pool().get(WEEK, 0).orElseThrow();
        MisbehaviorReport report = new MisbehaviorReport(now, 0x20, List.of(new Observation(5, 4)), List.of(bsm));
        byte[] encrypted = MisbehaviorReporter.report(backend, report, new SigningCredential(reporter.certificate(), reporter.key()),
                scms.maCredential().certificate(), scms.maEncryptionKey().publicKey(), now);
        MisbehaviorAuthority ma = new MisbehaviorAuthority(backend, scms.maCredential().certificate(), scms.maEncryptionKey(),
                scms.pcaCertificate(), scms.pcaKey());
        ReceivedReport received = ma.receive(encrypted);
        assertThat(received.verdict()).as(received.detail()).isEqualTo(ReportVerdict.ACCEPTED);
        assertThat(received.reporter()).contains(reporter.certificate());
        assertThat(received.authenticSuspects()).containsExactly(suspectCert.certificate());

        // revoke from week WEEK+1 on: the MA resolves the certificate through the PCA and both LAs
        LinkedRevocation entry = ma.revocationFor(suspectCert.certificate(), scms.pca(), scms.la1(), scms.la2(), WEEK + 1, WEEK + 150)
                .orElseThrow();
        CrlContents crl = scms.crlGenerator().linkageCrl(PROFILE.crlSeries(), now, now.plusSeconds(86_400), WEEK + 1, 0, List.of(entry));
        SecuredCrl published = SecuredCrl.decode(scms.crlGenerator().sign(crl));
        assertThat(published.verify(backend, scms.crlgCredential().certificate(), scms.crlgCredential().keyPair().publicKey()))
                .isEqualTo(CrlVerification.VALID);

        provisionWeek(scms, devices, WEEK + 2, now);
        CrlIndex index = CrlIndex.build(WEEK + 1, List.of(published.contents()));
        for (int i = WEEK; i <= WEEK + 2; i++) {
            for (OpenedPseudonym p : suspect.pool().forPeriod(i)) {
                boolean revoked = index.check(PseudonymCertificates.revocationTarget(p.certificate())).isRevoked();
                assertThat(revoked).as("suspect i=%d j=%d", i, p.j()).isEqualTo(i >= WEEK + 1);
                assertThat(RevocationChecker.check(published.contents(), PseudonymCertificates.revocationTarget(p.certificate()))
                        .isRevoked()).isEqualTo(revoked);
            }
            for (OpenedPseudonym p : victim.pool().forPeriod(i)) {
                assertThat(index.check(PseudonymCertificates.revocationTarget(p.certificate())).isRevoked())
                        .as("victim i=%d j=%d", i, p.j()).isFalse();
            }
        }

        // the RA refuses the revoked device's next request
        scms.ra().blacklist(suspect.enrollment().certificate().hashedId8());
        byte[] again = PseudonymRequester.request(backend, suspect.secrets(), format, suspect.enrollment(), PROFILE, now);
        assertThatThrownBy(() -> scms.ra().accept(again, WEEK + 3, now)).isInstanceOf(RequestRejectedException.class)
                .extracting(e -> ((RequestRejectedException) e).reason()).isEqualTo(RequestRejection.BLACKLISTED);
    }
}
