package org.scmsim.crypto.scms;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.ButterflySecrets;
import org.scmsim.crypto.butterfly.ButterflyVariant;
import org.scmsim.crypto.butterfly.CaterpillarKeys;
import org.scmsim.crypto.butterfly.UnifiedCaterpillarKey;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.Randomness;

/** {@link PseudonymOpener#openAll}: a week's keys checked in one equation give what opening one by one gives. */
class PseudonymOpenerBatchTest {

    private static final PseudonymProfile PROFILE = PseudonymProfile.campDefaults();
    private static final int WEEK = 600;

    private record Week(ScmsHierarchy scms, ButterflySecrets secrets, byte[][] byJ, EcBackend backend) {
    }

    private static Week week(ButterflyVariant variant, CertificateFormat format) throws Exception {
        EcBackend backend = EcBackends.create("bc", Randomness.deterministic(5, "batch-open"));
        Time32 now = PROFILE.periodStart(WEEK).plusSeconds(-86_400);
        ScmsHierarchy scms = ScmsHierarchy.create(backend, PROFILE, now, Randomness.deterministic(5, "ra"),
                Randomness.deterministic(5, "la"));
        SecureRandom r = Randomness.deterministic(5, "device").random();
        ButterflySecrets s = variant == ButterflyVariant.ORIGINAL ? CaterpillarKeys.generate(r) : UnifiedCaterpillarKey.generate(r);
        SigningCredential enrollment = scms.enrollDevice(now);
        ProvisioningHandle h = scms.ra().accept(PseudonymRequester.request(backend, s, format, enrollment, PROFILE, now), WEEK, now);
        for (RaAcaCertRequestSpdu q : scms.ra().prepareWeek(h, WEEK, now)) {
            scms.ra().deliver(scms.pca().issuePseudonym(q, now));
        }
        byte[][] byJ = new byte[PROFILE.certificatesPerPeriod()][];
        scms.ra().batch(h, WEEK).responses().forEach((j, bytes) -> byJ[j] = bytes);
        return new Week(scms, s, byJ, backend);
    }

    @ParameterizedTest
    @EnumSource(ButterflyVariant.class)
    void sameResultsAsOpeningOneByOne(ButterflyVariant variant) throws Exception {
        for (CertificateFormat format : CertificateFormat.values()) {
            Week w = week(variant, format);
            w.byJ()[3] = null;   // not delivered
            PseudonymOpener opener = new PseudonymOpener(w.backend(), w.secrets(), w.scms().pcaCertificate(), w.scms().pcaKey());
            OpenResult[] all = opener.openAll(WEEK, w.byJ());
            assertThat(all).hasSize(w.byJ().length);
            assertThat(all[3]).isNull();
            for (int j = 0; j < all.length; j++) {
                if (j == 3) {
                    continue;
                }
                OpenResult one = opener.open(WEEK, j, w.byJ()[j]);
                assertThat(all[j].outcome()).as("%s %s j=%d", variant, format, j).isEqualTo(OpenOutcome.OK).isEqualTo(one.outcome());
                OpenedPseudonym a = all[j].pseudonym().orElseThrow();
                OpenedPseudonym b = one.pseudonym().orElseThrow();
                assertThat(a.certificate().encoded()).isEqualTo(b.certificate().encoded());
                assertThat(a.key().privateKey()).isEqualTo(b.key().privateKey());
                assertThat(a.key().publicKey()).isEqualTo(b.key().publicKey());
                assertThat(a.key().publicKey())
                        .isEqualTo(EcCurve.NIST_P256.multiplyGenerator(a.key().privateKey()));
            }
        }
    }

    /** Unified responses carry no PCA signature: with a wrong PCA key only the key check can fail. */
    @Test
    void wrongIssuerKeyFailsEveryKeyCheckAsOneByOne() throws Exception {
        Week w = week(ButterflyVariant.UNIFIED, CertificateFormat.IMPLICIT);
        for (ECPoint wrong : List.of(EcCurve.NIST_P256.generator(), w.scms().pcaKey().twice().normalize())) {
            PseudonymOpener opener = new PseudonymOpener(w.backend(), w.secrets(), w.scms().pcaCertificate(), wrong);
            OpenResult[] all = opener.openAll(WEEK, w.byJ());
            for (int j = 0; j < all.length; j++) {
                OpenResult one = opener.open(WEEK, j, w.byJ()[j]);
                assertThat(all[j].outcome()).isEqualTo(OpenOutcome.KEY_MISMATCH).isEqualTo(one.outcome());
                assertThat(all[j].detail()).isEqualTo(one.detail());
            }
        }
    }
}
