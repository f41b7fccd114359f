package org.scmsim.model.crypto;

import java.util.List;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.butterfly.ButterflySecrets;
import org.scmsim.crypto.butterfly.CaterpillarKeys;
import org.scmsim.crypto.cert.SigningCredential;
import org.scmsim.crypto.coer.DecodeException;
import org.scmsim.crypto.ec.EcBackend;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcKeyPair;
import org.scmsim.crypto.ec.Randomness;
import org.scmsim.crypto.data.SignedMessage;
import org.scmsim.crypto.scms.CertificateFormat;
import org.scmsim.crypto.scms.ProvisioningHandle;
import org.scmsim.crypto.scms.PseudonymProfile;
import org.scmsim.crypto.scms.PseudonymRequester;
import org.scmsim.crypto.scms.RaAcaCertRequestSpdu;
import org.scmsim.crypto.scms.RequestRejectedException;
import org.scmsim.crypto.scms.ScmsHierarchy;
import org.scmsim.model.config.OperationCosts;

/**
 * {@code scms.costs.source: calibrated}: measures each SCMS operation on this machine with
 * crypto-core's real implementation (after a warm-up), divides by the HSM speed-up, and returns
 * the costs the run then uses (and records in its results).
 *
 * <p>Wall-clock timing makes calibrated costs differ from machine to machine and a little from
 * run to run; the measurement is therefore made once per JVM and speed-up, so that the
 * replications and arms of one experiment share it. Rerun with {@code source: given} and the
 * recorded numbers to reproduce a run exactly.
 */
public final class CostCalibration {

    private static final int WARM_UP = 3;
    private static final int ROUNDS = 6;
    private static volatile double[] measured;   // seconds per operation on one core, in OperationCosts order

    private CostCalibration() {
    }

    /** The given costs with every operation replaced by its measured cost divided by hsmSpeedup. */
    public static OperationCosts calibrate(OperationCosts given) {
        double[] m = measured;
        if (m == null) {
            synchronized (CostCalibration.class) {
                if (measured == null) {
                    measured = measure();
                }
                m = measured;
            }
        }
        double k = given.hsmSpeedup();
        return given.withCosts(m[0] / k, m[1] / k, m[2] / k, m[3] / k, m[4] / k, m[5] / k, m[6] / k);
    }

    /** Seconds on one core for: enrollment, request validation, expansion, PLV, pseudonym, certificate, download. */
    static double[] measure() {
        EcBackend backend = EcBackends.create("bc", Randomness.deterministic(1, "calibration"));
        PseudonymProfile profile = PseudonymProfile.campDefaults();
        Time32 now = profile.periodStart(600);
        ScmsHierarchy scms = ScmsHierarchy.create(backend, profile, now, Randomness.deterministic(1, "ra"),
                Randomness.deterministic(1, "la"));
        double[] total = new double[7];
        int jmax = profile.certificatesPerPeriod();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            boolean count = round >= WARM_UP;
            long t0 = System.nanoTime();
            SigningCredential enrollment = scms.enrollDevice(now);
            long t1 = System.nanoTime();
            ButterflySecrets secrets = CaterpillarKeys.generate(Randomness.deterministic(round, "calibration").random());
            byte[] request = PseudonymRequester.request(backend, secrets, CertificateFormat.IMPLICIT, enrollment, profile, now);
            long t2 = System.nanoTime();
            ProvisioningHandle handle;
            try {
                handle = scms.ra().accept(request, 600, now);
            } catch (RequestRejectedException e) {
                throw new IllegalStateException("calibration request refused: " + e.getMessage(), e);
            }
            long t3 = System.nanoTime();
            scms.la1().encryptedPreLinkageValues(handle.chain1(), 601, jmax);
            long t4 = System.nanoTime();
            List<RaAcaCertRequestSpdu> toPca = scms.ra().prepareWeek(handle, 600, now);
            long t5 = System.nanoTime();
            for (RaAcaCertRequestSpdu r : toPca) {
                scms.ra().deliver(scms.pca().issuePseudonym(r, now));
            }
            long t6 = System.nanoTime();
            EcKeyPair rsu = backend.generateKeyPair(EcCurve.NIST_P256);
            long t7 = System.nanoTime();
            scms.pca().issueNonPseudonym(rsu.publicKey(), List.of(0x82L), now, profile.validity(), CertificateFormat.IMPLICIT);
            long t8 = System.nanoTime();
            try {
                SignedMessage env = SignedMessage.decode(request, "download request");
                env.verify(backend, enrollment.certificate(), enrollment.keyPair().publicKey());
            } catch (DecodeException e) {
                throw new IllegalStateException(e);
            }
            long t9 = System.nanoTime();
            if (count) {
                double plvPerCert = (t4 - t3) / 1e9 / jmax;
                total[0] += (t1 - t0) / 1e9;
                total[1] += (t3 - t2) / 1e9;
                total[2] += Math.max((t5 - t4) / 1e9 / jmax - 2 * plvPerCert, 1e-7);
                total[3] += plvPerCert;
                total[4] += (t6 - t5) / 1e9 / jmax;
                total[5] += (t8 - t7) / 1e9;
                total[6] += (t9 - t8) / 1e9;
            }
        }
        for (int i = 0; i < total.length; i++) {
            total[i] = Math.max(total[i] / ROUNDS, 1e-7);
        }
        return total;
    }
}
