package org.scmsim.model.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scmsim.model.config.Deployment;
import org.scmsim.model.config.DeploymentYear;
import org.scmsim.model.config.Disruptions;
import org.scmsim.model.config.PolicyChange;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.disruption.DisruptionImpact;
import org.scmsim.model.testing.TestScenarios;

/**
 * A policy change (new LPF) from a date: with a fleet provisioned before the start, always
 * connected and never retiring, the PCA's weekly job issues exactly devices x perWeek x (weeks it
 * adds) certificates, so the weekly issuance follows the closed form before and after the change.
 */
class PolicyChangeClosedFormTest {

    static final int OBUS = DemandClosedFormTest.OBUS;
    static final int WEEKS = 20;

    /** 300 OBUs and 20 RSUs deployed before the start: each holds the depth; week w's job adds week w + depth - 1. */
    private static Scenario provisionedFleet(int pregenerate, int download, int topOff) {
        Scenario s = DemandClosedFormTest.alwaysConnected(pregenerate, download, topOff);
        s = TestScenarios.withDeployment(s, new Deployment(Deployment.Arrivals.EVEN,
                List.of(new DeploymentYear(2026, OBUS, DemandClosedFormTest.RSUS)), 100, 1e6, Duration.ZERO,
                Duration.ZERO));
        return TestScenarios.withHorizon(s, Duration.ofDays(7 * WEEKS));
    }

    private static RunResult run(Scenario s, PolicyChange... changes) {
        return new ScmsModel(s.withDisruptions(new Disruptions(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(changes), List.of(), List.of(), List.of())), 0).run();
    }

    // 2027-03-05 is day 63 = the start of week 9
    private static final LocalDate WEEK_9 = LocalDate.of(2027, 3, 5);

    @Test
    void certificatesPerWeekChangeFromTheChangesWeekExactly() {
        RunResult r = run(provisionedFleet(8, 2, 2), new PolicyChange("lpf", WEEK_9, 30, 0, 0, 0));
        List<WeekRow> w = r.weeks();
        assertThat(w.get(0).pseudonymIssued()).isZero();   // provisioned before the start
        for (int k = 1; k < WEEKS; k++) {
            assertThat(w.get(k).pseudonymIssued()).as("week %d", k).isEqualTo((long) OBUS * (k < 9 ? 20 : 30));
            assertThat(w.get(k).pseudonymRequested()).as("week %d", k).isEqualTo(w.get(k).pseudonymIssued());
        }
        // every OBU holds weeks 0..1 and downloads two weeks at each odd week start: weeks 2..21 by the end;
        // week 9's job generated week 16, so weeks 2..15 carry 20 certificates and 16..21 carry 30
        assertThat(r.summary().pseudonymDownloaded()).isEqualTo((long) OBUS * (14 * 20 + 6 * 30));
        DisruptionImpact d = r.planning().disruptions().get(0);
        assertThat(d.kind()).isEqualTo("policy_change");
        assertThat(d.startSeconds()).isEqualTo(9 * ScmsModel.WEEK);
        assertThat(d.devicesAffected()).isEqualTo(OBUS);
    }

    @Test
    void aDeeperPreGenerationAddsTheExtraWeeksInTheChangesWeekAndAShallowerOnePausesTheJobs() {
        // depth 8 -> 11: week 9's job generates weeks 16..19 (four weeks), then one a week again
        RunResult deeper = run(provisionedFleet(8, 2, 2), new PolicyChange("deeper", WEEK_9, 0, 11, 0, 0));
        // depth 8 -> 5: weeks 9, 10, 11 have nothing left to generate (weeks up to 16 exist), week 12 generates 16+1
        RunResult shallower = run(provisionedFleet(8, 2, 2), new PolicyChange("shallower", WEEK_9, 0, 5, 0, 0));
        for (int k = 1; k < WEEKS; k++) {
            long deep = k < 9 ? 1 : k == 9 ? 4 : 1;
            long shallow = k < 9 ? 1 : k < 12 ? 0 : 1;
            assertThat(deeper.weeks().get(k).pseudonymIssued()).as("deeper, week %d", k).isEqualTo(OBUS * 20 * deep);
            assertThat(shallower.weeks().get(k).pseudonymIssued()).as("shallower, week %d", k)
                    .isEqualTo(OBUS * 20 * shallow);
        }
        // nobody runs short: the stock on board is unchanged
        assertThat(shallower.summary().obuHoursWithoutCertificate())
                .isLessThan(OBUS * WEEKS * 168.0 * 1e-3);
    }

    @Test
    void aSmallerDownloadMeansMoreDownloadsOfFewerWeeks() {
        RunResult before = run(provisionedFleet(8, 4, 2));
        // one week per download, topping off when only the current week is left: one download a week
        RunResult after = run(provisionedFleet(8, 4, 2), new PolicyChange("weekly-downloads", WEEK_9, 0, 0, 1, 2));
        for (int k = 0; k < 9; k++) {
            assertThat(after.weeks().get(k).downloadsCellular()).as("week %d", k)
                    .isEqualTo(before.weeks().get(k).downloadsCellular());
        }
        long lateBefore = 0;
        for (int k = 13; k < WEEKS; k++) {   // once the stock held at the change is down to the current week
            assertThat(after.weeks().get(k).downloadsCellular()).as("week %d", k).isEqualTo(OBUS);
            lateBefore += before.weeks().get(k).downloadsCellular();
        }
        assertThat((long) OBUS * (WEEKS - 13)).isGreaterThan(2 * lateBefore);
        assertThat(after.summary().pseudonymIssued()).isEqualTo(before.summary().pseudonymIssued());
    }
}
