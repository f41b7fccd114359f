package org.scmsim.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.Progress;
import org.scmsim.model.run.RunResult;

/**
 * One run started from the dashboard: replications 0..n-1 of a scenario, one after the other, on
 * the thread that calls {@link #run()} (never the FX thread). It reports through a
 * {@link SnapshotPublisher} (bounded rate) and ends with exactly one call of {@code onEnd} or
 * {@code onFailure}. {@link #stop()} ends it at the next simulated day, keeping the replications
 * already finished.
 */
public final class RunJob implements Runnable {

    private final String label;
    private final Scenario scenario;
    private final int replications;
    private final ReplicationRunner runner;
    private final SnapshotPublisher<RunSnapshot> snapshots;
    private final Consumer<RunSet> onEnd;
    private final Consumer<Throwable> onFailure;
    private final AtomicBoolean stopped = new AtomicBoolean();

    public RunJob(String label, Scenario scenario, int replications, ReplicationRunner runner,
                  SnapshotPublisher<RunSnapshot> snapshots, Consumer<RunSet> onEnd, Consumer<Throwable> onFailure) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + replications);
        }
        this.label = label;
        this.scenario = scenario;
        this.replications = replications;
        this.runner = runner;
        this.snapshots = snapshots;
        this.onEnd = onEnd;
        this.onFailure = onFailure;
    }

    /** Asks the run to stop as soon as it can. Callable from any thread. */
    public void stop() {
        stopped.set(true);
    }

    public boolean isStopped() {
        return stopped.get();
    }

    @Override
    public void run() {
        List<RunResult> finished = new ArrayList<>();
        Arm[] arm = {null};
        try {
            for (int r = 0; r < replications && !stopped.get(); r++) {
                final int rep = r;
                List<Progress> days = new ArrayList<>();
                Arm[] weeks = {null};
                List<?>[] lastWeeks = {List.of()};
                RunResult result = runner.run(scenario, r, (p, closed) -> {
                    days.add(p);
                    if (closed != lastWeeks[0]) {
                        lastWeeks[0] = closed;
                        weeks[0] = closed.isEmpty() ? null : Arm.partial(label, scenario, closed);
                    }
                    snapshots.publish(new RunSnapshot(replications, arm[0], finished.size(), rep, days, weeks[0],
                            overall(finished.size(), p.fraction())));
                }, stopped::get);
                if (result == null) {
                    break;
                }
                finished.add(result);
                arm[0] = Arm.of(label, "dashboard run", scenario.seed(), finished, false);
                snapshots.publish(new RunSnapshot(replications, arm[0], finished.size(), -1, List.of(), null, overall(finished.size(), 0)));
            }
        } catch (RuntimeException | Error e) {
            snapshots.flush(new RunSnapshot(replications, arm[0], finished.size(), -1, List.of(), null, overall(finished.size(), 0)));
            onFailure.accept(e);
            return;
        }
        snapshots.flush(new RunSnapshot(replications, arm[0], finished.size(), -1, List.of(), null, overall(finished.size(), 0)));
        if (finished.isEmpty()) {
            onFailure.accept(new StoppedBeforeFirstReplication());
        } else {
            onEnd.accept(RunSet.of(label, scenario, finished,
                    finished.size() == replications ? RunSet.Outcome.COMPLETED : RunSet.Outcome.STOPPED));
        }
    }

    private double overall(int done, double fractionOfCurrent) {
        return Math.min(1, (done + Math.max(0, Math.min(1, fractionOfCurrent))) / replications);
    }

    /** The run was stopped before any replication finished: there is nothing to show. */
    public static final class StoppedBeforeFirstReplication extends RuntimeException {
        StoppedBeforeFirstReplication() {
            super("stopped before the first replication finished");
        }
    }
}
