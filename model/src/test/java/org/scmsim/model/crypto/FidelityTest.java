package org.scmsim.model.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scmsim.model.config.Deployment;
import org.scmsim.model.config.DeploymentYear;
import org.scmsim.model.config.Fidelity;
import org.scmsim.model.config.Fleet;
import org.scmsim.model.config.ObuClass;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.RunSummary;
import org.scmsim.model.run.ScmsModel;
import org.scmsim.model.run.WeekRow;
import org.scmsim.model.testing.TestScenarios;

/**
 * Real crypto in the loop: in {@code full} fidelity every device's certificates are really issued,
 * opened and checked, and every pseudonym rotation's BSM verifies at a receiver; {@code sampled} and
 * {@code model} fidelity give the same counts on the same seed, because the crypto loop draws
 * nothing from the model's streams; and the number of crypto threads changes nothing.
 */
class FidelityTest {

    static Scenario small(Fidelity.Mode mode) {
        Scenario s = TestScenarios.withHorizon(TestScenarios.pilot(), Duration.ofDays(22));
        s = TestScenarios.withDeployment(s, new Deployment(Deployment.Arrivals.STRATIFIED,
                List.of(new DeploymentYear(2026, 5, 1), new DeploymentYear(2027, 24, 1)), 2, 16, Duration.ZERO,
                Duration.ZERO));
        s = TestScenarios.withFleet(s, new Fleet(List.of(TestScenarios.car(0.6, 0.5, 0.9, 0.5),
                new ObuClass("emergency", 0.4, true, 4, "lognormal(8, 0.8)", "uniform(40, 90)", 1, 1, Duration.ofSeconds(5), 5,
                        0, 20)), TestScenarios.flatDay()));
        return s.withFidelity(new Fidelity(mode, 0.3));
    }

    static Map<String, Double> countsOf(RunSummary s) {
        Map<String, Double> m = new LinkedHashMap<>(s.metrics());
        m.keySet().removeIf(k -> k.equals("real_crypto_devices") || k.equals("crypto_operations")
                || k.equals("certificates_really_issued") || k.equals("signatures_verified")
                || k.equals("certificates_really_opened") || k.equals("bsms_signed"));
        return m;
    }

    /** A week's figures other than what the real crypto did. */
    static List<List<Object>> countsOf(List<WeekRow> weeks) {
        Set<String> crypto = Set.of("certificatesReallyIssued", "certificatesReallyOpened", "bsmsSigned",
                "signaturesVerified", "cryptoRejected");
        List<List<Object>> out = new ArrayList<>();
        for (WeekRow w : weeks) {
            List<Object> row = new ArrayList<>();
            for (RecordComponent c : WeekRow.class.getRecordComponents()) {
                if (!crypto.contains(c.getName())) {
                    try {
                        row.add(c.getAccessor().invoke(w));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void inFullFidelityDevicesEndWithCertificatesAReceiverAccepts() {
        ScmsModel model = new ScmsModel(small(Fidelity.Mode.FULL), 0);
        RunResult full = model.run();
        RunSummary s = full.summary();
        assertThat(model.crypto()).isInstanceOf(CryptoCoreLoop.class);
        assertThat(s.realCryptoDevices()).isEqualTo(s.obusDeployed());
        assertThat(s.pseudonymDownloaded()).isPositive();
        assertThat(s.cryptoRejected()).isZero();
        assertThat(s.signaturesVerified()).isPositive();
        // every pseudonym a device installed was really issued, plus enrollment and RSU certificates
        assertThat(s.identificationDownloaded()).isPositive();
        assertThat(s.certificatesReallyIssued()).isGreaterThanOrEqualTo(s.pseudonymDownloaded() + s.applicationIssued()
                + s.identificationDownloaded());
        assertThat(s.cryptoOperations()).isGreaterThan(s.certificatesReallyIssued());

        RunResult model2 = new ScmsModel(small(Fidelity.Mode.MODEL), 0).run();
        assertThat(model2.summary().realCryptoDevices()).isZero();
        assertThat(countsOf(model2.summary())).isEqualTo(countsOf(s));
        assertThat(countsOf(model2.weeks())).isEqualTo(countsOf(full.weeks()));
        // what was done for real, week by week, adds up to the run's totals
        assertThat(full.weeks().stream().mapToLong(WeekRow::bsmsSigned).sum()).isEqualTo(s.bsmsSigned());
        assertThat(full.weeks().stream().mapToLong(WeekRow::certificatesReallyIssued).sum())
                .isEqualTo(s.certificatesReallyIssued());
        // every rotation signed a BSM that a receiver verified: at least one per 5 minutes driven with
        // a certificate, and more than the rotations that reused a certificate
        assertThat(s.signaturesVerified()).isEqualTo(s.bsmsSigned());
        assertThat(s.bsmsSigned()).isGreaterThan(s.certificateReuses())
                .isGreaterThanOrEqualTo((long) (0.8 * (s.drivingHours() - s.unsignedDrivingHours()) * 12));
        // every pseudonym a device downloaded was opened and checked (and those it held at the start)
        assertThat(s.certificatesReallyOpened()).isGreaterThanOrEqualTo(s.pseudonymDownloaded());
    }

    @Test
    void theSameSeedGivesTheSameRunWhateverTheNumberOfCryptoThreads() {
        Scenario s = TestScenarios.withDeployment(TestScenarios.withHorizon(small(Fidelity.Mode.FULL), Duration.ofDays(9)),
                new Deployment(Deployment.Arrivals.STRATIFIED, List.of(new DeploymentYear(2026, 3, 1),
                        new DeploymentYear(2027, 40, 1)), 2, 16, Duration.ZERO, Duration.ZERO));
        ScmsModel oneThread = new ScmsModel(s.withFidelity(s.fidelity().withThreads(1)), 0);
        ScmsModel threeThreads = new ScmsModel(s.withFidelity(s.fidelity().withThreads(3)), 0);
        RunResult one = oneThread.run();
        RunResult three = threeThreads.run();
        assertThat(three).isEqualTo(one);
        assertThat(one.summary().bsmsSigned()).isPositive();
        // and the same bytes: every certificate opened and every BSM signed
        long bytes = ((CryptoCoreLoop) oneThread.crypto()).fingerprint();
        assertThat(((CryptoCoreLoop) threeThreads.crypto()).fingerprint()).isEqualTo(bytes).isNotZero();
        ScmsModel otherSeed = new ScmsModel(s.withSeed(s.seed() + 1).withFidelity(s.fidelity().withThreads(3)), 0);
        otherSeed.run();
        assertThat(((CryptoCoreLoop) otherSeed.crypto()).fingerprint()).isNotEqualTo(bytes);
    }

    @Test
    void sampledFidelityRunsRealCryptoForASampleAndCountsLikeTheModel() {
        RunResult sampled = new ScmsModel(small(Fidelity.Mode.SAMPLED), 0).run();
        RunResult model = new ScmsModel(small(Fidelity.Mode.MODEL), 0).run();
        RunSummary s = sampled.summary();
        assertThat(s.realCryptoDevices()).isBetween(1L, s.obusDeployed() - 1);
        assertThat(s.cryptoRejected()).isZero();
        assertThat(s.certificatesReallyIssued()).isPositive();
        assertThat(countsOf(s)).isEqualTo(countsOf(model.summary()));
    }
}
