package org.scmsim.model.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scmsim.model.config.ApplicationPolicy;
import org.scmsim.model.config.Deployment;
import org.scmsim.model.config.DeploymentYear;
import org.scmsim.model.config.Issuance;
import org.scmsim.model.config.Policy;
import org.scmsim.model.config.PseudonymPolicy;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.config.Scms;

class CertificateDemandModelTest {

    static Scenario scenario(Deployment.Arrivals arrivals, double throughput, Issuance.ServiceTimeModel st) {
        return new Scenario("t", "", 42, LocalDate.of(2027, 1, 1), Duration.ofDays(730),
                new Deployment(arrivals, List.of(new DeploymentYear(2027, 300, 20), new DeploymentYear(2028, 150, 10))),
                new Policy(new PseudonymPolicy(20, Duration.ofHours(169)),
                        new ApplicationPolicy(List.of("SPAT", "MAP", "TIM"), Duration.ofHours(169), 1)),
                new Scms(new Issuance(throughput, st)));
    }

    /** i-period in which each device of a year joins, by the EVEN rule, computed independently. */
    static long periodsRequested(int year, long n, int weeks) {
        long yearStart = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond()
                - LocalDate.of(2027, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long span = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond()
                - LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long total = 0;
        for (long i = 0; i < n; i++) {
            double t = yearStart + span * (i + 0.5) / n;
            int k = (int) (t / CertificateDemandModel.WEEK);
            total += weeks - k + 1;   // periods k .. weeks (one ahead of the last week)
        }
        return total;
    }

    @Test
    void demandEqualsDeviceWeeksTimesCertificatesPerWeek() {
        RunResult r = new CertificateDemandModel(scenario(Deployment.Arrivals.EVEN, 1e6,
                Issuance.ServiceTimeModel.DETERMINISTIC), 0).run();
        int weeks = (int) Math.ceil(730 / 7.0);
        long obuPeriods = periodsRequested(2027, 300, weeks) + periodsRequested(2028, 150, weeks);
        assertThat(r.summary().pseudonymRequested()).isEqualTo(20 * obuPeriods);
        // RSUs hold the current week plus one in reserve: the same count of periods, 3 PSIDs each
        long rsuPeriods = periodsRequested(2027, 20, weeks) + periodsRequested(2028, 10, weeks);
        assertThat(r.summary().applicationRequested()).isEqualTo(3 * rsuPeriods);
        assertThat(r.summary().obusDeployed()).isEqualTo(450);
        assertThat(r.summary().rsusDeployed()).isEqualTo(30);
        assertThat(r.summary().lateCertificates()).isZero();
        assertThat(r.weeks()).hasSize(weeks);
        assertThat(r.weeks().get(weeks - 1).obusActive()).isEqualTo(450);
    }

    @Test
    void slowIssuanceBuildsABacklogAndLateCertificates() {
        RunResult fast = new CertificateDemandModel(scenario(Deployment.Arrivals.STRATIFIED, 1000,
                Issuance.ServiceTimeModel.EXPONENTIAL), 0).run();
        // 450 OBUs x 20 per week = 9000 certs per week = 0.0149 certs/s: 0.012/s is overloaded
        RunResult slow = new CertificateDemandModel(scenario(Deployment.Arrivals.STRATIFIED, 0.012,
                Issuance.ServiceTimeModel.EXPONENTIAL), 0).run();
        assertThat(fast.summary().peakBacklogCertificates()).isLessThan(slow.summary().peakBacklogCertificates());
        assertThat(slow.summary().lateCertificates()).isPositive();
        assertThat(slow.summary().pcaUtilisation()).isGreaterThan(fast.summary().pcaUtilisation() * 100);
        assertThat(slow.weeks().get(103).backlogCertificates()).isGreaterThan(slow.weeks().get(60).backlogCertificates());
        assertThat(slow.summary().certificatesIssued()).isLessThan(slow.summary().pseudonymRequested()
                + slow.summary().applicationRequested());
    }

    @Test
    void sameSeedSameResultDifferentReplicationDifferentResult() {
        Scenario s = scenario(Deployment.Arrivals.STRATIFIED, 0.02, Issuance.ServiceTimeModel.EXPONENTIAL);
        RunResult a = new CertificateDemandModel(s, 0).run();
        RunResult b = new CertificateDemandModel(s, 0).run();
        RunResult c = new CertificateDemandModel(s, 1).run();
        assertThat(b).isEqualTo(a);
        assertThat(c.weeks()).isNotEqualTo(a.weeks());
    }
}
