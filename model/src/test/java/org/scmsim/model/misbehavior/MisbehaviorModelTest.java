package org.scmsim.model.misbehavior;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scmsim.model.config.CrlPolicy;
import org.scmsim.model.config.Misbehavior;
import org.scmsim.model.config.MisbehaviorWave;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.config.Shuffle;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.ScmsModel;
import org.scmsim.model.testing.TestScenarios;

class MisbehaviorModelTest {

    private static Misbehavior wave(int devices, double falseRate, Duration uploadDelay, CrlPolicy crl) {
        return new Misbehavior(0, List.of(new MisbehaviorWave(LocalDate.of(2027, 3, 1), devices)), 30, 0.8, 100,
                uploadDelay, Duration.ofDays(7), new Shuffle(50, Duration.ofHours(6)), Duration.ofSeconds(1), 3, falseRate,
                Duration.ofHours(4), crl, List.of(), 50, Duration.ZERO);
    }

    private static CrlPolicy weeklyDownload() {
        return new CrlPolicy(CrlPolicy.Cadence.PERIODIC, Duration.ofDays(7), CrlPolicy.Channel.DOWNLOAD, Duration.ofDays(2), 92, Duration.ZERO, Duration.ZERO);
    }

    private static Scenario pilot(Misbehavior m) {
        return TestScenarios.withHorizon(TestScenarios.pilot(), Duration.ofDays(150)).withMisbehavior(m);
    }

    @Test
    void crlSizeComesFromTheRealEncoding() {
        // the real one-device linkage CRL of the Korean SCMS: 77 bytes of CrlContents (domain primer)
        assertThat(CrlSize.contentBytes(1, 600_000_000L, 600_604_800L, 0x1A9, 20, Map.of(0x1B0, 1))).isEqualTo(77);
        // each further device under the same iMax adds one IndividualRevocation: 1 + 16 + 16 bytes
        assertThat(CrlSize.contentBytes(1, 600_000_000L, 600_604_800L, 0x1A9, 20, Map.of(0x1B0, 2))).isEqualTo(110);
        assertThat(CrlSize.contentBytes(1, 600_000_000L, 600_604_800L, 0x1A9, 20, Map.of(0x1B0, 101))).isEqualTo(77 + 100 * 33);
        // another iMax adds a group header as well
        assertThat(CrlSize.contentBytes(1, 600_000_000L, 600_604_800L, 0x1A9, 20, Map.of(0x1B0, 1, 0x1B1, 1)))
                .isGreaterThan(110);
        // delivered: the Korean CRL's 169 bytes; longer contents take a longer COER length (0x81 nn)
        assertThat(CrlSize.deliveredBytes(77, 92)).isEqualTo(169);
        assertThat(CrlSize.deliveredBytes(127, 92)).isEqualTo(219);
        assertThat(CrlSize.deliveredBytes(128, 92)).isEqualTo(221);
        assertThat(CrlSize.deliveredBytes(256, 92)).isEqualTo(350);
    }

    @Test
    void everyWaveDeviceIsRevokedAndTheTimesFollowTheFlow() {
        RunResult r = new ScmsModel(pilot(wave(10, 0, Duration.ofHours(6), weeklyDownload())), 0).run();
        assertThat(r.summary().misbehavingDevices()).isEqualTo(10);
        assertThat(r.summary().devicesRevoked()).isEqualTo(10);
        assertThat(r.summary().falsePositiveRevocations()).isZero();
        assertThat(r.planning().revocations()).hasSize(10).allSatisfy(v -> {
            assertThat(v.falsePositive()).isFalse();
            assertThat(v.decisionSeconds()).isGreaterThan(v.onsetSeconds() + 4 * 3600);   // at least the investigation
            assertThat(v.crlIssueSeconds()).isGreaterThanOrEqualTo(v.decisionSeconds());
            assertThat(v.crlIssueSeconds() % (7 * 86_400.0)).isZero();                      // a weekly CRL
            assertThat(v.reach50Seconds()).isGreaterThan(v.crlIssueSeconds());
            assertThat(v.reach90Seconds()).isGreaterThanOrEqualTo(v.reach50Seconds());
            assertThat(v.reach99Seconds()).isGreaterThanOrEqualTo(v.reach90Seconds());
        });
        assertThat(r.summary().revocationCrlReach99Hours()).isGreaterThan(r.summary().revocationCrlIssueHours());
        assertThat(r.summary().messagesAcceptedFromRevoked()).isPositive();
        // the CRLs list the 10 devices: 10 entries of 33 bytes on top of the one-entry CRL's 169
        CrlIssue last = r.planning().crls().get(r.planning().crls().size() - 1);
        assertThat(last.entries()).isEqualTo(10);
        assertThat(r.summary().crlEntriesMax()).isEqualTo(10);
        assertThat(r.planning().crls()).allSatisfy(c -> assertThat(c.bytes())
                .isEqualTo(c.contentBytes() + 92 + (c.contentBytes() < 128 ? 0 : c.contentBytes() < 256 ? 1 : 2)));
        assertThat(r.summary().crlsIssued()).isEqualTo(r.planning().crls().size()).isEqualTo(21);
        assertThat(r.summary().crlBytesMoved()).isPositive();
    }

    /** The pilot with a cellular modem in every OBU (the cellular CRL reaches only OBUs with one). */
    private static Scenario connected(Misbehavior m) {
        Scenario s = pilot(m);
        return TestScenarios.withFleet(s, new org.scmsim.model.config.Fleet(List.of(TestScenarios.car(0.9, 1.0, 0.9, 0.3),
                s.fleet().classes().get(1)), s.fleet().diurnal())).withMisbehavior(m);
    }

    @Test
    void aCrlAtEachRevocationOverCellularCutsTheMessagesAcceptedFromRevokedDevices() {
        RunResult weekly = new ScmsModel(connected(wave(10, 0, Duration.ofHours(6), weeklyDownload())), 0).run();
        RunResult fast = new ScmsModel(connected(wave(10, 0, Duration.ofHours(6), new CrlPolicy(CrlPolicy.Cadence.ON_REVOCATION,
                Duration.ofDays(7), CrlPolicy.Channel.CELLULAR, Duration.ofHours(2), 92, Duration.ZERO, Duration.ZERO))), 0).run();
        // same reports and decisions (common random numbers), a CRL at once
        assertThat(fast.summary().revocationDecisionHours()).isEqualTo(weekly.summary().revocationDecisionHours());
        assertThat(fast.summary().revocationCrlIssueHours()).isEqualTo(fast.summary().revocationDecisionHours());
        assertThat(fast.summary().revocationCrlReach90Hours()).isLessThan(weekly.summary().revocationCrlReach90Hours());
        assertThat(fast.summary().messagesAcceptedFromRevoked()).isLessThan(weekly.summary().messagesAcceptedFromRevoked() / 2);
        assertThat(fast.summary().crlsIssued()).isEqualTo(10);
    }

    @Test
    void reportsThatCannotBeUploadedWithinAWeekAreDroppedAndRevocationComesMuchLater() {
        RunResult slow = new ScmsModel(pilot(wave(5, 0, Duration.ofDays(3000), weeklyDownload())), 0).run();
        RunResult quick = new ScmsModel(pilot(wave(5, 0, Duration.ofHours(6), weeklyDownload())), 0).run();
        assertThat(quick.summary().misbehaviorReportsDropped()).isZero();
        assertThat(slow.summary().misbehaviorReportsQueued()).isPositive();
        // P(upload within 7 days) = 1 - exp(-7/3000): almost every report is dropped
        assertThat(slow.summary().misbehaviorReportsDropped()).isGreaterThan(slow.summary().misbehaviorReportsQueued() * 99 / 100);
        assertThat(slow.summary().revocationDecisionHours()).isGreaterThan(10 * quick.summary().revocationDecisionHours());
    }

    @Test
    void falseReportsRevokeHonestDevicesOnlyAtTheThreshold() {
        RunResult r = new ScmsModel(pilot(wave(1, 20, Duration.ofHours(6), weeklyDownload())), 0).run();
        assertThat(r.summary().falsePositiveRevocations()).isPositive();
        assertThat(r.planning().revocations()).filteredOn(RevocationRow::falsePositive)
                .allSatisfy(v -> assertThat(v.messagesAccepted()).isZero());
        RunResult none = new ScmsModel(pilot(wave(1, 0, Duration.ofHours(6), weeklyDownload())), 0).run();
        assertThat(none.summary().falsePositiveRevocations()).isZero();
    }

    @Test
    void withoutMisbehaviourNothingIsSimulatedAndTheSameSeedRepeats() {
        RunResult off = new ScmsModel(TestScenarios.withHorizon(TestScenarios.pilot(), Duration.ofDays(30)), 0).run();
        assertThat(off.planning().crls()).isEmpty();
        assertThat(off.summary().crlsIssued()).isZero();
        assertThat(off.summary().revocationDecisionHours()).isNaN();
        Scenario s = pilot(wave(8, 2, Duration.ofHours(6), weeklyDownload()));
        assertThat(new ScmsModel(s, 1).run().planning()).isEqualTo(new ScmsModel(s, 1).run().planning());
    }
}
