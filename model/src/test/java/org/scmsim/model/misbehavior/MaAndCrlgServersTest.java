package org.scmsim.model.misbehavior;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scmsim.model.config.Component;
import org.scmsim.model.config.CrlPolicy;
import org.scmsim.model.config.Misbehavior;
import org.scmsim.model.config.MisbehaviorWave;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.config.Scms;
import org.scmsim.model.config.Shuffle;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.ScmsModel;
import org.scmsim.model.run.WeekRow;
import org.scmsim.model.scms.ComponentId;
import org.scmsim.model.testing.TestScenarios;

/**
 * Issue 6: the MA and the CRL generator are capacity-limited servers like the RA and PCA: a
 * misbehaviour wave or a mass revocation builds a backlog at the MA and delays the revocation
 * decisions, the more so the fewer its servers (common random numbers); CRLs wait for the CRLG.
 */
class MaAndCrlgServersTest {

    static CrlPolicy crl(Duration generation, Duration perEntry) {
        return new CrlPolicy(CrlPolicy.Cadence.ON_REVOCATION, Duration.ofDays(7), CrlPolicy.Channel.DOWNLOAD,
                Duration.ofDays(2), 92, generation, perEntry);
    }

    /** The pilot for 150 days; a wave of 40 OBUs on 2027-03-01; MA and CRLG with the given servers. */
    static Scenario wave(int maServers, Duration maServiceTime, Duration revocationWork, CrlPolicy crl) {
        Misbehavior m = new Misbehavior(0, List.of(new MisbehaviorWave(LocalDate.of(2027, 3, 1), 40)), 30, 0.8, 100,
                Duration.ofHours(6), Duration.ofDays(7), new Shuffle(20, Duration.ofHours(1)), maServiceTime, 3, 0,
                Duration.ofHours(4), crl, List.of(), 50, revocationWork);
        Scenario s = TestScenarios.withHorizon(TestScenarios.pilot(), Duration.ofDays(150));
        Scms c = s.scms();
        return TestScenarios.withScms(s, new Scms(c.costs(), c.shuffle(), c.eca(), c.ra(), c.la1(), c.la2(), c.pca(),
                TestScenarios.component(1, Component.Variability.DETERMINISTIC),
                TestScenarios.component(maServers, Component.Variability.DETERMINISTIC))).withMisbehavior(m);
    }

    @Test
    void anMaWithLessCapacityDecidesLaterUnderAMisbehaviourWave() {
        // 40 suspects x 24 reports a day x 3 minutes: about 48 MA hours of work a day
        Duration check = Duration.ofMinutes(3);
        Duration work = Duration.ofMinutes(30);
        RunResult one = new ScmsModel(wave(1, check, work, crl(Duration.ZERO, Duration.ZERO)), 0).run();
        RunResult two = new ScmsModel(wave(2, check, work, crl(Duration.ZERO, Duration.ZERO)), 0).run();
        RunResult eight = new ScmsModel(wave(8, check, work, crl(Duration.ZERO, Duration.ZERO)), 0).run();

        assertThat(one.summary().devicesRevoked()).isEqualTo(40);
        assertThat(eight.summary().devicesRevoked()).isEqualTo(40);
        double h1 = one.summary().revocationDecisionHours();
        double h2 = two.summary().revocationDecisionHours();
        double h8 = eight.summary().revocationDecisionHours();
        assertThat(h1).isGreaterThan(h2);
        assertThat(h2).isGreaterThan(h8);
        // with ample capacity a decision takes about threshold reports + investigation: under a day
        assertThat(h8).isLessThan(24);

        // the MA is reported like the RA and PCA: utilisation, waits, backlog
        assertThat(one.summary().maUtilisation()).isGreaterThan(eight.summary().maUtilisation());
        assertThat(one.summary().maMeanWaitSeconds()).isGreaterThan(eight.summary().maMeanWaitSeconds());
        assertThat(one.summary().maPeakBacklog()).isGreaterThan(eight.summary().maPeakBacklog());
        double busiestOne = one.weeks().stream().mapToDouble(WeekRow::maUtilisation).max().orElseThrow();
        double busiestEight = eight.weeks().stream().mapToDouble(WeekRow::maUtilisation).max().orElseThrow();
        assertThat(busiestOne).isGreaterThan(busiestEight).isLessThanOrEqualTo(1.0);
        assertThat(one.weeks().stream().mapToLong(WeekRow::maPeakBacklog).max().orElseThrow())
                .isEqualTo(one.summary().maPeakBacklog());
        assertThat(one.components().stream().filter(c -> c.component().equals(ComponentId.MA.key()))
                .mapToLong(c -> c.jobsStarted()).sum()).isEqualTo(one.summary().misbehaviorReportsChecked() + 40);
    }

    @Test
    void aMassRevocationQueuesAtTheMaInsteadOfTakingEffectAtOnce() {
        double[] lastDecision = new double[3];
        int[] servers = {1, 4, 16};
        for (int k = 0; k < servers.length; k++) {
            Scenario s = wave(servers[k], Duration.ofSeconds(1), Duration.ofHours(1), crl(Duration.ZERO, Duration.ZERO));
            ScmsModel model = new ScmsModel(s.withMisbehavior(withoutWaves(s.misbehavior())), 0);
            model.misbehavior().revokeRandomAt(100 * 86_400.0, 32);
            RunResult r = model.run();
            assertThat(r.summary().devicesRevokedByOrder()).isEqualTo(32);
            assertThat(r.planning().crls()).as("one CRL after the last order is done").hasSize(1);
            lastDecision[k] = r.planning().revocations().stream().mapToDouble(RevocationRow::decisionSeconds).max()
                    .orElseThrow() - 100 * 86_400.0;
        }
        // 32 hours of MA work: 32 h on one server, 8 h on four, 2 h on sixteen
        assertThat(lastDecision).containsExactly(32 * 3600.0, 8 * 3600.0, 2 * 3600.0);
    }

    @Test
    void crlsWaitForTheCrlGeneratorsWork() {
        Duration check = Duration.ofSeconds(1);
        RunResult atOnce = new ScmsModel(wave(1, check, Duration.ZERO, crl(Duration.ZERO, Duration.ZERO)), 0).run();
        RunResult queued = new ScmsModel(wave(1, check, Duration.ZERO, crl(Duration.ofHours(2), Duration.ofMinutes(1))), 0)
                .run();
        // the same decisions (the CRLG does not touch the MA), CRLs at least two hours later
        assertThat(queued.summary().revocationDecisionHours()).isEqualTo(atOnce.summary().revocationDecisionHours());
        assertThat(atOnce.summary().revocationCrlIssueHours()).isEqualTo(atOnce.summary().revocationDecisionHours());
        assertThat(queued.summary().revocationCrlIssueHours()).isGreaterThan(queued.summary().revocationDecisionHours());
        // the first decision's CRL: two hours of generation plus a minute per entry (its linkage entry
        // and, for a privileged OBU, its identification certificates' hash entries), no queue
        RevocationRow first = queued.planning().revocations().stream()
                .min(java.util.Comparator.comparingDouble(RevocationRow::decisionSeconds)).orElseThrow();
        CrlIssue its = queued.planning().crls().stream().filter(c -> c.issuedSeconds() == first.crlIssueSeconds())
                .findFirst().orElseThrow();
        assertThat(first.crlIssueSeconds() - first.decisionSeconds())
                .isBetween(2 * 3600.0 + 60.0, 2 * 3600.0 + 60.0 * (its.entries() + its.hashEntries()));
        assertThat(queued.planning().revocations())
                .allSatisfy(v -> assertThat(v.crlIssueSeconds()).isGreaterThan(v.decisionSeconds()));
        assertThat(queued.summary().crlgUtilisation()).isPositive();
        assertThat(atOnce.summary().crlgUtilisation()).isZero();
        assertThat(queued.summary().crlgMeanWaitSeconds()).isPositive();
    }

    private static Misbehavior withoutWaves(Misbehavior m) {
        return new Misbehavior(0, List.of(), m.encountersPerDay(), m.detectionProbability(), m.messagesPerEncounter(),
                m.uploadDelay(), m.reportLifetime(), m.reportShuffle(), m.maServiceTime(), m.reportsToRevoke(), 0,
                m.investigationTime(), m.crl(), List.of(), m.rsuContactsPerDay(), m.revocationWork());
    }
}
