package org.scmsim.model.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.testing.TestScenarios;

class ScmsModelTest {

    @Test
    void pilotRunsAndDevicesGetCertificates() {
        Scenario s = TestScenarios.pilot();
        List<Progress> seen = new ArrayList<>();
        RunResult r = new ScmsModel(s, 0).onProgress(seen::add).run();
        RunSummary sum = r.summary();
        assertThat(sum.obusDeployed()).isBetween(449L, 450L);   // 2028 has 366 days: the horizon ends a day early
        assertThat(sum.rsusDeployed()).isEqualTo(30);
        assertThat(sum.pseudonymIssued()).isPositive();
        assertThat(sum.pseudonymDownloaded()).isPositive();
        assertThat(sum.applicationIssued()).isPositive();
        assertThat(sum.enrollmentIssued()).isEqualTo(sum.obusActive() + sum.rsusActive()
                + (sum.obusDeployed() - sum.obusActive()) + (sum.rsusDeployed() - sum.rsusActive()));
        assertThat(r.weeks()).hasSize(105);
        assertThat(r.days()).hasSize(730);
        assertThat(r.components()).hasSize(105 * 7);
        assertThat(r.components().stream().filter(c -> c.component().equals("pca")).mapToLong(ComponentWeek::jobsStarted).sum())
                .isPositive();
        assertThat(r.components().stream().filter(c -> c.component().equals("ma")).mapToDouble(ComponentWeek::utilisation).sum())
                .isZero();
        assertThat(seen).hasSize(730);
        assertThat(seen.get(729).fraction()).isEqualTo(1.0);
        System.out.println(sum);
    }

    @Test
    void sameSeedSameResultDifferentReplicationDifferentResult() {
        Scenario s = TestScenarios.withHorizon(TestScenarios.pilot(), java.time.Duration.ofDays(120));
        RunResult a = new ScmsModel(s, 0).run();
        RunResult b = new ScmsModel(s, 0).run();
        RunResult c = new ScmsModel(s, 1).run();
        assertThat(b).isEqualTo(a);
        assertThat(c.weeks()).isNotEqualTo(a.weeks());
    }

    @Test
    void aRunCanBeCancelledFromItsProgressAndShowsItsClosedWeeks() {
        Scenario s = TestScenarios.pilot();
        ScmsModel m = new ScmsModel(s, 0);
        List<Integer> weeks = new ArrayList<>();
        m.onProgress(p -> weeks.add(m.weeksClosed().size())).cancelWhen(() -> weeks.size() >= 30);
        org.assertj.core.api.Assertions.assertThatThrownBy(m::run)
                .isInstanceOf(java.util.concurrent.CancellationException.class).hasMessageContaining("2027-01-31");
        assertThat(weeks).hasSize(30);
        assertThat(weeks.get(6)).isEqualTo(1);
        assertThat(weeks.get(29)).isEqualTo(4);
    }

    @Test
    void aCorridorWithRsusEveryFewKilometresServesItsTrucks() {
        // 647 km of interstate (402 miles), 60 RSUs in place (one every ~10 km), trucks only, no
        // cellular nor Wi-Fi
        Scenario s = TestScenarios.withHorizon(TestScenarios.pilot(), java.time.Duration.ofDays(120));
        s = TestScenarios.withDeployment(s, new org.scmsim.model.config.Deployment(
                org.scmsim.model.config.Deployment.Arrivals.STRATIFIED,
                List.of(new org.scmsim.model.config.DeploymentYear(2026, 0, 60),
                        new org.scmsim.model.config.DeploymentYear(2027, 150, 0)), 2, 16, java.time.Duration.ZERO,
                java.time.Duration.ZERO));
        s = TestScenarios.withRegion(s, new org.scmsim.model.config.Region(
                org.scmsim.model.config.Region.Shape.CORRIDOR, 1, 1,
                List.of(new org.scmsim.model.config.Point(0, 0), new org.scmsim.model.config.Point(300, 100),
                        new org.scmsim.model.config.Point(600, 343.2)), 0.1,
                new org.scmsim.model.config.RsuSites(org.scmsim.model.config.RsuSites.Placement.CORRIDOR, 10, List.of(),
                        500, 6, 10, java.time.Duration.ofMillis(50), 1.0, java.time.Duration.ofHours(1))));
        s = TestScenarios.withFleet(s, new org.scmsim.model.config.Fleet(List.of(new org.scmsim.model.config.ObuClass(
                "truck", 1.0, false, 2, "lognormal(80, 0.8)", "uniform(80, 110)", 0, 0, java.time.Duration.ZERO, 5, 0,
                20)), TestScenarios.flatDay()));
        RunResult r = new ScmsModel(s, 0).run();
        assertThat(r.summary().downloadsRsu()).isPositive();
        assertThat(r.summary().downloadsCellular()).isZero();
        assertThat(r.summary().downloadsWifi()).isZero();
        assertThat(r.summary().rsuContactsUsed()).isGreaterThanOrEqualTo(r.summary().downloadsRsu());
        // devices wait for a contact after enrolling: some hours without certificates, but few
        assertThat(r.summary().obuHoursWithoutCertificate()).isPositive();
        assertThat(r.summary().unsignedDrivingHours()).isLessThan(r.summary().drivingHours() * 0.05);
    }

    @Test
    void withoutAnyConnectionDevicesDriveUnsigned() {
        Scenario s = TestScenarios.withHorizon(TestScenarios.pilot(), java.time.Duration.ofDays(60));
        s = TestScenarios.withFleet(s, new org.scmsim.model.config.Fleet(List.of(TestScenarios.car(1.0, 0, 0, 0)),
                TestScenarios.flatDay()));
        s = TestScenarios.withDeployment(s, new org.scmsim.model.config.Deployment(
                org.scmsim.model.config.Deployment.Arrivals.EVEN,
                List.of(new org.scmsim.model.config.DeploymentYear(2027, 100, 3)), 10, 100, java.time.Duration.ZERO,
                java.time.Duration.ZERO));
        s = TestScenarios.withRegion(s, new org.scmsim.model.config.Region(
                org.scmsim.model.config.Region.Shape.RECTANGLE, 10, 10, List.of(), 0.1,
                new org.scmsim.model.config.RsuSites(org.scmsim.model.config.RsuSites.Placement.EXPLICIT, 1,
                        List.of(new org.scmsim.model.config.Point(9.99, 9.99), new org.scmsim.model.config.Point(0.01, 9.99),
                                new org.scmsim.model.config.Point(9.99, 0.01)), 1, 6, 10, java.time.Duration.ZERO, 1,
                        java.time.Duration.ofHours(1))));
        RunResult r = new ScmsModel(s, 0).run();
        // RSUs in three corners with a 1 m range: practically never met, so OBUs stay without pseudonyms
        assertThat(r.summary().pseudonymDownloaded()).isLessThan(r.summary().pseudonymIssued() / 100);
        assertThat(r.summary().unsignedDrivingHours()).isGreaterThan(0.9 * r.summary().drivingHours() * 0);
        assertThat(r.summary().unsignedDrivingHours()).isPositive();
        assertThat(r.weeks().get(7).obusOutOfCertificates()).isGreaterThan(r.weeks().get(7).obusActive() / 2);
    }
}
