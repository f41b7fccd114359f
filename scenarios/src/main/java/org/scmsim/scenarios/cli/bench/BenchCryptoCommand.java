package org.scmsim.scenarios.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scmsim.crypto.bench.CryptoBenchmark;
import org.scmsim.crypto.bench.StageResult;
import org.scmsim.crypto.ec.EcBackends;
import org.scmsim.results.io.AtomicFiles;
import org.scmsim.results.io.Tables;
import org.scmsim.scenarios.Version;
import org.scmsim.scenarios.cli.BadInputException;
import org.scmsim.scenarios.cli.BenchCommand;
import org.scmsim.scenarios.cli.CommandProvider;
import org.scmsim.scenarios.cli.ScmsimCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scmsim bench crypto}: certificates per second for each stage of the pipeline. */
@Command(name = "crypto", mixinStandardHelpOptions = true,
        description = {"Measure real IEEE 1609.2 / SCMS cryptography on this machine: certificates per second for RA",
            "butterfly expansion, PCA issuance (implicit, explicit), device open and CRL check.",
            "Prints a table and writes the figures as JSON."})
public final class BenchCryptoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--backend", defaultValue = "bc", paramLabel = "NAME",
            description = "EC backend: bc (BouncyCastle) or conscrypt (BoringSSL). Default: ${DEFAULT-VALUE}.")
    String backend;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Worker threads. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--quick", description = "A short run (about 200 certificates per thread and stage) for a first look.")
    boolean quick;

    @Option(names = "--certificates", paramLabel = "N",
            description = "Certificates per thread and stage (default 2000, or 200 with --quick).")
    Integer certificates;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "bench-crypto.json",
            description = "Where to write the JSON figures. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Override
    public Integer call() throws Exception {
        org.scmsim.scenarios.cli.OutputFolders.forFile(out, "--out");
        if (!EcBackends.providers().containsKey(backend)) {
            throw new BadInputException("--backend " + backend + ": unknown backend (available: "
                    + String.join(", ", EcBackends.providers().keySet()) + ")");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads < 1 || threads > 1024) {
            throw new BadInputException("--threads " + threads + ": must be between 1 and 1024");
        }
        int perThread = certificates != null ? certificates : quick ? 200 : 2000;
        if (perThread < 20 || perThread > 1_000_000) {
            throw new BadInputException("--certificates " + perThread + ": must be between 20 and 1,000,000");
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "scmsim bench crypto: backend %s, %d thread(s) on %d core(s), %d certificates per thread and stage%n",
                backend, threads, cores, perThread);
        w.flush();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpuTime = mx.isCurrentThreadCpuTimeSupported();
        java.util.function.LongSupplier allocated = () -> 0L;
        if (mx instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()
                && sun.isThreadAllocatedMemoryEnabled()) {
            allocated = sun::getCurrentThreadAllocatedBytes;
        }
        CryptoBenchmark bench = new CryptoBenchmark(backend, threads, perThread, System::nanoTime,
                cpuTime ? mx::getCurrentThreadCpuTime : () -> 0L, allocated);
        List<StageResult> results;
        try {
            results = bench.run(stage -> {
                spec.commandLine().getErr().println("  measuring " + stage.description() + " ...");
                spec.commandLine().getErr().flush();
            });
        } catch (IllegalStateException e) {
            if (e.getMessage() != null && e.getMessage().contains("not available on this platform")) {
                throw new BadInputException("--backend " + backend + ": " + e.getMessage());
            }
            throw e;
        }
        w.println();
        w.printf(Locale.ROOT, "%-52s %12s %14s %12s %10s%n", "stage", "certs/s", "certs/s/thread", "certs/CPU-s", "KB/cert");
        for (StageResult r : results) {
            w.printf(Locale.ROOT, "%-52s %,12.0f %,14.0f %,12.0f %,10.1f%n", r.stage().description(), r.perSecond(), r.perSecondPerThread(),
                    r.perCpuSecond(), r.allocatedBytesPerOperation() / 1024);
        }
        w.println("(certs/CPU-s: per second of CPU the workers actually got; equals certs/s/thread on an idle machine;");
        w.println(" KB/cert: heap allocated per certificate by the workers)");
        List<Map<String, Object>> stages = new ArrayList<>();
        for (StageResult r : results) {
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("stage", r.stage().name().toLowerCase(Locale.ROOT));
            st.put("description", r.stage().description());
            st.put("operations", r.operations());
            st.put("seconds", r.seconds());
            st.put("per_second", Math.round(r.perSecond()));
            st.put("per_second_per_thread", Math.round(r.perSecondPerThread()));
            st.put("cpu_seconds", r.cpuSeconds());
            st.put("per_cpu_second", Math.round(r.perCpuSecond()));
            st.put("allocated_bytes_per_operation", Math.round(r.allocatedBytesPerOperation()));
            stages.add(st);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("benchmark", "crypto-stages");
        doc.put("machine", BenchMachine.current(Version.get(), Instant.now()));
        doc.put("backend", backend);
        doc.put("threads", threads);
        doc.put("certificates_per_thread", perThread);
        doc.put("stages", stages);
        AtomicFiles.write(out, Tables.json(doc));
        w.println();
        w.println("wrote " + out);
        return ScmsimCommand.EXIT_OK;
    }

    /** Registers {@code scmsim bench crypto}. */
    public static final class Provider implements CommandProvider {
        @Override
        public String name() {
            return "crypto";
        }

        @Override
        public Object command() {
            return new BenchCryptoCommand();
        }

        @Override
        public String parent() {
            return BenchCommand.NAME;
        }
    }
}
