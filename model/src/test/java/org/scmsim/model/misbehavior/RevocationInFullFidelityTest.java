package org.scmsim.model.misbehavior;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scmsim.model.config.CrlPolicy;
import org.scmsim.model.config.Deployment;
import org.scmsim.model.config.DeploymentYear;
import org.scmsim.model.config.Fidelity;
import org.scmsim.model.config.Misbehavior;
import org.scmsim.model.config.MisbehaviorWave;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.config.Shuffle;
import org.scmsim.model.crypto.Verdict;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.ScmsModel;
import org.scmsim.model.testing.TestScenarios;

/**
 * Issue 6: in {@code full} fidelity the reports are really built and read, the revocation is a
 * real linkage CRL, and receivers really check certificates against the CRL they hold: a revoked
 * device's certificates fail the check at a receiver from the arrival of the CRL listing it on,
 * never before, and no other device's certificates ever fail it.
 */
class RevocationInFullFidelityTest {

    /** 30 OBUs deployed before the start (provisioned, holding pseudonyms), three weeks, a wave of 3. */
    static Scenario fleet(Fidelity.Mode mode, CrlPolicy crl) {
        Scenario s = TestScenarios.withHorizon(TestScenarios.pilot(), Duration.ofDays(21));
        s = TestScenarios.withDeployment(s, new Deployment(Deployment.Arrivals.STRATIFIED,
                List.of(new DeploymentYear(2026, 30, 6), new DeploymentYear(2027, 1, 1)), 2, 16, Duration.ZERO,
                Duration.ZERO));
        Misbehavior m = new Misbehavior(0, List.of(new MisbehaviorWave(LocalDate.of(2027, 1, 3), 3)), 30, 0.8, 100,
                Duration.ofHours(6), Duration.ofDays(7), new Shuffle(20, Duration.ofHours(3)), Duration.ofSeconds(1), 3, 0,
                Duration.ofHours(4), crl, List.of(), 50, Duration.ZERO);
        return s.withFidelity(new Fidelity(mode, 0.3)).withMisbehavior(m);
    }

    /**
     * A CRL at each revocation, downloaded at contacts; the signed wrapper of this SCMS's CRL
     * generator (signer by digest, no generation time) is 85 bytes, where the Korean SCMS's is 92.
     */
    static CrlPolicy atEachRevocationByDownload() {
        return new CrlPolicy(CrlPolicy.Cadence.ON_REVOCATION, Duration.ofDays(7), CrlPolicy.Channel.DOWNLOAD,
                Duration.ofDays(1), 85, Duration.ZERO, Duration.ZERO);
    }

    /** One full-fidelity run for both tests (real crypto takes a while). */
    private static ScmsModel fullModel;
    private static RunResult fullRun;

    @BeforeAll
    static void runFull() {
        fullModel = new ScmsModel(fleet(Fidelity.Mode.FULL, atEachRevocationByDownload()), 0);
        fullRun = fullModel.run();
    }

    @Test
    void aRevokedDevicesCertificatesFailCrlChecksFromTheCrlsArrivalOnNeverBeforeAndNoOtherDevicesDo() {
        RunResult r = fullRun;
        MisbehaviorModel mb = fullModel.misbehavior();

        assertThat(r.summary().devicesRevoked()).isEqualTo(3);
        assertThat(r.summary().cryptoRejected()).isZero();
        // the MA really decrypted and verified the reports (a reporter without a pseudonym this week sends none)
        assertThat(r.summary().misbehaviorReportsVerified()).isPositive()
                .isLessThanOrEqualTo(r.summary().misbehaviorReportsChecked());
        // the real signed CRLs have the size the model gives them
        List<CrlIssue> crls = r.planning().crls();
        assertThat(mb.realCrlBytes()).containsExactly(crls.stream().mapToInt(CrlIssue::bytes).toArray());

        // which CRL version first lists each revoked device, from the run's own tables
        Map<Double, Integer> versionAt = new HashMap<>();
        crls.forEach(c -> versionAt.put(c.issuedSeconds(), c.version()));
        Map<Long, Integer> listedIn = new HashMap<>();
        Map<Long, Double> decidedAt = new HashMap<>();
        for (RevocationRow v : r.planning().revocations()) {
            listedIn.put(v.device(), versionAt.get(v.crlIssueSeconds()));
            decidedAt.put(v.device(), v.decisionSeconds());
        }
        assertThat(listedIn).hasSize(3).doesNotContainValue(null);

        List<MisbehaviorModel.CrlCheck> checks = mb.crlChecks();
        assertThat(checks).isNotEmpty();
        int revokedSeen = 0;
        int beforeArrival = 0;
        int honestAfterCrl = 0;
        for (MisbehaviorModel.CrlCheck c : checks) {
            Integer version = listedIn.get((long) c.sender());
            boolean holdsListingCrl = version != null && c.receiverCrl() >= version;
            assertThat(c.verdict()).as("check %s", c).isEqualTo(holdsListingCrl ? Verdict.REVOKED : Verdict.ACCEPTED);
            if (holdsListingCrl) {
                revokedSeen++;
            } else if (version != null && c.seconds() >= crls.get(version - 1).issuedSeconds()) {
                beforeArrival++;   // issued, but not yet at this receiver: still accepted
            } else if (version == null && c.receiverCrl() > 0) {
                honestAfterCrl++;
            }
        }
        assertThat(revokedSeen).as("checks of revoked devices at receivers holding the CRL").isPositive();
        assertThat(beforeArrival).as("checks after issue, before the CRL reached the receiver").isPositive();
        assertThat(honestAfterCrl).as("checks of other devices against a CRL listing revoked ones").isPositive();
        assertThat(r.summary().crlCheckMismatches()).isZero();
        assertThat(r.summary().crlChecksReal()).isEqualTo(checks.size());
    }

    @Test
    void fullFidelityRevokesTheSameDevicesAtTheSameTimesAsTheModel() {
        RunResult full = fullRun;
        RunResult model = new ScmsModel(fleet(Fidelity.Mode.MODEL, atEachRevocationByDownload()), 0).run();
        assertThat(model.summary().crlChecksReal()).isZero();
        assertThat(model.summary().misbehaviorReportsVerified()).isZero();
        assertThat(full.planning().revocations()).isEqualTo(model.planning().revocations());
        assertThat(full.planning().crls()).isEqualTo(model.planning().crls());
        assertThat(withoutRealCrypto(full.weeks())).isEqualTo(withoutRealCrypto(model.weeks()));
    }

    @Test
    void sampledFidelityChecksTheSampledDevicesForRealAndRevokesLikeTheModel() {
        ScmsModel sampled = new ScmsModel(fleet(Fidelity.Mode.SAMPLED, atEachRevocationByDownload()), 0);
        RunResult s = sampled.run();
        RunResult model = new ScmsModel(fleet(Fidelity.Mode.MODEL, atEachRevocationByDownload()), 0).run();
        assertThat(s.summary().realCryptoDevices()).isBetween(1L, s.summary().obusDeployed() - 1);
        assertThat(s.summary().cryptoRejected()).isZero();
        assertThat(s.summary().crlCheckMismatches()).isZero();
        // only sampled senders are checked
        assertThat(sampled.misbehavior().crlChecks()).allSatisfy(c -> assertThat(sampled.crypto().isReal(c.sender())).isTrue());
        assertThat(s.planning().revocations()).isEqualTo(model.planning().revocations());
        assertThat(withoutRealCrypto(s.weeks())).isEqualTo(withoutRealCrypto(model.weeks()));
    }

    /** A week's figures other than what the real crypto did (which only real-crypto fidelity counts). */
    private static java.util.List<java.util.List<Object>> withoutRealCrypto(java.util.List<org.scmsim.model.run.WeekRow> weeks) {
        java.util.Set<String> crypto = java.util.Set.of("certificatesReallyIssued", "certificatesReallyOpened", "bsmsSigned",
                "signaturesVerified", "cryptoRejected");
        java.util.List<java.util.List<Object>> out = new java.util.ArrayList<>();
        for (org.scmsim.model.run.WeekRow w : weeks) {
            java.util.List<Object> row = new java.util.ArrayList<>();
            for (java.lang.reflect.RecordComponent c : org.scmsim.model.run.WeekRow.class.getRecordComponents()) {
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
}
