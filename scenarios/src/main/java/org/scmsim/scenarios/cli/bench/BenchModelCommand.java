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
import org.scmsim.model.run.ScmsModel;
import org.scmsim.results.io.AtomicFiles;
import org.scmsim.results.io.Tables;
import org.scmsim.scenarios.Version;
import org.scmsim.scenarios.cli.BenchCommand;
import org.scmsim.scenarios.cli.CommandProvider;
import org.scmsim.scenarios.cli.ScmsimCommand;
import org.scmsim.scenarios.format.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scmsim bench model}: one replication of a scenario (by default {@code scale-100k}),
 * timed: wall and CPU seconds, events per second, simulated days per second, and the largest heap
 * the JVM used. For the scale targets, e.g.
 * {@code SCMSIM_JAVA_OPTS=-Xmx8g scmsim bench model scale-100k --set deployment.years[0].obus=500000
 * --set deployment.years[1].obus=500000}.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = {"Time one replication of a scenario (default: scale-100k): wall and CPU time, events/s,",
            "simulated days/s and peak heap. Results are not written; figures go to --json."})
public final class BenchModelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "scale-100k",
            description = "Scenario file or shipped name (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "Override a scenario field (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE", defaultValue = "bench-model.json",
            description = "Where to write the figures as JSON (default: ${DEFAULT-VALUE}).")
    Path json;

    @Override
    public Integer call() throws Exception {
        List<ScenarioLoader.Override> overrides = new ArrayList<>();
        for (String s : sets) {
            overrides.add(ScenarioLoader.Override.parse(s));
        }
        Scenario sc = new ScenarioLoader().load(scenario, overrides).scenario();
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s: %,d OBUs, %,d RSUs, %s, fidelity %s%n", sc.name(), sc.deployment().totalObus(),
                sc.deployment().totalRsus(), sc.horizon(), sc.fidelity().mode().name().toLowerCase(Locale.ROOT));
        o.flush();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        var threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        RunResult r = new ScmsModel(sc, 0).run();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        long events = r.summary().eventsProcessed();
        double days = sc.horizonSeconds() / 86_400.0;
        o.printf(Locale.ROOT, "  wall %.1f s, CPU %.1f s (model thread), %,.0f events (%,.0f events/s), %.1f simulated days/s%n",
                wall, cpu, (double) events, events / wall, days / wall);
        o.printf(Locale.ROOT, "  peak heap %.0f MiB (sum of pool peaks; max heap %.0f MiB)%n", peakHeap / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("benchmark", "model-replication");
        doc.put("machine", BenchMachine.current(Version.get(), Instant.now()));
        doc.put("scenario", sc.name());
        doc.put("obus", sc.deployment().totalObus());
        doc.put("rsus", sc.deployment().totalRsus());
        doc.put("horizon_days", days);
        doc.put("wall_seconds", wall);
        doc.put("cpu_seconds", cpu);
        doc.put("events", events);
        doc.put("peak_heap_bytes", peakHeap);
        AtomicFiles.write(json, Tables.json(doc));
        o.println("Figures: " + json.toAbsolutePath().normalize());
        return ScmsimCommand.EXIT_OK;
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
