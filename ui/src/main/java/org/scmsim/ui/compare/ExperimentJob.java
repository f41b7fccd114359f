package org.scmsim.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.scmsim.scenarios.experiment.BatchRunner;
import org.scmsim.scenarios.experiment.Cancellation;
import org.scmsim.scenarios.experiment.Experiment;
import org.scmsim.scenarios.experiment.ExperimentRun;
import org.scmsim.scenarios.experiment.Progress;
import org.scmsim.scenarios.experiment.ReplicationRecord;
import org.scmsim.scenarios.experiment.ReplicationTask;
import org.scmsim.ui.run.Arm;
import org.scmsim.ui.run.SnapshotPublisher;

/**
 * An experiment run from the dashboard, with the experiment runner of the command line
 * ({@link ExperimentRun}: the same folder, files and numbers as {@code scmsim experiment}). Its
 * finished replications are collected per cell; when it ends, each cell becomes an {@link Arm} for
 * the Compare panel. Runs on the calling thread (never the FX thread); {@link #stop()} ends it
 * keeping the finished replications, as Ctrl-C does on the command line.
 */
public final class ExperimentJob implements Runnable {

    /** How far the experiment is. */
    public record State(int done, int total, String note) {
        public double fraction() {
            return total == 0 ? 0 : Math.min(1, (double) done / total);
        }
    }

    /** What the experiment produced. */
    public record Result(ExperimentRun.Outcome outcome, List<Arm> arms) {
    }

    private final Experiment experiment;
    private final Path dir;
    private final BatchRunner runner;
    private final SnapshotPublisher<State> states;
    private final Consumer<Result> onEnd;
    private final Consumer<Throwable> onFailure;
    private final Cancellation cancel = new Cancellation();
    private final Map<Integer, Map<Integer, ReplicationRecord>> records = new ConcurrentHashMap<>();

    public ExperimentJob(Experiment experiment, Path dir, BatchRunner runner, SnapshotPublisher<State> states,
                         Consumer<Result> onEnd, Consumer<Throwable> onFailure) {
        this.experiment = experiment;
        this.dir = dir;
        this.runner = runner;
        this.states = states;
        this.onEnd = onEnd;
        this.onFailure = onFailure;
    }

    public void stop() {
        cancel.cancel();
    }

    @Override
    public void run() {
        int[] done = {0};
        int[] total = {0};
        Progress progress = new Progress() {
            @Override
            public void start(int n, int alreadyDone) {
                total[0] = n;
                done[0] = alreadyDone;
                states.publish(new State(done[0], total[0], ""));
            }

            @Override
            public void finished(ReplicationTask task, ReplicationRecord result) {
                records.computeIfAbsent(task.cell(), k -> new TreeMap<>()).put(task.replication(), result);
                done[0]++;
                states.publish(new State(done[0], total[0], task.cellId() + " replication " + task.replication()));
            }

            @Override
            public void note(String message) {
                states.publish(new State(done[0], total[0], message));
            }

            @Override
            public void end() {
            }
        };
        try {
            ExperimentRun.Outcome outcome = new ExperimentRun(experiment, dir, runner, progress, cancel, false).execute();
            states.flush(new State(done[0], total[0], outcome.status() == ExperimentRun.Status.COMPLETE ? "finished" : "stopped"));
            onEnd.accept(new Result(outcome, arms(outcome.status() != ExperimentRun.Status.COMPLETE)));
        } catch (Exception | Error e) {
            states.flush(new State(done[0], total[0], "failed"));
            onFailure.accept(e);
        }
    }

    private List<Arm> arms(boolean stopped) {
        List<Arm> out = new ArrayList<>();
        for (Experiment.Cell c : experiment.cells()) {
            Map<Integer, ReplicationRecord> rs = records.get(c.index());
            if (rs == null || rs.isEmpty()) {
                continue;
            }
            List<ReplicationRecord> ordered = rs.values().stream().sorted(Comparator.comparingInt(ReplicationRecord::replication)).toList();
            out.add(Arm.of(experiment.name() + ": " + c.label(), "experiment " + experiment.name() + ", cell " + c.id()
                    + " (" + dir + ")", ordered, stopped));
        }
        return out;
    }
}
