package org.scmsim.model.misbehavior;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scmsim.model.config.CrlPolicy;
import org.scmsim.model.config.Deployment;
import org.scmsim.model.config.DeploymentYear;
import org.scmsim.model.config.Fleet;
import org.scmsim.model.config.Misbehavior;
import org.scmsim.model.config.MisbehaviorWave;
import org.scmsim.model.config.ObuClass;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.config.Shuffle;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.ScmsModel;
import org.scmsim.model.run.WeekRow;
import org.scmsim.model.testing.TestScenarios;

/**
 * Issue 6: the RA's blacklist of revoked devices, CRLs reaching OBUs through their own contacts
 * (RSU broadcast, download at a connection, cellular push), the weekly CRL columns, and the
 * mass-revocation entry point for disruptions.
 */
class BlacklistAndCrlDistributionTest {

    private static final double WEEK = 7 * 86_400.0;

    private static Misbehavior wave(int devices, CrlPolicy crl) {
        return new Misbehavior(0, List.of(new MisbehaviorWave(LocalDate.of(2027, 2, 1), devices)), 30, 0.8, 100,
                Duration.ofHours(6), Duration.ofDays(7), new Shuffle(50, Duration.ofHours(6)), Duration.ofSeconds(1), 3, 0,
                Duration.ofHours(4), crl, List.of(), 50, Duration.ZERO);
    }

    private static CrlPolicy crl(CrlPolicy.Cadence cadence, CrlPolicy.Channel channel, Duration push) {
        return new CrlPolicy(cadence, Duration.ofDays(7), channel, push, 92, Duration.ZERO, Duration.ZERO);
    }

    private static Scenario pilot(Misbehavior m) {
        return TestScenarios.withHorizon(TestScenarios.pilot(), Duration.ofDays(150)).withMisbehavior(m);
    }

    /** The pilot where every OBU has a cellular modem with service every day. */
    private static Scenario allCellular(Misbehavior m) {
        Scenario s = TestScenarios.withHorizon(TestScenarios.pilot(), Duration.ofDays(150));
        s = TestScenarios.withFleet(s, new Fleet(List.of(TestScenarios.car(1.0, 1.0, 1.0, 0.3)), TestScenarios.flatDay()));
        return s.withMisbehavior(m);
    }

    /** The pilot without RSUs: OBUs connect only over cellular and home Wi-Fi. */
    private static Scenario noRsus(Misbehavior m) {
        Scenario s = TestScenarios.withHorizon(TestScenarios.pilot(), Duration.ofDays(150));
        s = TestScenarios.withDeployment(s, new Deployment(Deployment.Arrivals.STRATIFIED,
                List.of(new DeploymentYear(2027, 300, 0), new DeploymentYear(2028, 150, 0)), 2, 16, Duration.ofDays(5475),
                Duration.ofDays(3650)));
        s = TestScenarios.withFleet(s, new Fleet(List.of(TestScenarios.car(0.5, 0.5, 0.9, 0.6),
                new ObuClass("transit", 0.5, true, 10, "lognormal(15, 0.5)", "uniform(15, 35)", 1.0, 0.95,
                        Duration.ofSeconds(10), 5, 0, 20)), TestScenarios.flatDay()));
        return s.withMisbehavior(m);
    }

    @Test
    void theRaServesARevokedDeviceNoFurtherBatchesAndCountsWhatItRefuses() {
        Scenario s = pilot(wave(10, crl(CrlPolicy.Cadence.PERIODIC, CrlPolicy.Channel.DOWNLOAD, Duration.ofDays(2))));
        ScmsModel revoked = new ScmsModel(s, 0);
        RunResult r = revoked.run();
        ScmsModel honest = new ScmsModel(s.withMisbehavior(Misbehavior.none()), 0);
        RunResult h = honest.run();
        var pp = s.policy().pseudonym();
        int lastWeek = (int) (s.horizonSeconds() / WEEK);
        assertThat(r.planning().revocations()).hasSize(10).allSatisfy(v -> {
            int d = (int) v.device();
            int decisionWeek = (int) (v.decisionSeconds() / WEEK);
            assertThat(revoked.provisioning().isBlacklisted(d)).isTrue();
            assertThat(honest.provisioning().isBlacklisted(d)).isFalse();
            // nothing served after the decision beyond a transfer already under way
            assertThat(revoked.obus().heldThrough(d)).isLessThanOrEqualTo(decisionWeek + pp.topOffWeeks() + pp.downloadWeeks());
            if (honest.obus().isActive(d)) {
                assertThat(honest.obus().heldThrough(d)).as("device %d without revocation", d).isGreaterThanOrEqualTo(lastWeek);
            }
        });
        // the revoked devices tried to top off and the RA refused them; the weekly job left them out
        assertThat(r.summary().requestsRefusedBlacklisted()).isPositive();
        assertThat(r.weeks().stream().mapToLong(WeekRow::requestsRefusedBlacklisted).sum())
                .isEqualTo(r.summary().requestsRefusedBlacklisted());
        assertThat(h.summary().requestsRefusedBlacklisted()).isZero();
        assertThat(r.summary().pseudonymRequested()).isLessThan(h.summary().pseudonymRequested());
        // revoked devices run out of pseudonyms: more OBU-hours without one than in the honest run
        assertThat(r.summary().obuHoursWithoutCertificate()).isGreaterThan(h.summary().obuHoursWithoutCertificate());
    }

    @Test
    void aCellularPushReachesOBUsWithAModemWithinHoursAndContactsTakeDays() {
        RunResult push = new ScmsModel(allCellular(wave(5, crl(CrlPolicy.Cadence.PERIODIC, CrlPolicy.Channel.CELLULAR,
                Duration.ofHours(1)))), 0).run();
        RunResult broadcast = new ScmsModel(allCellular(wave(5, crl(CrlPolicy.Cadence.PERIODIC,
                CrlPolicy.Channel.RSU_BROADCAST, Duration.ofHours(1)))), 0).run();
        // exponential push delays of mean 1 h: median ln 2 = 0.69 h, 90% within 2.3 h
        List<CrlIssue> pushed = push.planning().crls();
        assertThat(pushed).isNotEmpty().allSatisfy(c -> assertThat(c.reach90Hours()).isLessThan(8));
        assertThat(pushed.stream().mapToDouble(CrlIssue::reach50Hours).average().orElseThrow()).isBetween(0.4, 1.1);
        // RSU broadcast waits for each OBU's next RSU contact
        assertThat(broadcast.summary().revocationCrlReach50Hours())
                .isGreaterThan(push.summary().revocationCrlReach50Hours() + 3);
        // same decisions on the same seed, whatever the CRL's channel
        assertThat(broadcast.summary().revocationDecisionHours()).isEqualTo(push.summary().revocationDecisionHours());
    }

    @Test
    void withoutRsusABroadcastCrlReachesNoOneWhileADownloadReachesThemOverCellularAndWifi() {
        RunResult broadcast = new ScmsModel(noRsus(wave(5, crl(CrlPolicy.Cadence.PERIODIC,
                CrlPolicy.Channel.RSU_BROADCAST, Duration.ofDays(1)))), 0).run();
        RunResult download = new ScmsModel(noRsus(wave(5, crl(CrlPolicy.Cadence.PERIODIC, CrlPolicy.Channel.DOWNLOAD,
                Duration.ofDays(1)))), 0).run();
        assertThat(broadcast.summary().crlsIssued()).isPositive();
        assertThat(broadcast.summary().crlBytesMoved()).isZero();
        assertThat(broadcast.summary().revocationCrlReach50Hours()).isNaN();
        assertThat(broadcast.planning().crls()).allSatisfy(c -> assertThat(c.reach50Hours()).isNaN());
        // every message of a revoked device is accepted: no receiver ever holds a CRL listing it
        assertThat(broadcast.summary().messagesAcceptedFromRevoked())
                .isGreaterThan(download.summary().messagesAcceptedFromRevoked());
        assertThat(download.summary().crlBytesMoved()).isPositive();
        assertThat(download.summary().revocationCrlReach50Hours()).isFinite();
    }

    @Test
    void theWeeklyCrlColumnsAddUpToTheRunAndRepeatOnTheSameSeed() {
        Scenario s = pilot(wave(8, crl(CrlPolicy.Cadence.PERIODIC, CrlPolicy.Channel.DOWNLOAD, Duration.ofDays(2))));
        RunResult r = new ScmsModel(s, 3).run();
        List<WeekRow> weeks = r.weeks();
        assertThat(weeks.stream().mapToLong(WeekRow::crlBytes).sum()).isEqualTo(Math.round(r.summary().crlBytesMoved()));
        assertThat(weeks.stream().mapToDouble(WeekRow::messagesAcceptedFromRevoked).sum())
                .isEqualTo(r.summary().messagesAcceptedFromRevoked());
        assertThat(weeks.get(0).crlReach()).as("before the first CRL").isNaN();
        assertThat(weeks.get(0).crlSizeBytes()).isZero();
        List<CrlIssue> crls = r.planning().crls();
        for (WeekRow w : weeks.subList(1, weeks.size())) {
            assertThat(w.crlReach()).isBetween(0.0, 1.0);
            CrlIssue latest = crls.stream().filter(c -> c.issuedSeconds() < (w.week() + 1) * WEEK).reduce((a, b) -> b)
                    .orElseThrow();
            assertThat(w.crlSizeBytes()).isEqualTo(latest.bytes());
            assertThat(w.crlEntries()).isEqualTo(latest.entries());
        }
        assertThat(weeks.stream().filter(w -> w.crlBytes() > 0)).hasSizeGreaterThan(weeks.size() / 2);
        assertThat(new ScmsModel(s, 3).run().weeks()).isEqualTo(weeks);
    }

    @Test
    void aMassRevocationOrderRevokesAtOnceBlacklistsAndListsTheDevicesInTheNextCrl() {
        Scenario s = pilot(Misbehavior.none());
        ScmsModel m = new ScmsModel(s, 0);
        int[][] revoked = new int[1][];
        m.simulation().at(30 * 86_400.0 + 3600, () -> revoked[0] = m.misbehavior().revokeRandomNow(12));
        RunResult r = m.run();
        assertThat(revoked[0]).hasSize(12).doesNotHaveDuplicates();
        assertThat(r.summary().devicesRevokedByOrder()).isEqualTo(12);
        assertThat(r.summary().devicesRevoked()).isZero();   // none misbehaved
        for (int d : revoked[0]) {
            assertThat(m.provisioning().isBlacklisted(d)).isTrue();
        }
        List<CrlIssue> crls = r.planning().crls();
        assertThat(crls.get(0).issuedSeconds()).isEqualTo(5 * WEEK);   // the next weekly CRL after the order
        assertThat(crls.get(0).newEntries()).isEqualTo(12);
        assertThat(r.planning().revocations()).hasSize(12)
                .allSatisfy(v -> assertThat(v.decisionSeconds()).isEqualTo(30 * 86_400.0 + 3600));
        assertThat(r.summary().messagesAcceptedFromRevoked()).isPositive();
        // the same order twice revokes nobody more
        assertThat(m.misbehavior().revokeNow(revoked[0])).isZero();

        // scheduled ahead, on the same seed: the same devices at the same time
        ScmsModel ahead = new ScmsModel(s, 0);
        ahead.misbehavior().revokeRandomAt(30 * 86_400.0 + 3600, 12);
        assertThat(ahead.run().planning().revocations()).isEqualTo(r.planning().revocations());
    }
}
