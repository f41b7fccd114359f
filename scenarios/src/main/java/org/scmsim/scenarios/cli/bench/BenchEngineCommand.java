package org.scmsim.scenarios.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scmsim.model.bench.EngineBenchmark;
import org.scmsim.model.bench.EngineBenchmark.Figure;
import org.scmsim.results.io.AtomicFiles;
import org.scmsim.results.io.Tables;
import org.scmsim.scenarios.Version;
import org.scmsim.scenarios.cli.BadInputException;
import org.scmsim.scenarios.cli.BenchCommand;
import org.scmsim.scenarios.cli.CommandProvider;
import org.scmsim.scenarios.cli.ScmsimCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scmsim bench engine}: the hold model on scmsim's event calendar and on SSJ's event lists,
 * in one process, with the ratio of ours to the best peer at each calendar size.
 */
@Command(name = "engine", mixinStandardHelpOptions = true,
        description = {"Event-engine throughput on the classic hold model (events/s at 10^4, 10^5, 10^6 pending",
            "events), scmsim's calendar against SSJ's SplayTree and Henriksen lists in the same run.",
            "DSOL's DevsSimulator is compared in the JMH benchmarks of the bench module (see BENCHMARKS.md)."})
public final class BenchEngineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Fewer sizes and rounds (about a minute).")
    boolean quick;

    @Option(names = "--pending", split = ",", paramLabel = "N[,N...]",
            description = "Calendar sizes to measure (default 10000,100000,1000000; quick: 10000,1000000).")
    int[] pending;

    @Option(names = "--events", paramLabel = "N", description = "Events per timed round (default 2000000; quick 1000000).")
    Long events;

    @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds per engine and size; the median is reported.")
    Integer rounds;

    @Option(names = "--json", paramLabel = "FILE", defaultValue = "bench-engine.json",
            description = "Where to write the figures as JSON (default: ${DEFAULT-VALUE}).")
    Path json;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20261124", description = "Seed of the increment table.")
    long seed;

    @Override
    public Integer call() throws Exception {
        org.scmsim.scenarios.cli.OutputFolders.forFile(json, "--json");
        EngineBenchmark.Plan base = quick ? EngineBenchmark.Plan.quick() : EngineBenchmark.Plan.full();
        int[] sizes = pending != null ? pending : base.pendingSizes();
        for (int n : sizes) {
            if (n < 1 || n > 50_000_000) {
                throw new BadInputException("--pending " + n + ": must be between 1 and 50000000");
            }
        }
        long ev = events != null ? events : base.eventsPerRound();
        if (ev < 1) {
            throw new BadInputException("--events " + ev + ": must be at least 1");
        }
        int r = rounds != null ? rounds : base.measureRounds();
        if (r < 1) {
            throw new BadInputException("--rounds " + r + ": must be at least 1");
        }
        EngineBenchmark.Plan plan = new EngineBenchmark.Plan(sizes, ev, base.warmupRounds(), r);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Hold model: %,d events per round, %d warm-up + %d timed rounds, median reported%n",
                plan.eventsPerRound(), plan.warmupRounds(), plan.measureRounds());
        o.printf(Locale.ROOT, "%-20s %12s %16s %16s %16s%n", "engine", "pending", "median ev/s", "min ev/s", "max ev/s");
        o.flush();
        List<Figure> figures = new EngineBenchmark(System::nanoTime).run(plan, EngineBenchmark.standardContenders(seed), f -> {
            o.printf(Locale.ROOT, "%-20s %,12d %,16.0f %,16.0f %,16.0f%n", f.engine(), f.pendingEvents(),
                    f.medianEventsPerSecond(), f.minEventsPerSecond(), f.maxEventsPerSecond());
            o.flush();
        });
        Map<Integer, Double> ratios = ratios(figures);
        o.println();
        ratios.forEach((n, x) -> o.printf(Locale.ROOT, "at %,d pending events: scmsim is %.1fx the fastest SSJ list%n", n, x));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("benchmark", "engine-hold-model");
        doc.put("machine", BenchMachine.current(Version.get(), Instant.now()));
        doc.put("plan", Map.of("events_per_round", plan.eventsPerRound(), "warmup_rounds", plan.warmupRounds(),
                "measure_rounds", plan.measureRounds(), "seed", seed));
        doc.put("figures", figures);
        doc.put("ratio_scmsim_to_fastest_peer", ratios);
        AtomicFiles.write(json, Tables.json(doc));
        o.println("Figures: " + json.toAbsolutePath().normalize());
        return ScmsimCommand.EXIT_OK;
    }

    /** Ours divided by the fastest other engine, per calendar size. */
    static Map<Integer, Double> ratios(List<Figure> figures) {
        Map<Integer, Double> ours = new LinkedHashMap<>();
        Map<Integer, Double> bestPeer = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.engine().startsWith("scmsim")) {
                ours.put(f.pendingEvents(), f.medianEventsPerSecond());
            } else {
                bestPeer.merge(f.pendingEvents(), f.medianEventsPerSecond(), Math::max);
            }
        }
        Map<Integer, Double> out = new LinkedHashMap<>();
        ours.forEach((n, v) -> {
            Double peer = bestPeer.get(n);
            if (peer != null && peer > 0) {
                out.put(n, v / peer);
            }
        });
        return out;
    }

    /** Registers {@code scmsim bench engine}. */
    public static final class Provider implements CommandProvider {
        @Override
        public String name() {
            return "engine";
        }

        @Override
        public Object command() {
            return new BenchEngineCommand();
        }

        @Override
        public String parent() {
            return BenchCommand.NAME;
        }
    }
}
