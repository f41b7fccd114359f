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
}
