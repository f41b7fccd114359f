package org.scmsim.scenarios.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scmsim.model.config.Scenario;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.RunSummary;
import org.scmsim.scenarios.experiment.Experiment;
import org.scmsim.scenarios.experiment.ExperimentFile;
import org.scmsim.scenarios.experiment.ExperimentLoader;
import org.scmsim.scenarios.format.ScenarioException;
import org.scmsim.scenarios.format.ScenarioLoader;
import org.scmsim.scenarios.format.SourceLocation;
import org.scmsim.scenarios.run.ScenarioRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scmsim run [SCENARIO] [--out DIR] [--seed N] [--set field=value]... [--replications N] [--threads N]} */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario and write its results folder:",
            "  scenario.resolved.yaml, weekly.csv, daily.csv, components.csv, summary.json, demand.png",
            "With --replications N > 1: N independent replications (substreams 0..N-1) in parallel, written as",
            "  an experiment folder (summary.csv with 95%% CIs, replications.csv, timeseries.csv, manifest.json)."})
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

    @Option(names = "--replications", paramLabel = "N", defaultValue = "1",
            description = "Independent replications (default: ${DEFAULT-VALUE}); more than one writes an experiment folder.")
    int replications;

    @Option(names = "--threads", paramLabel = "N",
            description = "Replications run in parallel (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--warmup", paramLabel = "DURATION",
            description = "With --replications: weeks before this are left out of the weekly means (e.g. P28D).")
    String warmup;

    @Option(names = "--resume", description = "With --replications: continue the run in --out DIR, skipping finished replications.")
    boolean resume;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (replications < 1) {
            throw new BadInputException("--replications must be at least 1, was " + replications);
        }
        if (replications > 1 || resume || warmup != null) {
            return replicated();
        }
        if (threads != null && threads < 1) {
            throw new BadInputException("--threads must be between 1 and 4096, was " + threads);
        }
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
        // on a terminal, a line per simulated month on stderr (the results do not depend on it)
        PrintWriter err = spec.commandLine().getErr();
        boolean interactive = System.console() != null;
        RunResult result = ScenarioRun.run(sc, 0, p -> {
            if (interactive && p.date().plusDays(1).getDayOfMonth() == 1) {
                err.printf(Locale.ROOT, "  %s  %3.0f %%  %,d events, %,d OBUs, %,d without a pseudonym, backlog %,d%n",
                        p.date(), 100 * p.fraction(), p.eventsProcessed(), p.obusActive(), p.obusWithoutCertificate(),
                        p.backlogCertificates());
                err.flush();
            }
        });
        double wall = (System.nanoTime() - t0) / 1e9;
        ScenarioRun.write(dir, sc, loaded.source(), result);
        printSummary(o, sc, result, wall);
        o.println("Results: " + dir.toAbsolutePath().normalize());
        return ScmsimCommand.EXIT_OK;
    }

    /** {@code run --replications N}: a one-cell experiment. */
    private int replicated() throws Exception {
        Map<String, JsonNode> set = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        for (String s : sets) {
            ScenarioLoader.Override ov = ScenarioLoader.Override.parse(s);
            set.put(ov.field(), ScenarioLoader.parseValue(ov.value(),
                    new SourceLocation("--set " + s, 0, 0), ov.field()));
            where.put("/set/" + ov.field().replace("~", "~0").replace("/", "~1"), "--set " + s);
        }
        Duration warm = null;
        if (warmup != null) {
            try {
                warm = Duration.parse(warmup);
            } catch (DateTimeParseException e) {
                throw new BadInputException("--warmup " + warmup + ": not an ISO-8601 duration (examples: P28D, PT12H)");
            }
        }
        ExperimentFile f;
        try {
            f = new ExperimentFile(null, "", scenario, seed, replications, warm, null, set,
                    null, null, null, null, null);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        String name = SweepCommand.scenarioName(scenario);
        Experiment exp = new ExperimentLoader().resolve(f,
                name, "command line", ptr -> {
                    for (Map.Entry<String, String> e : where.entrySet()) {
                        if (ptr.equals(e.getKey()) || ptr.startsWith(e.getKey() + "/")) {
                            return new SourceLocation(e.getValue(), 0, 0);
                        }
                    }
                    return new SourceLocation(ptr.equals("/warmup") ? "--warmup " + warmup
                            : ptr.equals("/seed") ? "--seed " + seed : scenario, 0, 0);
                }, null);
        BatchOptions opts = new BatchOptions();
        opts.threads = threads;
        opts.out = out;
        opts.resume = resume;
        return Batches.run(spec, exp, opts, "scmsim run " + scenario + " --replications " + replications);
    }

    static void printSummary(PrintWriter o, Scenario sc, RunResult r, double wallSeconds) {
        RunSummary s = r.summary();
        o.printf(Locale.ROOT, "%s (%s), seed %d, %s days from %s, %d weeks%n", sc.name(), sc.description(), sc.seed(),
                new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                        .format(sc.horizon().toMillis() / 86_400_000.0), sc.start(), r.weeks().size());
        row(o, "OBUs deployed", fmt(s.obusDeployed()));
        row(o, "RSUs deployed", fmt(s.rsusDeployed()));
        row(o, "Fidelity", sc.fidelity().mode().name().toLowerCase(Locale.ROOT)
                + (s.realCryptoDevices() > 0 ? String.format(Locale.ROOT, " (%,d OBUs with real crypto on %s, %,d operations,"
                + " %,d certificates issued and %,d opened, %,d BSMs signed and %,d verified, %,d rejected)",
                s.realCryptoDevices(), org.scmsim.model.crypto.CryptoLoops.backendName(sc.fidelity().backend()),
                s.cryptoOperations(), s.certificatesReallyIssued(), s.certificatesReallyOpened(), s.bsmsSigned(),
                s.signaturesVerified(), s.cryptoRejected()) : ""));
        row(o, "Pseudonym certificates requested", fmt(s.pseudonymRequested()));
        row(o, "Application certificates requested", fmt(s.applicationRequested()));
        row(o, "Certificates issued", fmt(s.certificatesIssued()) + String.format(Locale.ROOT,
                " (pseudonym %,d, identification %,d, application %,d, enrollment %,d)", s.pseudonymIssued(),
                s.identificationIssued(), s.applicationIssued(), s.enrollmentIssued()));
        row(o, "Pseudonym certificates downloaded", fmt(s.pseudonymDownloaded()));
        row(o, "Downloads (RSU / cellular / Wi-Fi)", fmt(s.downloadsRsu()) + " / " + fmt(s.downloadsCellular())
                + " / " + fmt(s.downloadsWifi()));
        row(o, "OBU-hours without a pseudonym", String.format(Locale.ROOT, "%,.1f (%,.1f of them driving)",
                s.obuHoursWithoutCertificate(), s.unsignedDrivingHours()));
        row(o, "RSU-hours without a certificate", String.format(Locale.ROOT, "%,.1f", s.rsuHoursWithoutCertificate()));
        row(o, "Pseudonym reuses (rotations)", fmt(s.certificateReuses()));
        row(o, "Mean request-to-issue time", String.format(Locale.ROOT, "%.3f s", s.meanResponseSeconds()));
        row(o, "Longest request-to-issue time", String.format(Locale.ROOT, "%.3f s", s.maxResponseSeconds()));
        row(o, "Peak backlog", fmt(s.peakBacklogCertificates()) + " certificates");
        row(o, "Utilisation RA / PCA / ECA", String.format(Locale.ROOT, "%.3g %% / %.3g %% / %.3g %%",
                100 * s.raUtilisation(), 100 * s.pcaUtilisation(), 100 * s.ecaUtilisation()));
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
