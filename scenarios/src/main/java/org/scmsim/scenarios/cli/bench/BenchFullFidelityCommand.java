package org.scmsim.scenarios.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scmsim.model.config.Fidelity;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.crypto.CryptoCoreLoop;
import org.scmsim.model.crypto.CryptoLoops;
import org.scmsim.model.crypto.CryptoWork;
import org.scmsim.model.random.RandomStreams;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.RunSummary;
import org.scmsim.results.io.AtomicFiles;
import org.scmsim.results.io.Tables;
import org.scmsim.scenarios.Version;
import org.scmsim.scenarios.cli.BadInputException;
import org.scmsim.scenarios.cli.BenchCommand;
import org.scmsim.scenarios.cli.CommandProvider;
import org.scmsim.scenarios.cli.ScmsimCommand;
import org.scmsim.scenarios.run.ScenarioRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scmsim bench fullfid}: {@code full} fidelity's throughput. Three measurements on the same
 * scenario (a shipped one with N OBUs deployed before it starts):
 * <ol>
 *   <li>certificates end to end through the full-fidelity crypto loop: each device enrolled and its
 *       butterfly request validated, then for W weeks every certificate expanded by the RA, linked
 *       by the LAs, issued and encrypted by the PCA, opened, reconstructed and checked by the device;</li>
 *   <li>BSMs: R rotations per device-week, each signed with the week's next pseudonym and verified by a
 *       receiver that reconstructs each signer key once;</li>
 *   <li>the whole model in full fidelity over the W weeks.</li>
 * </ol>
 * Each gives per wall second and per CPU second of the process (CPU: what a machine without other
 * load would do with as many cores as threads). The first two follow a warm-up of up to 30 devices (the
 * JIT's compilation of BouncyCastle's arithmetic would otherwise count in the first).
 */
@Command(name = "fullfid", mixinStandardHelpOptions = true,
        description = {"Full fidelity's throughput: certificates per second end to end (requested, expanded, issued,",
            "encrypted, opened, verified), BSMs signed and verified per second, and a whole full-fidelity run.",
            "Prints a table and writes the figures as JSON."})
public final class BenchFullFidelityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME_OR_FILE", defaultValue = "default",
            description = "Scenario whose region, fleet, policy and SCMS are used (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--obus", paramLabel = "N", description = "OBUs (default 200; quick 40).")
    Integer obus;

    @Option(names = "--weeks", paramLabel = "W", description = "Weeks of certificates and of the run (default 4; quick 2).")
    Integer weeks;

    @Option(names = "--rotations", paramLabel = "R", defaultValue = "84",
            description = "BSMs (pseudonym rotations) per device-week in the BSM measurement (default ${DEFAULT-VALUE}:"
                    + " 7 hours of driving at one rotation per 5 minutes).")
    int rotations;

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "auto",
            description = "EC backend: auto (conscrypt where it loads, else bc), bc or conscrypt (default: ${DEFAULT-VALUE}).")
    String backend;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Crypto threads; 0: one per available processor (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--quick", description = "Fewer OBUs and weeks (well under a minute on an idle machine).")
    boolean quick;

    @Option(names = "--json", paramLabel = "FILE", defaultValue = "bench-fullfid.json",
            description = "Where to write the figures as JSON (default: ${DEFAULT-VALUE}).")
    Path json;

    /** One measurement. */
    public record Figure(String measurement, String backend, int threads, int obus, int weeks, long certificates,
                         long bsms, double wallSeconds, double cpuSeconds, double certificatesPerSecond,
                         double bsmsPerSecond, double certificatesPerCpuSecond, double bsmsPerCpuSecond, long rejected) {
    }

    @Override
    public Integer call() throws Exception {
        org.scmsim.scenarios.cli.OutputFolders.forFile(json, "--json");
        int n = obus != null ? obus : quick ? 40 : 200;
        int w = weeks != null ? weeks : quick ? 2 : 4;
        if (n < 1 || n > 100_000) {
            throw new BadInputException("--obus " + n + ": must be between 1 and 100000");
        }
        if (w < 1 || w > 52) {
            throw new BadInputException("--weeks " + w + ": must be between 1 and 52");
        }
        if (rotations < 1 || rotations > 2016) {
            throw new BadInputException("--rotations " + rotations + ": must be between 1 and 2016 (one a week to one every 5 minutes)");
        }
        if (threads < 0 || threads > Fidelity.MAX_THREADS) {
            throw new BadInputException("--threads " + threads + ": must be between 0 and " + Fidelity.MAX_THREADS);
        }
        Fidelity.Backend b;
        try {
            b = Fidelity.Backend.valueOf(backend.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--backend " + backend + ": must be auto, bc or conscrypt");
        }
        var problem = CryptoLoops.unavailable(b);
        if (problem.isPresent()) {
            throw new BadInputException("--backend " + backend + ": " + problem.get());
        }
        Scenario s = scenarioFor(n, w, b);
        String name = CryptoLoops.backendName(b);
        int t = CryptoLoops.threads(s.fidelity());
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Full fidelity: scenario %s, %d OBUs, %d weeks, backend %s, %d crypto threads, %d processors%n",
                scenario, n, w, name, t, Runtime.getRuntime().availableProcessors());
        o.printf(Locale.ROOT, "%-14s %12s %12s %9s %9s %12s %12s %12s %12s%n", "measurement", "certificates", "BSMs",
                "wall s", "CPU s", "certs/s", "BSMs/s", "certs/CPU-s", "BSMs/CPU-s");
        o.flush();
        List<Figure> figures = new ArrayList<>();
        pipeline(s, n, w, name, t, figures, o);
        RunSummary r = timed(() -> ScenarioRun.run(s), (res, wall, cpu) -> {
            RunSummary sum = res.summary();
            figures.add(figure("model run", name, t, n, w, sum.certificatesReallyOpened(), sum.bsmsSigned(), wall, cpu,
                    sum.cryptoRejected()));
            print(o, figures.get(figures.size() - 1));
            return sum;
        });
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("benchmark", "full-fidelity");
        doc.put("machine", BenchMachine.current(Version.get(), Instant.now()));
        doc.put("scenario", scenario);
        doc.put("figures", figures);
        AtomicFiles.write(json, Tables.json(doc));
        o.println("Figures: " + json.toAbsolutePath().normalize());
        long rejected = figures.stream().mapToLong(Figure::rejected).sum();
        if (rejected > 0 || r.cryptoRejected() > 0) {
            spec.commandLine().getErr().println("error: " + rejected + " certificates or BSMs were rejected");
            return ScmsimCommand.EXIT_FAILURE;
        }
        return ScmsimCommand.EXIT_OK;
    }

    /** Measurements 1 and 2: the crypto loop alone, as the model drives it (after a warm-up of the JIT). */
    private void pipeline(Scenario s, int n, int w, String name, int t, List<Figure> figures, PrintWriter o) {
        int warm = Math.min(30, n);
        try (CryptoCoreLoop warmUp = new CryptoCoreLoop(s, new RandomStreams(s.seed() + 1, 0).stream("fidelity.sample"), warm,
                0, 0, name, t)) {
            for (int d = 0; d < warm; d++) {
                warmUp.enroll(d, 0);
                warmUp.issuePseudonyms(d, 0, 1, 0);
                warmUp.install(d, 0, 1, 0);
                warmUp.signBsms(d, 0, 40, 604_799);
            }
            warmUp.settle();
        }
        try (CryptoCoreLoop loop = new CryptoCoreLoop(s, new RandomStreams(s.seed(), 0).stream("fidelity.sample"), n, 0, 0,
                name, t)) {
            CryptoWork certs = timed(() -> {
                for (int d = 0; d < n; d++) {
                    loop.enroll(d, 0);
                    loop.issuePseudonyms(d, 0, w - 1, 0);
                    loop.install(d, 0, w - 1, 0);
                }
                return total(loop.settle());
            }, (work, wall, cpu) -> {
                figures.add(figure("certificates", name, t, n, w, work.certificatesOpened(), 0, wall, cpu, work.rejected()));
                return work;
            });
            print(o, figures.get(figures.size() - 1));
            timed(() -> {
                for (int d = 0; d < n; d++) {
                    for (int k = 0; k < w; k++) {
                        loop.signBsms(d, k, rotations, (k + 1) * 604_800.0 - 1);
                    }
                }
                return total(loop.settle());
            }, (work, wall, cpu) -> {
                figures.add(figure("BSMs", name, t, n, w, 0, work.bsmsSigned(), wall, cpu, work.rejected()));
                return work;
            });
            print(o, figures.get(figures.size() - 1));
            if (certs.certificatesOpened() == 0) {
                throw new IllegalStateException("no certificate was opened");
            }
        }
    }

    private static CryptoWork total(Map<Integer, CryptoWork> byDay) {
        return byDay.values().stream().reduce(CryptoWork.NONE, CryptoWork::plus);
    }

    private static Figure figure(String what, String backend, int threads, int n, int w, long certs, long bsms, double wall,
            double cpu, long rejected) {
        return new Figure(what, backend, threads, n, w, certs, bsms, wall, cpu, certs / wall, bsms / wall,
                cpu > 0 ? certs / cpu : Double.NaN, cpu > 0 ? bsms / cpu : Double.NaN, rejected);
    }

    private static void print(PrintWriter o, Figure f) {
        o.printf(Locale.ROOT, "%-14s %,12d %,12d %9.1f %9.1f %,12.0f %,12.0f %,12.0f %,12.0f%n", f.measurement(),
                f.certificates(), f.bsms(), f.wallSeconds(), f.cpuSeconds(), f.certificatesPerSecond(), f.bsmsPerSecond(),
                f.certificatesPerCpuSecond(), f.bsmsPerCpuSecond());
        o.flush();
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private interface Measured<T, R> {
        R accept(T result, double wallSeconds, double cpuSeconds);
    }

    private static <T, R> R timed(Work<T> work, Measured<T, R> then) {
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        T result;
        try {
            result = work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        long cpu1 = processCpuNanos();
        return then.accept(result, wall, cpu0 < 0 || cpu1 < 0 ? Double.NaN : (cpu1 - cpu0) / 1e9);
    }

    /** CPU time of the whole process (all threads, GC included), or -1 where the JVM does not say. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The chosen scenario in full fidelity with N OBUs and N/15 RSUs deployed in the year before it starts. */
    private Scenario scenarioFor(int n, int w, Fidelity.Backend b) throws Exception {
        return FleetScenario.deployedBeforeStart(scenario, n, Math.max(1, n / 15), "horizon=P" + (7 * w) + "D",
                "fidelity.mode=full", "fidelity.backend=" + b.name().toLowerCase(Locale.ROOT), "fidelity.threads=" + threads);
    }

    /** Registers {@code scmsim bench fullfid}. */
    public static final class Provider implements CommandProvider {
        @Override
        public String name() {
            return "fullfid";
        }

        @Override
        public Object command() {
            return new BenchFullFidelityCommand();
        }

        @Override
        public String parent() {
            return BenchCommand.NAME;
        }
    }
}
