package org.scmsim.model.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scmsim.model.config.CellularOutage;
import org.scmsim.model.config.Deployment;
import org.scmsim.model.config.DeploymentYear;
import org.scmsim.model.config.Disruptions;
import org.scmsim.model.config.Fleet;
import org.scmsim.model.config.MassRevocation;
import org.scmsim.model.config.OperationCosts;
import org.scmsim.model.config.RequestStorm;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.config.Scms;
import org.scmsim.model.config.TimeSyncFailure;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.ScmsModel;
import org.scmsim.model.run.WeekRow;
import org.scmsim.model.scms.ComponentId;
import org.scmsim.model.testing.TestScenarios;

/** Cellular outages, time-sync failures, request storms and mass revocations in the whole model. */
class DisruptionEventsTest {

    private static final double DAY = 86_400.0;

    /**
     * 120 OBUs deployed before the start (provisioned), never retiring, that top off only over
     * cellular (every day): no RSU, no home Wi-Fi.
     */
    private static Scenario cellularOnly(int days) {
        Scenario s = TestScenarios.withHorizon(TestScenarios.pilot(), Duration.ofDays(days));
        s = TestScenarios.withFleet(s, new Fleet(List.of(TestScenarios.car(1.0, 1.0, 1.0, 0)), TestScenarios.flatDay()));
        return TestScenarios.withDeployment(s, new Deployment(Deployment.Arrivals.EVEN,
                List.of(new DeploymentYear(2026, 120, 0)), 2, 16, Duration.ZERO, Duration.ZERO));
    }

    private static Disruptions none() {
        return Disruptions.none();
    }

    private static Disruptions cellular(CellularOutage... c) {
        return new Disruptions(List.of(), List.of(), List.of(), List.of(), List.of(c), List.of(), List.of(), List.of(),
                List.of());
    }

    @Test
    void aCellularOutageLongerThanTheStockLeavesCellularOnlyDevicesWithoutCertificates() {
        Scenario base = cellularOnly(120);
        RunResult without = new ScmsModel(base.withDisruptions(none()), 0).run();
        RunResult all = new ScmsModel(base.withDisruptions(cellular(
                new CellularOutage("carrier", LocalDate.of(2027, 2, 3), Duration.ofDays(42), 1.0))), 0).run();
        RunResult half = new ScmsModel(base.withDisruptions(cellular(
                new CellularOutage("carrier", LocalDate.of(2027, 2, 3), Duration.ofDays(42), 0.5))), 0).run();
        RunResult shortOne = new ScmsModel(base.withDisruptions(cellular(
                new CellularOutage("blip", LocalDate.of(2027, 2, 3), Duration.ofDays(1), 1.0))), 0).run();

        double baseline = without.summary().obuHoursWithoutCertificate();
        DisruptionImpact a = all.planning().disruptions().get(0);
        assertThat(a.kind()).isEqualTo("cellular_outage");
        assertThat(a.devicesAffected()).isEqualTo(120);
        // at most 4 weeks on board: six weeks without cellular empty every OBU's stock
        assertThat(a.obuHoursWithoutCertificates()).isGreaterThan(120 * 24.0);
        assertThat(all.summary().obuHoursWithoutCertificate() - baseline)
                .isCloseTo(a.obuHoursWithoutCertificates(), within(a.obuHoursWithoutCertificates() * 0.02 + 1));
        assertThat(all.summary().unsignedDrivingHours()).isGreaterThan(without.summary().unsignedDrivingHours());
        assertThat(a.recoverySeconds()).isPositive().isLessThan(2 * DAY);

        DisruptionImpact h = half.planning().disruptions().get(0);
        assertThat(h.devicesAffected()).isBetween(40L, 80L);
        assertThat(h.obuHoursWithoutCertificates()).isPositive().isLessThan(a.obuHoursWithoutCertificates());

        // a day without cellular is covered by the weeks on board
        assertThat(shortOne.planning().disruptions().get(0).obuHoursWithoutCertificates()).isZero();
        assertThat(shortOne.summary().obuHoursWithoutCertificate()).isCloseTo(baseline, within(1.0));
    }

    @Test
    void devicesWithAWrongClockCannotSignForThePeriodThoughTheyHoldCertificates() {
        Scenario base = cellularOnly(60);
        RunResult without = new ScmsModel(base, 0).run();
        Disruptions d = new Disruptions(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new TimeSyncFailure("gnss", LocalDate.of(2027, 2, 3), Duration.ofDays(2), 1.0)), List.of(),
                List.of());
        RunResult r = new ScmsModel(base.withDisruptions(d), 0).run();
        DisruptionImpact t = r.planning().disruptions().get(0);
        assertThat(t.kind()).isEqualTo("time_sync_failure");
        assertThat(t.devicesAffected()).isEqualTo(120);
        // every OBU is without a usable certificate for exactly the 48 hours, then back at once
        assertThat(t.obuHoursWithoutCertificates()).isCloseTo(120 * 48.0, within(1e-6));
        assertThat(t.recoverySeconds()).isZero();
        assertThat(r.summary().obuHoursWithoutCertificate() - without.summary().obuHoursWithoutCertificate())
                .isCloseTo(120 * 48.0, within(1e-6));
        // their driving in those hours is unsigned (receivers reject the BSMs)
        assertThat(r.summary().unsignedDrivingHours() - without.summary().unsignedDrivingHours()).isPositive();
        assertThat(t.unsignedDrivingHours()).isPositive();
        // the certificate supply is untouched
        assertThat(r.summary().pseudonymIssued()).isEqualTo(without.summary().pseudonymIssued());
    }

    @Test
    void aRequestStormRaisesTheRaWaitAndBacklogOnCommonRandomNumbers() {
        Scenario s = TestScenarios.withDeployment(TestScenarios.withHorizon(TestScenarios.pilot(), Duration.ofDays(21)),
                new Deployment(Deployment.Arrivals.EVEN, List.of(new DeploymentYear(2026, 120, 6)), 2, 16,
                        Duration.ZERO, Duration.ZERO));
        Scms scms = s.scms();
        OperationCosts c = scms.costs();
        // a slow RA: 20 ms to validate a request
        s = TestScenarios.withScms(s, new Scms(c.withCosts(c.enrollment(), 0.02, c.butterflyExpansion(),
                c.preLinkageValue(), c.pseudonymIssue(), c.certificateIssue(), c.downloadFile()), scms.shuffle(),
                scms.eca(), scms.ra(), scms.la1(), scms.la2(), scms.pca(), scms.crlg(), scms.ma()));
        // half the OBUs re-send once a second for 3 hours from the second week start (RSU renewals, pre-generation)
        RequestStorm storm = new RequestStorm("firmware", LocalDate.of(2027, 1, 8), Duration.ofHours(3), 0.5, 3600);
        Scenario stormy = s.withDisruptions(new Disruptions(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(storm), List.of()));
        ScmsModel calmModel = new ScmsModel(s, 0);
        RunResult calm = calmModel.run();
        ScmsModel stormModel = new ScmsModel(stormy, 0);
        RunResult loud = stormModel.run();

        DisruptionImpact d = loud.planning().disruptions().get(0);
        assertThat(d.kind()).isEqualTo("request_storm");
        assertThat(d.devicesAffected()).isEqualTo(60);
        // 60 OBUs x 3,600 an hour x 3 hours, Poisson
        assertThat((double) d.requestsAdded()).isCloseTo(648_000, within(5_000.0));
        assertThat(loud.summary().requests() - calm.summary().requests()).isEqualTo(d.requestsAdded());
        assertThat(loud.summary().raMeanWaitSeconds()).isGreaterThan(calm.summary().raMeanWaitSeconds());
        assertThat(d.raMeanWaitSeconds()).isGreaterThan(10 * calm.summary().raMeanWaitSeconds());
        double horizon = s.horizonSeconds();
        double calmBacklog = calmModel.provisioning().component(ComponentId.RA).backlog().integral(horizon);
        double loudBacklog = stormModel.provisioning().component(ComponentId.RA).backlog().integral(horizon);
        assertThat(loudBacklog).isGreaterThan(calmBacklog);
        // the devices' own requests (RSU renewals) wait behind the duplicates
        assertThat(loud.summary().meanResponseSeconds()).isGreaterThan(calm.summary().meanResponseSeconds());
        assertThat(loud.summary().pseudonymIssued()).isEqualTo(calm.summary().pseudonymIssued());
        // recovered once the RA has worked off the queue the duplicates left (the RA was overloaded)
        assertThat(d.recoverySeconds()).isPositive().isLessThan(DAY);
    }

    @Test
    void revokedDevicesAreServedNoMoreAndRunOutOfCertificates() {
        Scenario base = cellularOnly(70);
        RunResult without = new ScmsModel(base, 0).run();
        Disruptions d = new Disruptions(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(new MassRevocation("recall", LocalDate.of(2027, 1, 15), 0, 30)));
        RunResult r = new ScmsModel(base.withDisruptions(d), 0).run();
        DisruptionImpact m = r.planning().disruptions().get(0);
        assertThat(m.kind()).isEqualTo("mass_revocation");
        assertThat(m.devicesAffected()).isEqualTo(30);
        assertThat(m.recoverySeconds()).isNaN();
        // 4 weeks on board at most: the 30 are out of certificates for the last weeks of the run
        assertThat(m.obuHoursWithoutCertificates()).isGreaterThan(30 * 7 * 24.0);
        assertThat(r.summary().obuHoursWithoutCertificate() - without.summary().obuHoursWithoutCertificate())
                .isCloseTo(m.obuHoursWithoutCertificates(), within(m.obuHoursWithoutCertificates() * 0.02 + 1));
        // the PCA's weekly job generates a week for 90 OBUs instead of 120 from the week after the decision
        List<WeekRow> weeks = r.weeks();
        List<WeekRow> before = without.weeks();
        assertThat(weeks.get(1).pseudonymIssued()).isEqualTo(before.get(1).pseudonymIssued()).isEqualTo(120 * 20);
        assertThat(weeks.get(3).pseudonymIssued()).isEqualTo(90 * 20);
        assertThat(weeks.get(9).pseudonymIssued()).isEqualTo(90 * 20);
        // the planning table names it in the summary's figures but leaves the recovery figure to the others
        assertThat(r.summary().disruptionObuHoursWithoutCertificate()).isEqualTo(m.obuHoursWithoutCertificates());
    }

    @Test
    void theNewKindsCombineInOneRunAndRepeatOnTheSameSeed() {
        Scenario s = cellularOnly(70).withDisruptions(new Disruptions(List.of(), List.of(), List.of(), List.of(),
                List.of(new CellularOutage("carrier", LocalDate.of(2027, 1, 20), Duration.ofDays(10), 0.5)),
                List.of(new org.scmsim.model.config.PolicyChange("lpf", LocalDate.of(2027, 2, 1), 25, 0, 0, 0)),
                List.of(new TimeSyncFailure("gnss", LocalDate.of(2027, 1, 25), Duration.ofDays(1), 0.2)),
                List.of(new RequestStorm("loop", LocalDate.of(2027, 2, 5), Duration.ofHours(1), 0.1, 60)),
                List.of(new MassRevocation("recall", LocalDate.of(2027, 2, 10), 0.1, 0))));
        RunResult a = new ScmsModel(s, 0).run();
        RunResult b = new ScmsModel(s, 0).run();
        assertThat(a.planning()).isEqualTo(b.planning());
        assertThat(a.summary()).isEqualTo(b.summary());
        assertThat(a.planning().disruptions()).extracting(DisruptionImpact::kind).containsExactly(
                "cellular_outage", "time_sync_failure", "request_storm", "mass_revocation", "policy_change");
        assertThat(a.planning().disruptions().get(3).devicesAffected()).isEqualTo(12);
        // the time-sync failure's 24 OBUs (about 20%) are out for its day at least
        assertThat(a.planning().disruptions().get(1).obuHoursWithoutCertificates())
                .isGreaterThanOrEqualTo(a.planning().disruptions().get(1).devicesAffected() * 24.0);
    }
}
