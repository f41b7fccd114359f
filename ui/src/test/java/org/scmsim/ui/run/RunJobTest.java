package org.scmsim.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.Progress;
import org.scmsim.model.run.RunResult;
import org.scmsim.scenarios.format.ScenarioLoader;

/** A dashboard run off the FX thread: replications in order, stopping early, and real-model cancellation. */
class RunJobTest {

    private static Scenario shortDefault() throws Exception {
        return new ScenarioLoader().load("default", List.of(new ScenarioLoader.Override("horizon", "P56D"))).scenario();
    }

    @Test
    void replicationsRunInOrderAndStoppingKeepsThoseFinished() throws Exception {
        Scenario s = shortDefault();
        AtomicInteger started = new AtomicInteger();
        AtomicReference<RunJob> job = new AtomicReference<>();
        ReplicationRunner model = new ModelReplicationRunner();
        ReplicationRunner stopAfterTwo = (sc, r, progress, cancelled) -> {
            if (started.incrementAndGet() == 3) {
                job.get().stop();   // the user presses Stop while the third replication runs
            }
            return model.run(sc, r, progress, cancelled);
        };
        List<RunSnapshot> seen = new CopyOnWriteArrayList<>();
        AtomicReference<RunSet> end = new AtomicReference<>();
        job.set(new RunJob("t", s, 10, stopAfterTwo, new SnapshotPublisher<>(Runnable::run, 1, seen::add), end::set,
                t -> { throw new AssertionError(t); }));
        job.get().run();

        RunSet set = end.get();
        assertThat(set.outcome()).isEqualTo(RunSet.Outcome.STOPPED);
        assertThat(set.replications()).extracting(RunResult::replication).containsExactly(0, 1);
        assertThat(set.arm().size()).isEqualTo(2);
        assertThat(seen.get(seen.size() - 1).finishedCount()).isEqualTo(2);
        // the same replication of the same scenario gives the same numbers as the command line's run
        assertThat(set.replications().get(1).summary()).isEqualTo(
                org.scmsim.scenarios.run.ScenarioRun.run(s, 1).summary());
    }

    @Test
    void aStopRequestEndsTheModelWithinASimulatedDay() throws Exception {
        Scenario s = shortDefault();
        AtomicInteger days = new AtomicInteger();
        RunResult r = new ModelReplicationRunner().run(s, 0, (p, weeks) -> days.incrementAndGet(), () -> days.get() >= 5);
        assertThat(r).isNull();
        assertThat(days.get()).isEqualTo(5);
    }

    @Test
    void dailyProgressReachesTheSnapshotsWithTheSimulatedDate() throws Exception {
        Scenario s = shortDefault();
        List<RunSnapshot> seen = new CopyOnWriteArrayList<>();
        AtomicReference<RunSet> end = new AtomicReference<>();
        new RunJob("t", s, 1, new ModelReplicationRunner(), new SnapshotPublisher<>(Runnable::run, 1, seen::add), end::set,
                t -> { throw new AssertionError(t); }).run();
        List<Progress> last = seen.stream().filter(x -> x.running() == 0).reduce((a, b) -> b).orElseThrow().runningDays();
        assertThat(last).isNotEmpty();
        assertThat(last.get(0).date()).isAfterOrEqualTo(s.start());
        assertThat(last).extracting(Progress::date).isSorted();
        assertThat(end.get().outcome()).isEqualTo(RunSet.Outcome.COMPLETED);
        // the weeks closed so far grow while the replication runs, and are the final weeks' beginning
        Arm weeks = seen.stream().filter(x -> x.running() == 0 && x.runningWeeks() != null).reduce((a, b) -> b)
                .orElseThrow().runningWeeks();
        assertThat(weeks.weekStarts()).isNotEmpty().isSubsetOf(end.get().arm().weekStarts());
        for (String column : List.of("certificates_issued", "obus_active", "pseudonym_downloaded")) {
            int c = weeks.columns().indexOf(column);
            for (int k = 0; k < weeks.weekStarts().size(); k++) {
                assertThat(weeks.weeks().get(0)[k][c]).as(column + " week " + k).isEqualTo(end.get().arm().weeks().get(0)[k][c]);
            }
        }
        assertThat(seen.get(seen.size() - 1).fraction()).isEqualTo(1.0);
    }
}
