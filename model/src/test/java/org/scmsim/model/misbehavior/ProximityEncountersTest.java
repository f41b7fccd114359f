package org.scmsim.model.misbehavior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scmsim.model.config.CrlPolicy;
import org.scmsim.model.config.Misbehavior;
import org.scmsim.model.config.MisbehaviorWave;
import org.scmsim.model.config.Region;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.config.Scms;
import org.scmsim.model.config.Component;
import org.scmsim.model.config.Shuffle;
import org.scmsim.model.geo.Zones;
import org.scmsim.model.random.RandomStreams;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.RunSummary;
import org.scmsim.model.run.ScmsModel;
import org.scmsim.model.testing.TestScenarios;
import umontreal.ssj.rng.RandomStream;

class ProximityEncountersTest {

    // three 1 km zones in a row; one class, on the road 10% of every hour; 1e-4 meetings/s per pair
    private static final int A = 0;          // suspect in zone 0 with 40 others (2..41)
    private static final int B = 1;          // suspect in zone 1 with one other (42)
    private static final int ALONE = 43;     // alone in zone 2
    private static final int N = 44;

    private static int zoneOf(int d) {
        return d == B || d == 42 ? 1 : d == ALONE ? 2 : 0;
    }

    private static ProximityEncounters town(double[] onRoadByHour, boolean[] active) {
        double[][] onRoad = {onRoadByHour};
        double[][] pair = {{1e-4}};
        return new ProximityEncounters(Zones.plane(3, 1, 1, 100), onRoad, pair, N, ProximityEncountersTest::zoneOf,
                d -> 0, d -> active[d]);
    }

    private static ProximityEncounters town() {
        boolean[] all = new boolean[N];
        Arrays.fill(all, true);
        return town(flat(0.1), all);
    }

    private static double[] flat(double v) {
        double[] a = new double[24];
        Arrays.fill(a, v);
        return a;
    }

    private static RandomStream stream(String name) {
        return RandomStreams.create(7, name, 0);
    }

    @Test
    void theRateIsTheOthersOnTheRoadInTheZone() {
        ProximityEncounters e = town();
        assertThat(e.present(0, 0)).isEqualTo(41);
        assertThat(e.present(1, 0)).isEqualTo(2);
        assertThat(e.present(2, 0)).isEqualTo(1);
        // 0.1 (suspect on the road) x 1e-4 x 0.1 (other on the road) x others
        assertThat(e.rate(A, 0)).isCloseTo(0.1 * 1e-4 * 0.1 * 40, within(1e-15));
        assertThat(e.rate(B, 5000)).isCloseTo(0.1 * 1e-4 * 0.1, within(1e-15));
        assertThat(e.rate(ALONE, 0)).isZero();
    }

    @Test
    void onCommonRandomNumbersASuspectInADenseZoneIsMetFortyTimesSooner() {
        ProximityEncounters e = town();
        RandomStream ra = stream("crn");
        RandomStream rb = stream("crn");
        int bothMet = 0;
        for (int i = 0; i < 500; i++) {
            double now = i * 1000.0;
            double ta = e.next(A, now, ra);
            double tb = e.next(B, now, rb);
            if (!Double.isNaN(tb)) {
                assertThat(ta).isNotNaN();
                assertThat(tb - now).isCloseTo(40 * (ta - now), within(1e-6 * (tb - now)));
                bothMet++;
            } else {
                // the same uniform, 40 times the rate: when B meets nobody within a day, A may still
                assertThat(Double.isNaN(ta) || ta - now <= ProximityEncounters.WINDOW).isTrue();
            }
        }
        assertThat(bothMet).isPositive();
    }

    @Test
    void meetingsOverManyDaysMatchTheRateAndConcentrateWhereTheDensityIsHigh() {
        ProximityEncounters e = town();
        double days = 1000;
        long a = countMeetings(e, A, days, stream("a"));
        long b = countMeetings(e, B, days, stream("b"));
        double expectA = 0.1 * 1e-4 * 0.1 * 40 * 86_400 * days;   // 3,456
        double expectB = expectA / 40;                            // 86.4
        assertThat((double) a).isCloseTo(expectA, within(4 * Math.sqrt(expectA)));
        assertThat((double) b).isCloseTo(expectB, within(4 * Math.sqrt(expectB)));
        assertThat(countMeetings(e, ALONE, days, stream("c"))).isZero();
    }

    private static long countMeetings(ProximityEncounters e, int d, double days, RandomStream r) {
        long n = 0;
        double t = 0;
        double end = days * 86_400;
        while (t < end) {
            double next = e.next(d, t, r);
            if (Double.isNaN(next)) {
                t += ProximityEncounters.WINDOW;
            } else if (next < end) {
                n++;
                t = next;
            } else {
                break;
            }
        }
        return n;
    }

    @Test
    void aDeviceAloneInItsZoneMeetsNobody() {
        ProximityEncounters e = town();
        RandomStream r = stream("alone");
        for (int i = 0; i < 200; i++) {
            assertThat(e.next(ALONE, i * 3600.0, r)).isNaN();
            assertThat(e.partner(ALONE, i * 3600.0, r)).isEqualTo(-1);
        }
    }

    @Test
    void partnersAreTheOtherActiveDevicesOfTheZoneDrawnUniformly() {
        boolean[] active = new boolean[N];
        Arrays.fill(active, true);
        active[7] = false;   // not active when the zones are first built
        ProximityEncounters e = town(flat(0.1), active);
        assertThat(e.present(0, 0)).isEqualTo(40);   // built now, without 7
        e.left(9);           // retires later
        assertThat(e.present(0, 0)).isEqualTo(39);
        RandomStream r = stream("partners");
        int[] seen = new int[N];
        int draws = 39 * 200;
        for (int i = 0; i < draws; i++) {
            seen[e.partner(A, i * 60.0, r)]++;
        }
        Set<Integer> met = new HashSet<>();
        for (int d = 0; d < N; d++) {
            if (seen[d] > 0) {
                met.add(d);
            }
        }
        Set<Integer> expected = new HashSet<>();
        for (int d = 2; d <= 41; d++) {
            expected.add(d);
        }
        expected.remove(7);
        expected.remove(9);
        assertThat(met).isEqualTo(expected);     // its zone only, never itself, nor inactive ones
        for (int d : expected) {
            assertThat((double) seen[d]).isCloseTo(200, within(4 * Math.sqrt(200)));
        }
        // joining and leaving move the counts
        e.joined(7);
        e.joined(9);
        e.joined(9);          // twice: counted once
        assertThat(e.present(0, 0)).isEqualTo(41);
        e.left(42);
        assertThat(e.rate(B, 0)).isZero();
        assertThat(e.partner(B, 0, r)).isEqualTo(-1);
        e.joined(42);
        assertThat(e.partner(B, 0, r)).isEqualTo(42);
    }

    @Test
    void meetingsHappenOnlyAtHoursWhenTheFleetDrives() {
        double[] afternoons = new double[24];
        Arrays.fill(afternoons, 12, 24, 0.2);
        boolean[] all = new boolean[N];
        Arrays.fill(all, true);
        ProximityEncounters e = town(afternoons, all);
        RandomStream r = stream("hours");
        double t = 0;
        int n = 0;
        while (t < 30 * 86_400) {
            double next = e.next(A, t, r);
            if (Double.isNaN(next)) {
                t += ProximityEncounters.WINDOW;
                continue;
            }
            assertThat((int) (next / 3600) % 24).isGreaterThanOrEqualTo(12);
            t = next;
            n++;
        }
        // 0.2^2 x 1e-4 x 40 per second over 12 h a day, 30 days: 207.36 expected
        assertThat((double) n).isCloseTo(207.36, within(4 * Math.sqrt(207.36)));
    }

    @Test
    void theSameSeedGivesTheSameMeetings() {
        double[] first = sequence(town(), stream("seq"));
        double[] again = sequence(town(), stream("seq"));
        assertThat(again).containsExactly(first);
    }

    private static double[] sequence(ProximityEncounters e, RandomStream r) {
        double[] out = new double[100];
        double t = 0;
        for (int i = 0; i < 50; i++) {
            t = e.next(A, t, r);
            out[2 * i] = t;
            out[2 * i + 1] = e.partner(A, t, r);
        }
        return out;
    }

    // ---- in the whole model

    private static Misbehavior wave(Misbehavior.Encounters mode) {
        return new Misbehavior(0.5, List.of(new MisbehaviorWave(LocalDate.of(2027, 3, 1), 6)), 30, 0.8, 100,
                Duration.ofHours(6), Duration.ofDays(7), new Shuffle(50, Duration.ofHours(6)), Duration.ofSeconds(1), 3, 5,
                Duration.ofHours(4), new CrlPolicy(CrlPolicy.Cadence.PERIODIC, Duration.ofDays(7),
                CrlPolicy.Channel.DOWNLOAD, Duration.ofDays(2), 92, Duration.ZERO, Duration.ZERO)).withEncounters(mode, 2, 300);
    }

    private static Scenario pilot(Misbehavior m, double sideKm) {
        Scenario s = TestScenarios.withHorizon(TestScenarios.pilot(), Duration.ofDays(150));
        Region r = s.region();
        s = TestScenarios.withRegion(s, new Region(r.shape(), sideKm, sideKm, r.corridor(), r.corridorWidthKm(), r.rsus()));
        // the MA (now a server, scms.ma) as the reference scenario has it: one deterministic server, so a
        // report takes exactly maServiceTime as before it was a server
        Scms c = s.scms();
        s = TestScenarios.withScms(s, new Scms(c.costs(), c.shuffle(), c.eca(), c.ra(), c.la1(), c.la2(), c.pca(),
                c.crlg(), TestScenarios.component(1, Component.Variability.DETERMINISTIC)));
        return s.withMisbehavior(m);
    }

    @Test
    void zoneSizeZeroTakesTheFleetsMeanTripLength() {
        // the pilot: 90% cars of lognormal(12, 1.0) km, 10% transit of lognormal(15, 0.5) km
        assertThat(ProximityEncounters.zoneKm(pilot(wave(Misbehavior.Encounters.PROXIMITY).withEncounters(
                Misbehavior.Encounters.PROXIMITY, 0, 300), 10))).isCloseTo(0.9 * 12 + 0.1 * 15, within(1e-9));
        assertThat(ProximityEncounters.zoneKm(pilot(wave(Misbehavior.Encounters.PROXIMITY), 10))).isEqualTo(2);
    }

    @Test
    void theUniformModeGivesThePreviousNumbers() {
        // figures of this scenario before proximity encounters existed (commit eb0068a)
        RunResult r = new ScmsModel(pilot(wave(Misbehavior.Encounters.UNIFORM), 10), 0).run();
        RunSummary s = r.summary();
        assertThat(s.misbehavingDevices()).isEqualTo(21);
        assertThat(s.misbehaviorReportsQueued()).isEqualTo(399);
        assertThat(s.misbehaviorReportsDropped()).isZero();
        assertThat(s.devicesRevoked()).isEqualTo(21);
        assertThat(s.falsePositiveRevocations()).isEqualTo(11);
        assertThat(Double.doubleToLongBits(s.revocationDecisionHours())).isEqualTo(4624863167012185789L);
        assertThat(s.messagesAcceptedFromRevoked()).isEqualTo(316_200.0);
        assertThat(r.planning().revocations()).hasSize(32);
    }

    @Test
    void inTheModelProximityRepeatsOnTheSameSeedAndDenserFleetsDetectSooner() {
        Scenario dense = pilot(wave(Misbehavior.Encounters.PROXIMITY), 10);
        RunResult a = new ScmsModel(dense, 0).run();
        RunResult again = new ScmsModel(dense, 0).run();
        assertThat(again.planning()).isEqualTo(a.planning());
        assertThat(again.summary().misbehaviorReportsQueued()).isEqualTo(a.summary().misbehaviorReportsQueued());
        assertThat(a.summary().devicesRevoked()).isPositive();
        // the same homes spread over 16 times the area (common random numbers): fewer meetings
        RunResult sparse = new ScmsModel(pilot(wave(Misbehavior.Encounters.PROXIMITY), 40), 0).run();
        assertThat(sparse.summary().misbehaviorReportsQueued()).isLessThan(a.summary().misbehaviorReportsQueued());
        assertThat(sparse.summary().revocationDecisionHours()).isGreaterThan(a.summary().revocationDecisionHours());
    }

    @Test
    void twoCrlDesignsOnOneSeedRevokeTheSameDevicesAtTheSameTimes() {
        Misbehavior weekly = wave(Misbehavior.Encounters.PROXIMITY);
        Misbehavior atOnce = new Misbehavior(weekly.ratePerDeviceYear(), weekly.waves(), weekly.encountersPerDay(),
                weekly.detectionProbability(), weekly.messagesPerEncounter(), weekly.uploadDelay(), weekly.reportLifetime(),
                weekly.reportShuffle(), weekly.maServiceTime(), weekly.reportsToRevoke(), weekly.falseReportsPerDeviceYear(),
                weekly.investigationTime(), new CrlPolicy(CrlPolicy.Cadence.ON_REVOCATION, Duration.ofDays(7),
                CrlPolicy.Channel.CELLULAR, Duration.ofHours(2), 92, Duration.ZERO, Duration.ZERO), Misbehavior.Encounters.PROXIMITY, 2, 300);
        RunResult a = new ScmsModel(pilot(weekly, 10), 0).run();
        RunResult b = new ScmsModel(pilot(atOnce, 10), 0).run();
        assertThat(a.summary().devicesRevoked()).isPositive();
        assertThat(b.planning().revocations()).extracting(RevocationRow::device, RevocationRow::decisionSeconds)
                .containsExactlyElementsOf(a.planning().revocations().stream()
                        .map(v -> org.assertj.core.groups.Tuple.tuple(v.device(), v.decisionSeconds())).toList());
        assertThat(b.summary().revocationCrlIssueHours()).isLessThan(a.summary().revocationCrlIssueHours());
    }
}
