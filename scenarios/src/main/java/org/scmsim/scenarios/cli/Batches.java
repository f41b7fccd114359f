package org.scmsim.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.scmsim.scenarios.experiment.BatchRunner;
import org.scmsim.scenarios.experiment.Cancellation;
import org.scmsim.scenarios.experiment.ConsoleProgress;
import org.scmsim.scenarios.experiment.Experiment;
import org.scmsim.scenarios.experiment.ExperimentException;
import org.scmsim.scenarios.experiment.ExperimentRun;
import org.scmsim.scenarios.experiment.MetricSummary;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs an experiment for a command: the thread pool, the progress display, Ctrl-C handling (stop
 * cleanly: finished replications are kept and summarised, the folder can be resumed), and the
 * summary printed at the end.
 */
final class Batches {

    /** Exit code after an interruption (128 + SIGINT), as shells expect. */
    static final int EXIT_INTERRUPTED = 130;

    private Batches() {
    }

    static int run(CommandSpec spec, Experiment exp, BatchOptions opts, String rerun) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (opts.resume && opts.out == null) {
            throw new BadInputException("--resume needs --out DIR: the folder of the experiment to continue");
        }
        Path dir = opts.out != null ? opts.out : Path.of("runs", exp.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        BatchRunner runner = opts.batchRunner();
        out.printf(Locale.ROOT, "%s: %d cell(s) x %d replication(s)%s, seed %d, %s%n", exp.name(), exp.cells().size(),
                exp.replications(), exp.target() != null ? " (more until the target precision, at most " + exp.maxReplications() + ")" : "",
                exp.seed(), runner.describe());
        out.flush();
        Cancellation cancel = new Cancellation();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.cancel();
            try {
                finished.await(60, TimeUnit.SECONDS);   // let the batch write what it has
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "scmsim-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        ExperimentRun.Outcome outcome;
        try {
            outcome = new ExperimentRun(exp, dir, runner, new ConsoleProgress(err, ConsoleProgress.isTerminal()), cancel, opts.resume)
                    .execute();
            print(out, outcome);
            if (outcome.status() == ExperimentRun.Status.INTERRUPTED) {
                out.println("Interrupted: kept " + outcome.replicationsPerCell().stream().mapToInt(Integer::intValue).sum()
                        + " finished replication(s), summarised in " + dir.toAbsolutePath().normalize());
                out.println("Continue with: " + rerun + " --out " + dir + " --resume");
            } else {
                out.println("Results: " + dir.toAbsolutePath().normalize());
            }
            out.flush();
        } catch (ExperimentException e) {
            throw new BadInputException(e.getMessage());
        } catch (BatchRunner.BatchException e) {
            throw new IOException("batch stopped: " + e.getMessage()
                    + "; finished replications are kept in " + dir + " (continue with --resume)", e);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down (Ctrl-C): the hook is running
            }
        }
        return outcome.status() == ExperimentRun.Status.COMPLETE ? ScmsimCommand.EXIT_OK : EXIT_INTERRUPTED;
    }

    /** The chosen metrics per cell, then the paired differences with the baseline. */
    static void print(PrintWriter o, ExperimentRun.Outcome r) {
        Experiment exp = r.experiment();
        if (exp.cells().size() == 1) {
            Experiment.Cell c = exp.cells().get(0);
            int w = exp.metrics().stream().mapToInt(String::length).max().orElse(10);
            o.printf(Locale.ROOT, "  %-" + w + "s %s%n", "metric", "mean ± 95% CI half-width over " + r.replicationsPerCell().get(0)
                    + " replications [min, max]");
            for (String metric : exp.metrics()) {
                MetricSummary s = r.summaries().get(0).get(metric);
                if (s != null) {
                    o.printf(Locale.ROOT, "  %-" + w + "s %s ± %s  [%s, %s]%n", metric, fmt(s.mean()), fmt(s.ci95HalfWidth()),
                            fmt(s.min()), fmt(s.max()));
                }
            }
        } else {
            int w = Math.min(70, exp.cells().stream().mapToInt(c -> c.label().length()).max().orElse(12));
            for (String metric : exp.metrics()) {
                o.println(metric + "  (mean ± 95% CI half-width over replications [min, max])");
                for (Experiment.Cell c : exp.cells()) {
                    MetricSummary s = r.summaries().get(c.index()).get(metric);
                    if (s != null) {
                        o.printf(Locale.ROOT, "  %-" + w + "s n=%-4d %s ± %s  [%s, %s]%n", c.label(), s.n(), fmt(s.mean()),
                                fmt(s.ci95HalfWidth()), fmt(s.min()), fmt(s.max()));
                    }
                }
            }
        }
        List<ExperimentRun.Difference> diffs = new java.util.ArrayList<>();
        for (String metric : exp.metrics()) {
            r.differences().stream().filter(d -> d.metric().equals(metric)).forEach(diffs::add);
        }
        if (!diffs.isEmpty()) {
            o.println("Paired differences (common random numbers), cell - baseline: mean [95% CI]");
            int w = Math.min(100, diffs.stream().mapToInt(d -> label(d).length()).max().orElse(20));
            for (ExperimentRun.Difference d : diffs) {
                MetricSummary s = d.summary();
                boolean differs = !Double.isNaN(s.ci95HalfWidth()) && (s.lower() > 0 || s.upper() < 0);
                o.printf(Locale.ROOT, "  %-" + w + "s %s [%s, %s]%s%n", label(d), fmt(s.mean()), fmt(s.lower()), fmt(s.upper()),
                        differs ? "  (differs)" : "");
            }
        }
        if (r.targetMet() != null) {
            o.println(r.targetMet() ? "Target precision reached with " + r.replications() + " replications per cell."
                    : "Target precision NOT reached within " + r.replications() + " replications per cell.");
        }
    }

    private static String label(ExperimentRun.Difference d) {
        return d.metric() + ": " + d.cell().id() + " - " + d.baseline().id();
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.1f", v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
