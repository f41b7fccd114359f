package org.scmsim.model.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scmsim.model.config.CaExposure;
import org.scmsim.model.config.Cost;
import org.scmsim.model.config.Deployment;
import org.scmsim.model.config.DeploymentDelay;
import org.scmsim.model.config.DeploymentYear;
import org.scmsim.model.config.Disruptions;
import org.scmsim.model.config.Fleet;
import org.scmsim.model.config.Liability;
import org.scmsim.model.config.Outage;
import org.scmsim.model.config.PriceLine;
import org.scmsim.model.config.PricingModel;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.ScmsModel;
import org.scmsim.model.testing.TestScenarios;

/** Disruptions applied to the whole model, and the cost they and the pricing add. */
class DisruptionsInModelTest {

    /** 120 OBUs and 6 RSUs deployed before the start (provisioned), never retiring, always on cellular. */
    private static Scenario fleetInPlace(int days) {
        Scenario s = TestScenarios.withHorizon(TestScenarios.pilot(), Duration.ofDays(days));
        s = TestScenarios.withFleet(s, new Fleet(List.of(TestScenarios.car(1.0, 1.0, 1.0, 0)), TestScenarios.flatDay()));
        return TestScenarios.withDeployment(s, new Deployment(Deployment.Arrivals.EVEN,
                List.of(new DeploymentYear(2026, 120, 6)), 2, 16, Duration.ZERO, Duration.ZERO));
    }

    private static Disruptions outages(Outage... o) {
        return new Disruptions(List.of(o), List.of(), List.of(), List.of());
    }

    @Test
    void anRaOutageLongerThanTheDevicesStockLeavesThemWithoutCertificates() {
        Scenario base = fleetInPlace(120);
        RunResult none = new ScmsModel(base, 0).run();
        RunResult shortOne = new ScmsModel(base.withDisruptions(outages(
                new Outage("ra-day", Outage.Target.RA, LocalDate.of(2027, 2, 3), Duration.ofDays(1)))), 0).run();
        RunResult longOne = new ScmsModel(base.withDisruptions(outages(
                new Outage("ra-long", Outage.Target.RA, LocalDate.of(2027, 2, 3), Duration.ofDays(42)))), 0).run();

        // without an outage only the first provisioning at time 0 leaves OBUs briefly without pseudonyms
        double baseline = none.summary().obuHoursWithoutCertificate();
        assertThat(baseline).isLessThan(120);
        assertThat(none.planning().disruptions()).isEmpty();
        DisruptionImpact s = shortOne.planning().disruptions().get(0);
        assertThat(s.name()).isEqualTo("ra-day");
        assertThat(s.obuHoursWithoutCertificates()).isZero();
        assertThat(s.recoverySeconds()).isGreaterThanOrEqualTo(0).isLessThan(7 * 86_400.0);
        assertThat(shortOne.summary().obuHoursWithoutCertificate()).isCloseTo(baseline, within(1.0));

        DisruptionImpact l = longOne.planning().disruptions().get(0);
        // 4 weeks held at most: six weeks without downloads empty every OBU's stock
        assertThat(l.obuHoursWithoutCertificates()).isGreaterThan(120 * 24.0);
        assertThat(l.obuHoursWithoutCertificates()).isLessThanOrEqualTo(longOne.summary().obuHoursWithoutCertificate())
                .isGreaterThan(longOne.summary().obuHoursWithoutCertificate() - baseline - 1);
        assertThat(longOne.summary().disruptionObuHoursWithoutCertificate()).isEqualTo(l.obuHoursWithoutCertificates());
        assertThat(l.recoverySeconds()).isPositive();
    }

    @Test
    void reBootstrapCountEqualsAffectedDevicesAndRecoveryShrinksWithCapacity() {
        Scenario base = fleetInPlace(90).withCost(new Cost("USD", 0, List.of(new PricingModel("p", 0,
                List.of(new PriceLine("re-bootstrap", PriceLine.Basis.REBOOTSTRAP, 20)), 0, 0)),
                new Liability(150, 1, Liability.Payer.PROVIDER)));
        RunResult noExposure = new ScmsModel(base, 0).run();
        double previous = Double.POSITIVE_INFINITY;
        for (int perDay : new int[] {5, 10, 40}) {
            Scenario s = base.withDisruptions(new Disruptions(List.of(), List.of(), List.of(
                    new CaExposure("pca-key", CaExposure.Ca.PCA, LocalDate.of(2027, 1, 15), 0.5, perDay)), List.of()));
            RunResult r = new ScmsModel(s, 0).run();
            DisruptionImpact e = r.planning().disruptions().get(0);
            assertThat(e.devicesRebootstrapped()).isEqualTo(60);   // half of the 120 active OBUs, no RSU
            assertThat(r.summary().rebootstrapDevices()).isEqualTo(60);
            // the last device is re-bootstrapped after 60 / perDay days, then enrolls and downloads its batch
            double lastRebootstrap = 60.0 / perDay * 86_400;
            assertThat(e.recoverySeconds()).isGreaterThan(lastRebootstrap).isLessThan(lastRebootstrap + 86_400);
            // device k waits (k + 1) / perDay days for its turn, then for its new certificates
            double waitingForTurn = 60 * 61 / 2.0 / perDay * 24;
            assertThat(e.obuHoursWithoutCertificates()).isGreaterThan(waitingForTurn)
                    .isLessThan(waitingForTurn + 60 * 24);
            // the downtime is in the run's own out-of-certificate figures, not only in the disruption table
            assertThat(r.summary().obuHoursWithoutCertificate())
                    .isGreaterThanOrEqualTo(e.obuHoursWithoutCertificates());
            assertThat(r.summary().obuHoursWithoutCertificate() - noExposure.summary().obuHoursWithoutCertificate())
                    .isCloseTo(e.obuHoursWithoutCertificates(), within(e.obuHoursWithoutCertificates() * 0.02));
            assertThat(e.addedCost()).isCloseTo(60 * 20 + 60 * 150 + e.obuHoursWithoutCertificates(), within(1e-6));
            assertThat(e.payer()).isEqualTo("provider");
            assertThat(e.recoverySeconds()).isLessThan(previous);
            previous = e.recoverySeconds();
            // the provider's re-bootstrap price is a cost line; its liability is not
            assertThat(r.planning().cost()).extracting(l -> l.lineItem()).doesNotContain("Re-bootstrap liability");
            assertThat(r.planning().cost().stream().mapToDouble(l -> l.quantity()).sum()).isEqualTo(60);
        }
    }

    @Test
    void aDeploymentDelayShiftsTheCurveAndLosesCertificatesWhenTheContractSaysSo() {
        Scenario s = TestScenarios.withHorizon(TestScenarios.pilot(), Duration.ofDays(200));
        RunResult planned = new ScmsModel(s, 0).run();
        DeploymentDelay lost = new DeploymentDelay("late", LocalDate.of(2027, 1, 1), Duration.ofDays(100),
                DeploymentDelay.Reallocation.LOST);
        RunResult late = new ScmsModel(s.withDisruptions(new Disruptions(List.of(), List.of(), List.of(), List.of(lost))), 0)
                .run();
        DisruptionImpact d = late.planning().disruptions().get(0);
        assertThat(d.kind()).isEqualTo("deployment_delay");
        assertThat(d.devicesAffected()).isEqualTo(planned.summary().obusDeployed() + planned.summary().rsusDeployed());
        assertThat(late.summary().obusDeployed()).isLessThan(planned.summary().obusDeployed());
        assertThat(late.summary().deviceYears()).isLessThan(planned.summary().deviceYears());
        assertThat(d.certificatesLost()).isPositive();
        DeploymentDelay moved = new DeploymentDelay("late", LocalDate.of(2027, 1, 1), Duration.ofDays(100),
                DeploymentDelay.Reallocation.REALLOCATED);
        RunResult realloc = new ScmsModel(s.withDisruptions(new Disruptions(List.of(), List.of(), List.of(), List.of(moved))), 0)
                .run();
        assertThat(realloc.planning().disruptions().get(0).certificatesLost()).isZero();
        assertThat(realloc.summary().obusDeployed()).isEqualTo(late.summary().obusDeployed());
    }

    @Test
    void aConstantFleetUnderPerDevicePricingCostsTheClosedForm() {
        // 120 OBUs and 6 RSUs in service every day of 2027 and the first 35 days of 2028
        Scenario s = fleetInPlace(400).withCost(new Cost("USD", 0.04, List.of(new PricingModel("per-device", 0,
                List.of(new PriceLine("obu", PriceLine.Basis.OBU_YEAR, 12), new PriceLine("rsu", PriceLine.Basis.RSU_YEAR, 50)),
                0, 0)), new Liability(0, 0, Liability.Payer.AGENCY)));
        RunResult r = new ScmsModel(s, 0).run();
        double year = 120 * 12 + 6 * 50;
        double total = year + year * 35 / 366;
        assertThat(r.summary().costTotal()).isCloseTo(total, within(1e-6));
        assertThat(r.summary().costPresentValue()).isCloseTo(year + year * 35 / 366 / 1.04, within(1e-6));
        assertThat(r.summary().deviceYears()).isCloseTo(126 + 126 * 35 / 366.0, within(1e-9));
        assertThat(r.summary().costPerDeviceYear()).isCloseTo(total / (126 + 126 * 35 / 366.0), within(1e-9));
        assertThat(r.planning().cost()).hasSize(4);
    }

    @Test
    void sameScenarioAndSeedGiveTheSamePlanningTables() {
        Scenario s = fleetInPlace(60).withDisruptions(new Disruptions(
                List.of(new Outage("pca", Outage.Target.PCA, LocalDate.of(2027, 1, 20), Duration.ofDays(3))),
                List.of(new org.scmsim.model.config.BackhaulOutage("bh", LocalDate.of(2027, 1, 10), Duration.ofDays(20), 1.0)),
                List.of(new CaExposure("eca", CaExposure.Ca.ECA, LocalDate.of(2027, 2, 1), 1.0, 0)), List.of()));
        RunResult a = new ScmsModel(s, 0).run();
        RunResult b = new ScmsModel(s, 0).run();
        assertThat(a.planning()).isEqualTo(b.planning());
        assertThat(a.planning().disruptions()).extracting(DisruptionImpact::name).containsExactly("pca", "bh", "eca");
        // all 126 devices, 32 a day
        assertThat(a.planning().disruptions().get(2).devicesRebootstrapped()).isEqualTo(126);
        assertThat(a.planning().disruptions().get(1).devicesAffected()).isEqualTo(6);
    }

    @Test
    void anScmsLiveLateProvisionsTheDevicesAlreadyDeployedRetroactivelyAtGoLive() {
        Scenario base = fleetInPlace(90);
        RunResult onTime = new ScmsModel(base, 0).run();
        // 2027-02-01 is day 31
        RunResult late = new ScmsModel(base.withDisruptions(new Disruptions(List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(new org.scmsim.model.config.ScmsLaunchDelay(
                "late-scms", LocalDate.of(2027, 2, 1), DeploymentDelay.Reallocation.LOST)))), 0).run();
        // deployed before the start and provisioned then: no enrollment in the run
        assertThat(onTime.summary().enrollmentIssued()).isZero();
        // late: all 126 enroll and get their first batch (the depth, 156 weeks) at go-live
        assertThat(late.summary().enrollmentIssued()).isEqualTo(126);
        assertThat(late.summary().pseudonymIssued()).isGreaterThanOrEqualTo(120L * 156 * 20);
        DisruptionImpact d = late.planning().disruptions().get(0);
        assertThat(d.kind()).isEqualTo("scms_launch_delay");
        assertThat(d.devicesAffected()).isEqualTo(126);
        assertThat(d.obuHoursWithoutCertificates()).isGreaterThan(120 * 31 * 24.0);
        assertThat(d.rsuHoursWithoutCertificates()).isGreaterThanOrEqualTo(6 * 31 * 24.0);
        // the weeks before go-live, lost: 31 days of 20 pseudonyms a week per OBU, 3 PSIDs per RSU
        assertThat(d.certificatesLost()).isEqualTo(Math.round(120 * 31 / 7.0 * 20 + 6 * 31 / 7.0 * 3));
        assertThat(d.recoverySeconds()).isPositive().isLessThan(7 * 86_400.0);
        // nothing was issued before go-live
        assertThat(late.weeks().get(0).certificatesIssued()).isZero();
        assertThat(late.weeks().get(3).certificatesIssued()).isZero();
    }
}
