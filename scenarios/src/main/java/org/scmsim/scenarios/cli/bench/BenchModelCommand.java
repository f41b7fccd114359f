package org.scmsim.scenarios.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.RunResult;
import org.scmsim.results.io.AtomicFiles;
import org.scmsim.results.io.Tables;
import org.scmsim.scenarios.Version;
import org.scmsim.scenarios.cli.BadInputException;
import org.scmsim.scenarios.cli.BenchCommand;
import org.scmsim.scenarios.cli.CommandProvider;
import org.scmsim.scenarios.cli.ScmsimCommand;
import org.scmsim.scenarios.run.ScenarioRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scmsim bench model}: the whole model at growing fleet sizes. A shipped scenario
 * (statewide by default) is run with its fleet replaced by N OBUs and N/50 RSUs already deployed
 * at the start, for a simulated period, once per size; the table gives wall time, events, events/s,
 * wall time per OBU relative to the smallest size (1.0 = linear scaling) and the heap's peak.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = {"Whole-model scaling: wall time, events/s and peak heap for N OBUs (and N/50 RSUs)",
            "deployed at the start of a shipped scenario, over a simulated period.",
            "Run with enough heap for the largest size, e.g. SCMSIM_JAVA_OPTS=-Xmx8g."})
public final class BenchModelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME_OR_FILE", defaultValue = "statewide",
            description = "Scenario whose region, policy and SCMS are used (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--obus", split = ",", paramLabel = "N[,N...]",
            description = "Fleet sizes (default 10000,100000,1000000; quick: 10000,100000).")
    int[] obus;

    @Option(names = "--days", paramLabel = "D", description = "Simulated days per run (default 365; quick 28).")
    Integer days;

    @Option(names = "--quick", description = "Smaller sizes and a shorter period (a minute or two).")
    boolean quick;

    @Option(names = "--json", paramLabel = "FILE", defaultValue = "bench-model.json",
            description = "Where to write the figures as JSON (default: ${DEFAULT-VALUE}).")
    Path json;

    /** One fleet size. */
    public record Figure(int obus, int rsus, int simulatedDays, double wallSeconds, long events, double eventsPerSecond,
                         double wallMicrosPerObuDay, double relativeToSmallest, long peakHeapBytes,
                         long certificatesIssued) {
    }

    @Override
    public Integer call() throws Exception {
        org.scmsim.scenarios.cli.OutputFolders.forFile(json, "--json");
        int[] sizes = obus != null ? obus : quick ? new int[] {10_000, 100_000} : new int[] {10_000, 100_000, 1_000_000};
        int d = days != null ? days : quick ? 28 : 365;
        for (int n : sizes) {
            if (n < 50 || n > 20_000_000) {
                throw new BadInputException("--obus " + n + ": must be between 50 and 20000000");
            }
        }
        if (d < 1 || d > 3650) {
            throw new BadInputException("--days " + d + ": must be between 1 and 3650");
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Model scaling: scenario %s, %d simulated days, fleet deployed at the start%n", scenario, d);
        o.printf(Locale.ROOT, "%12s %9s %10s %14s %12s %14s %10s %12s%n", "OBUs", "RSUs", "wall s", "events",
                "events/s", "us/OBU-day", "vs first", "peak heap");
        o.flush();
        List<Figure> figures = new ArrayList<>();
        for (int n : sizes) {
            Scenario s = scenarioFor(n, d);
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            RunResult r = ScenarioRun.run(s);
            double wall = (System.nanoTime() - t0) / 1e9;
            long peak = heapPeak();
            long events = r.summary().eventsProcessed();
            double perObuDay = wall * 1e6 / ((double) n * d);
            double rel = figures.isEmpty() ? 1.0 : perObuDay / figures.get(0).wallMicrosPerObuDay();
            Figure f = new Figure(n, Math.max(1, n / 50), d, wall, events, events / wall, perObuDay, rel, peak,
                    r.summary().certificatesIssued());
            figures.add(f);
            o.printf(Locale.ROOT, "%,12d %,9d %10.1f %,14d %,12.0f %14.2f %10.2f %9.2f GiB%n", f.obus(), f.rsus(),
                    f.wallSeconds(), f.events(), f.eventsPerSecond(), f.wallMicrosPerObuDay(), f.relativeToSmallest(),
                    f.peakHeapBytes() / (double) (1L << 30));
            o.flush();
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("benchmark", "model-scaling");
        doc.put("machine", BenchMachine.current(Version.get(), Instant.now()));
        doc.put("scenario", scenario);
        doc.put("figures", figures);
        AtomicFiles.write(json, Tables.json(doc));
        o.println("Figures: " + json.toAbsolutePath().normalize());
        return ScmsimCommand.EXIT_OK;
    }

    /** The chosen scenario with N OBUs and N/50 RSUs deployed in the year before it starts. */
    private Scenario scenarioFor(int n, int d) throws Exception {
        return FleetScenario.deployedBeforeStart(scenario, n, Math.max(1, n / 50), "horizon=P" + d + "D");
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the heap's peak use. */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Registers {@code scmsim bench model}. */
    public static final class Provider implements CommandProvider {
        @Override
        public String name() {
            return "model";
        }

        @Override
        public Object command() {
            return new BenchModelCommand();
        }

        @Override
        public String parent() {
            return BenchCommand.NAME;
        }
    }
}
