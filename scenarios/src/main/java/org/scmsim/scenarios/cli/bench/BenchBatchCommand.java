package org.scmsim.scenarios.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.scmsim.model.config.Scenario;
import org.scmsim.results.io.AtomicFiles;
import org.scmsim.results.io.Tables;
import org.scmsim.scenarios.Version;
import org.scmsim.scenarios.cli.BadInputException;
import org.scmsim.scenarios.cli.BenchCommand;
import org.scmsim.scenarios.cli.CommandProvider;
import org.scmsim.scenarios.cli.ScmsimCommand;
import org.scmsim.scenarios.experiment.BatchRunner;
import org.scmsim.scenarios.experiment.Cancellation;
import org.scmsim.scenarios.experiment.ReplicationTask;
import org.scmsim.scenarios.experiment.ThreadPoolRunner;
import org.scmsim.scenarios.format.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scmsim bench batch}: how a batch of replications scales from one thread to two. Each
 * measured batch is what a user runs, {@code scmsim run SCENARIO --replications N --threads T}, in a
 * fresh JVM started with this JVM's options (so JVM start, scenario loading, JIT warm-up and the
 * experiment folder are included); one thread and two alternate within each round, and the speed-up
 * is the ratio of the median walls. With {@code --warm}, the same replications are also timed inside
 * this JVM after a warm-up batch: the scaling of the simulation work alone.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Batch scaling: wall and CPU time of `scmsim run SCENARIO --replications N --threads T`",
            "for T = 1 and T = 2 (fresh JVMs, alternating), and the speed-up from one thread to two."})
public final class BenchBatchCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME_OR_FILE", defaultValue = "scale-100k",
            description = "Scenario to replicate (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--replications", paramLabel = "N", description = "Replications per batch (default 4).")
    Integer replications;

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds of (one thread, two threads); medians reported (default 2; quick 1).")
    Integer rounds;

    @Option(names = "--days", paramLabel = "D", description = "Override the scenario's horizon (days); default: the scenario's (quick: 91).")
    Integer days;

    @Option(names = "--warm", description = "Also time the batch inside this JVM after a warm-up batch (simulation work only).")
    boolean warm;

    @Option(names = "--quick", description = "One round of a 91-day horizon (a minute or two).")
    boolean quick;

    @Option(names = "--json", paramLabel = "FILE", defaultValue = "bench-batch.json",
            description = "Where to write the figures as JSON (default: ${DEFAULT-VALUE}).")
    Path json;

    /** One batch in a fresh JVM. */
    public record Run(int round, int threads, double wallSeconds, double cpuSeconds, double jitSeconds,
                      double jvmUptimeSeconds, List<Double> replicationWallSeconds) {
    }

    /** One batch inside this JVM, warmed up. */
    public record WarmRun(int threads, double wallSeconds, double cpuSeconds) {
    }

    @Override
    public Integer call() throws Exception {
        int n = replications != null ? replications : 4;
        int r = rounds != null ? rounds : quick ? 1 : 2;
        Integer d = days != null ? days : quick ? Integer.valueOf(91) : null;
        if (n < 1 || n > 1000) {
            throw new BadInputException("--replications " + n + ": must be between 1 and 1000");
        }
        if (r < 1 || r > 100) {
            throw new BadInputException("--rounds " + r + ": must be between 1 and 100");
        }
        if (d != null && (d < 1 || d > 3650)) {
            throw new BadInputException("--days " + d + ": must be between 1 and 3650");
        }
        Scenario sc = scenarioFor(d);   // fails here, with the usual message, on a bad scenario
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Batch scaling: %s, %d replication(s), %s days; each batch a fresh JVM running"
                + " `scmsim run %s --replications %d --threads T`%n", scenario, n,
                fmtDays(sc.horizon()), scenario, n);
        o.printf(Locale.ROOT, "%6s %8s %9s %9s %9s %9s  %s%n", "round", "threads", "wall s", "CPU s", "CPU/wall", "JIT s",
                "each replication, wall s");
        o.flush();
        List<Run> runs = new ArrayList<>();
        Path tmp = Files.createTempDirectory("scmsim-bench-batch");
        try {
            for (int round = 1; round <= r; round++) {
                for (int threads : new int[] {1, 2}) {
                    Run run = child(tmp, round, threads, n, d);
                    runs.add(run);
                    o.printf(Locale.ROOT, "%6d %8d %9.2f %9.2f %9.2f %9.2f  %s%n", run.round(), run.threads(), run.wallSeconds(),
                            run.cpuSeconds(), run.cpuSeconds() / run.wallSeconds(), run.jitSeconds(),
                            run.replicationWallSeconds().stream().map(x -> String.format(Locale.ROOT, "%.1f", x)).toList());
                    o.flush();
                }
            }
        } finally {
            deleteTree(tmp);
        }
        double one = median(runs, 1);
        double two = median(runs, 2);
        double speedUp = one / two;
        o.printf(Locale.ROOT, "Speed-up from 1 to 2 threads (median wall): %.2fx (%.2f s -> %.2f s)%n", speedUp, one, two);
        List<WarmRun> warmRuns = new ArrayList<>();
        Double warmSpeedUp = null;
        if (warm) {
            warmRuns = warmRuns(sc, n);
            warmSpeedUp = warmRuns.get(0).wallSeconds() / warmRuns.get(1).wallSeconds();
            o.printf(Locale.ROOT, "In this JVM after a warm-up batch: 1 thread %.2f s (CPU %.2f s), 2 threads %.2f s (CPU %.2f s):"
                    + " %.2fx%n", warmRuns.get(0).wallSeconds(), warmRuns.get(0).cpuSeconds(), warmRuns.get(1).wallSeconds(),
                    warmRuns.get(1).cpuSeconds(), warmSpeedUp);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("benchmark", "batch-scaling");
        doc.put("machine", BenchMachine.current(Version.get(), Instant.now()));
        doc.put("scenario", scenario);
        doc.put("replications", n);
        doc.put("horizon_days", sc.horizon().toSeconds() / 86_400.0);
        doc.put("runs", runs);
        doc.put("median_wall_seconds_1_thread", one);
        doc.put("median_wall_seconds_2_threads", two);
        doc.put("speed_up_1_to_2_threads", speedUp);
        if (warm) {
            doc.put("warm_runs", warmRuns);
            doc.put("warm_speed_up_1_to_2_threads", warmSpeedUp);
        }
        AtomicFiles.write(json, Tables.json(doc));
        o.println("Figures: " + json.toAbsolutePath().normalize());
        return ScmsimCommand.EXIT_OK;
    }

    private Scenario scenarioFor(Integer d) throws Exception {
        List<ScenarioLoader.Override> sets = d == null ? List.of() : List.of(ScenarioLoader.Override.parse("horizon=P" + d + "D"));
        return new ScenarioLoader().load(scenario, sets).scenario();
    }

    private static String fmtDays(Duration horizon) {
        return new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(horizon.toSeconds() / 86_400.0);
    }

    /** Runs one batch in a fresh JVM with this JVM's options and class path. */
    private Run child(Path tmp, int round, int threads, int n, Integer d) throws IOException, InterruptedException {
        Path out = tmp.resolve("r" + round + "-t" + threads);
        Path cpu = tmp.resolve("r" + round + "-t" + threads + ".cpu");
        Path log = tmp.resolve("r" + round + "-t" + threads + ".log");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BatchChild.class.getName(), cpu.toString(),
                "run", scenario, "--replications", Integer.toString(n), "--threads", Integer.toString(threads),
                "--out", out.toString()));
        if (d != null) {
            cmd.addAll(List.of("--set", "horizon=P" + d + "D"));
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (exit != 0 || !Files.isRegularFile(cpu)) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            throw new IOException("the batch with " + threads + " thread(s) failed (exit " + exit + "): "
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size())));
        }
        double[] spent = Arrays.stream(Files.readString(cpu, StandardCharsets.UTF_8).trim().split(" "))
                .mapToDouble(Double::parseDouble).toArray();
        return new Run(round, threads, wall, spent[0], spent[1], spent[2], replicationWalls(out));
    }

    /**
     * This JVM's options for the child, without those that must not be repeated: a debugger or
     * profiler agent, a flight recording, a CDS archive being written.
     */
    static List<String> jvmOptions(List<String> own) {
        return own.stream().filter(a -> !a.startsWith("-agentlib:") && !a.startsWith("-javaagent:")
                && !a.startsWith("-XX:StartFlightRecording") && !a.startsWith("-XX:ArchiveClassesAtExit")
                && !a.startsWith("-Xrunjdwp")).toList();
    }

    /** Each replication's own wall time, from its record in the experiment folder, in replication order. */
    private static List<Double> replicationWalls(Path out) throws IOException {
        List<Double> walls = new ArrayList<>();
        Path reps = out.resolve("replications");
        if (!Files.isDirectory(reps)) {
            return walls;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(reps)) {
            files = s.filter(f -> f.getFileName().toString().matches("r\\d+\\.json")).sorted(Comparator.naturalOrder()).toList();
        }
        for (Path f : files) {
            JsonNode node = Tables.jsonMapper().readTree(Files.readAllBytes(f));
            walls.add(node.path("wall_seconds").asDouble(Double.NaN));
        }
        return walls;
    }

    /** The batch on one thread then two inside this JVM, after one warm-up batch on two threads. */
    private static List<WarmRun> warmRuns(Scenario sc, int n) throws BatchRunner.BatchException, InterruptedException {
        List<ReplicationTask> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tasks.add(new ReplicationTask(0, "base", i, sc, Duration.ZERO, "bench"));
        }
        timed(new ThreadPoolRunner(2), tasks);
        return List.of(timed(new ThreadPoolRunner(1), tasks), timed(new ThreadPoolRunner(2), tasks));
    }

    private static WarmRun timed(ThreadPoolRunner runner, List<ReplicationTask> tasks)
            throws BatchRunner.BatchException, InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        runner.run(tasks, (t, r) -> { }, new Cancellation());
        return new WarmRun(runner.threads(), (System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - c0) / 1e9);
    }

    private static double median(List<Run> runs, int threads) {
        double[] w = runs.stream().filter(x -> x.threads() == threads).mapToDouble(Run::wallSeconds).sorted().toArray();
        return w.length % 2 == 1 ? w[w.length / 2] : (w[w.length / 2 - 1] + w[w.length / 2]) / 2;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Registers {@code scmsim bench batch}. */
    public static final class Provider implements CommandProvider {
        @Override
        public String name() {
            return "batch";
        }

        @Override
        public Object command() {
            return new BenchBatchCommand();
        }

        @Override
        public String parent() {
            return BenchCommand.NAME;
        }
    }
}
