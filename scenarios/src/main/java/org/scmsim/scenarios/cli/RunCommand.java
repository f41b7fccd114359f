package org.scmsim.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.RunSummary;
import org.scmsim.scenarios.format.ScenarioException;
import org.scmsim.scenarios.format.ScenarioLoader;
import org.scmsim.scenarios.run.ScenarioRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scmsim run [SCENARIO] [--out DIR] [--seed N] [--set field=value]...} */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario and write its results folder:",
            "  scenario.resolved.yaml, weekly.csv, summary.json, demand.png"})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "default",
            description = "Scenario file, or the name of a shipped scenario (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder (default: runs/<scenario>-<timestamp>/).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed, overriding the scenario's.")
    Long seed;

    @Option(names = "--set", paramLabel = "FIELD=VALUE",
            description = "Override any scenario field, e.g. --set scms.pca.servers=4 (repeatable).")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        List<ScenarioLoader.Override> overrides = new ArrayList<>();
        for (String s : sets) {
            overrides.add(ScenarioLoader.Override.parse(s));
        }
        ScenarioLoader.Loaded loaded = new ScenarioLoader().load(scenario, overrides);
        Scenario sc = seed != null ? loaded.scenario().withSeed(seed) : loaded.scenario();
        Path dir = out != null ? out : Path.of("runs", sc.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("--out " + dir + " exists and is not a folder");
        }
        long t0 = System.nanoTime();
        RunResult result = ScenarioRun.run(sc);
        double wall = (System.nanoTime() - t0) / 1e9;
        ScenarioRun.write(dir, sc, loaded.source(), result);
        printSummary(o, sc, result, wall);
        o.println("Results: " + dir.toAbsolutePath().normalize());
        return ScmsimCommand.EXIT_OK;
    }

    static void printSummary(PrintWriter o, Scenario sc, RunResult r, double wallSeconds) {
        RunSummary s = r.summary();
        o.printf(Locale.ROOT, "%s (%s), seed %d, %s days from %s, %d weeks%n", sc.name(), sc.description(), sc.seed(),
                new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                        .format(sc.horizon().toMillis() / 86_400_000.0), sc.start(), r.weeks().size());
        row(o, "OBUs deployed", fmt(s.obusDeployed()));
        row(o, "RSUs deployed", fmt(s.rsusDeployed()));
        row(o, "Pseudonym certificates requested", fmt(s.pseudonymRequested()));
        row(o, "Application certificates requested", fmt(s.applicationRequested()));
        row(o, "Certificates issued", fmt(s.certificatesIssued()));
        row(o, "Mean request-to-issue time", String.format(Locale.ROOT, "%.3f s", s.meanResponseSeconds()));
        row(o, "Longest request-to-issue time", String.format(Locale.ROOT, "%.3f s", s.maxResponseSeconds()));
        row(o, "Peak backlog", fmt(s.peakBacklogCertificates()) + " certificates");
        row(o, "PCA utilisation", String.format(Locale.ROOT, "%.2f %%", 100 * s.pcaUtilisation()));
        row(o, "Certificates late for their week", fmt(s.lateCertificates()));
        row(o, "Events simulated", fmt(s.eventsProcessed()) + String.format(Locale.ROOT, " in %.2f s wall", wallSeconds));
    }

    private static void row(PrintWriter o, String label, String value) {
        o.printf(Locale.ROOT, "  %-38s %s%n", label, value);
    }

    private static String fmt(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }
}
