package org.scmsim.model.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scmsim.model.config.ApplicationPolicy;
import org.scmsim.model.config.Component;
import org.scmsim.model.config.Deployment;
import org.scmsim.model.config.DeploymentYear;
import org.scmsim.model.config.FilesPolicy;
import org.scmsim.model.config.Fleet;
import org.scmsim.model.config.IdentificationPolicy;
import org.scmsim.model.config.ObuClass;
import org.scmsim.model.config.Policy;
import org.scmsim.model.config.RsuSites;
import org.scmsim.model.config.Region;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.config.Scms;
import org.scmsim.model.config.Shuffle;
import org.scmsim.model.testing.TestScenarios;

/**
 * With always-on connectivity, no retirement and an SCMS far from saturation, the certificates
 * issued in a year equal the deployment curve's device-weeks times the certificates per week,
 * exactly: each device gets the week it enrolls in plus the pre-generation depth, then one week
 * per week start. RSUs likewise, per PSID, with their reserve.
 */
class DemandClosedFormTest {

    static final int OBUS = 300;
    static final int RSUS = 20;

    static Scenario alwaysConnected(int pregenerate, int download, int topOff) {
        Scenario s = TestScenarios.pilot();
        Deployment dep = new Deployment(Deployment.Arrivals.EVEN, List.of(new DeploymentYear(2027, OBUS, RSUS)),
                100, 1e6, Duration.ZERO, Duration.ZERO);
        ObuClass always = new ObuClass("always", 1.0, false, 3, "lognormal(12, 1.0)", "uniform(30, 80)", 1.0, 1.0,
                Duration.ZERO, 5, 0, 20);
        Region region = new Region(Region.Shape.RECTANGLE, 10, 10, List.of(), 0.1,
                new RsuSites(RsuSites.Placement.RANDOM, 2, List.of(), 300, 6, 10, Duration.ofMillis(50), 1.0,
                        Duration.ofHours(1)));
        Policy policy = new Policy(TestScenarios.pseudonyms(pregenerate, download, topOff),
                new ApplicationPolicy(List.of("SPAT", "MAP", "TIM"), Duration.ofHours(169), 1, 348),
                new IdentificationPolicy(1), new FilesPolicy(Duration.ZERO, 1000, 4000));
        Component fast = TestScenarios.component(4, Component.Variability.DETERMINISTIC);
        Scms scms = new Scms(TestScenarios.costs(), new Shuffle(20, Duration.ofSeconds(1)), fast, fast, fast, fast, fast,
                fast, fast);
        s = TestScenarios.withDeployment(s, dep);
        s = TestScenarios.withRegion(s, region);
        s = TestScenarios.withFleet(s, new Fleet(List.of(always), TestScenarios.flatDay()));
        s = TestScenarios.withPolicy(s, policy);
        s = TestScenarios.withScms(s, scms);
        return TestScenarios.withHorizon(s, Duration.ofDays(365));
    }

    /** Sum over the devices of the year of the weeks from each one's join week to the last week. */
    static long deviceWeeks(int n, int lastWeek) {
        long span = LocalDate.of(2028, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond()
                - LocalDate.of(2027, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long total = 0;
        for (int i = 0; i < n; i++) {
            double t = span * (i + 0.5) / n;
            int k = (int) (t / ScmsModel.WEEK);
            total += lastWeek - k + 1;
        }
        return total;
    }

    @ParameterizedTest(name = "pre-generation {0} weeks, download {1}, top-off below {2}")
    @CsvSource({"1, 1, 1", "4, 2, 2", "156, 4, 2"})
    void issuedCertificatesEqualDeviceWeeksTimesTwenty(int pregenerate, int download, int topOff) {
        RunResult r = new ScmsModel(alwaysConnected(pregenerate, download, topOff), 0).run();
        int lastWeek = 52;   // 365 days: weeks 0..52
        long obuWeeks = deviceWeeks(OBUS, lastWeek);
        // each device also holds pregenerate - 1 weeks beyond the last week started
        long expected = 20 * (obuWeeks + (long) OBUS * (pregenerate - 1));
        assertThat(r.summary().pseudonymIssued()).isEqualTo(expected);
        assertThat(r.summary().pseudonymRequested()).isEqualTo(expected);
        assertThat(r.weeks().stream().mapToLong(WeekRow::pseudonymIssued).sum()).isEqualTo(expected);
        long rsuWeeks = deviceWeeks(RSUS, lastWeek) + RSUS;   // one week in reserve
        assertThat(r.summary().applicationIssued()).isEqualTo(3 * rsuWeeks);
        assertThat(r.summary().enrollmentIssued()).isEqualTo(OBUS + RSUS);
        if (pregenerate == 1) {
            // downloaded week by week as soon as generated: everything issued reaches the devices
            assertThat(r.summary().pseudonymDownloaded()).isEqualTo(expected);
        }
        // always connected: a device is without a pseudonym only for seconds at each week start
        double deviceHours = obuWeeks * 168.0;
        assertThat(r.summary().obuHoursWithoutCertificate()).isLessThan(deviceHours * 1e-3);
        assertThat(r.summary().rsuHoursWithoutCertificate()).isLessThan(RSUS * 8760 * 1e-3);
    }
}
