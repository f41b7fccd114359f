package org.scmsim.scenarios.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scmsim.scenarios.experiment.Experiment;
import org.scmsim.scenarios.experiment.ExperimentFile;
import org.scmsim.scenarios.experiment.ExperimentLoader;
import org.scmsim.scenarios.format.ScenarioException;
import org.scmsim.scenarios.format.ScenarioLoader;
import org.scmsim.scenarios.format.ScenarioProblem;
import org.scmsim.scenarios.format.SourceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scmsim sweep SCENARIO --vary field=a,b,c [--vary ...] [--zip] [--replications N] ...} */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a scenario over values of one or more fields (every combination, or --zip), with replications.",
            "  scmsim sweep default --vary scms.pca.servers=1,2,4 --replications 10",
            "Writes the same folder as `scmsim experiment`, with a chart per metric against the first field."})
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or shipped scenario name.")
    String scenario;

    @Option(names = "--vary", required = true, paramLabel = "FIELD=V1,V2,...",
            description = "A field and its values (repeatable; list elements by index: deployment.years[0].obus=100,200).")
    List<String> vary = new ArrayList<>();

    @Option(names = "--zip", description = "Pair the i-th values of every --vary instead of taking every combination.")
    boolean zip;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "5", description = "Replications per point (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--warmup", paramLabel = "DURATION", description = "Weeks before this are left out of weekly means (e.g. P28D).")
    String warmup;

    @Option(names = "--horizon", paramLabel = "DURATION", description = "Simulated duration, overriding the scenario's (e.g. P365D).")
    String horizon;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed, overriding the scenario's.")
    Long seed;

    @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "Override a scenario field at every point (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--metric", paramLabel = "NAME", description = "Metric to print and chart (repeatable; default: all run totals).")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--target-width", paramLabel = "R",
            description = "Add replications until every --metric's 95%% CI half-width is at most R x |mean| (e.g. 0.05).")
    Double targetWidth;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "1000",
            description = "With --target-width: stop at this many replications (default: ${DEFAULT-VALUE}).")
    int maxReplications;

    @Mixin
    BatchOptions batch;

    @Override
    public Integer call() throws Exception {
        Map<String, String> where = new LinkedHashMap<>();
        Map<String, List<JsonNode>> fields = new LinkedHashMap<>();
        for (String v : vary) {
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1) {
                throw new BadInputException("--vary " + v + ": expected FIELD=V1,V2,... e.g. scms.pca.servers=1,2,4");
            }
            String field = v.substring(0, eq).trim();
            if (fields.containsKey(field)) {
                throw new BadInputException("--vary " + field + " is given twice");
            }
            List<JsonNode> values = new ArrayList<>();
            SourceLocation at = new SourceLocation("--vary " + v, 0, 0);
            for (String text : v.substring(eq + 1).split(",")) {
                values.add(ScenarioLoader.parseValue(text.trim(), at, field));
            }
            fields.put(field, values);
            where.put("/sweep/fields/" + esc(field), "--vary " + v);
        }
        Map<String, JsonNode> set = new LinkedHashMap<>();
        for (String s : sets) {
            ScenarioLoader.Override o = ScenarioLoader.Override.parse(s);
            set.put(o.field(), ScenarioLoader.parseValue(o.value(), new SourceLocation("--set " + s, 0, 0), o.field()));
            where.put("/set/" + esc(o.field()), "--set " + s);
        }
        ExperimentFile.Target target = null;
        if (targetWidth != null) {
            if (metrics.isEmpty()) {
                throw new BadInputException("--target-width needs at least one --metric to reach it on");
            }
            try {
                target = new ExperimentFile.Target(metrics, targetWidth, maxReplications);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(optionFor(e.getMessage()) + e.getMessage());
            }
        }
        ExperimentFile f;
        try {
            f = new ExperimentFile(null, "sweep of " + scenario + " over " + String.join(", ", fields.keySet()), scenario, seed,
                    replications, duration("--warmup", warmup), duration("--horizon", horizon), set, null, null,
                    new ExperimentFile.Sweep(zip ? ExperimentFile.Sweep.Mode.LIST : ExperimentFile.Sweep.Mode.CARTESIAN, fields),
                    target, metrics);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(optionFor(e.getMessage()) + e.getMessage());
        }
        String name = "sweep-" + scenarioName(scenario);
        Experiment exp = new ExperimentLoader().resolve(f, name, "command line", ptr -> locate(ptr, where), null);
        StringBuilder rerun = new StringBuilder("scmsim sweep " + scenario);
        vary.forEach(v -> rerun.append(" --vary ").append(v));
        return Batches.run(spec, exp, batch, rerun.toString());
    }

    private SourceLocation locate(String pointer, Map<String, String> where) {
        for (Map.Entry<String, String> e : where.entrySet()) {
            if (pointer.equals(e.getKey()) || pointer.startsWith(e.getKey() + "/")) {
                return new SourceLocation(e.getValue(), 0, 0);
            }
        }
        String opt = switch (pointer.replaceAll("/\\d+$", "")) {
            case "/scenario" -> scenario;
            case "/seed" -> "--seed " + seed;
            case "/horizon" -> "--horizon " + horizon;
            case "/warmup" -> "--warmup " + warmup;
            case "/replications" -> "--replications " + replications;
            case "/metrics", "/target/metrics" -> "--metric";
            case "/target/maxReplications" -> "--max-replications " + maxReplications;
            default -> "command line";
        };
        return new SourceLocation(opt, 0, 0);
    }

    private static Duration duration(String option, String text) throws ScenarioException {
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new ScenarioException(new ScenarioProblem(new SourceLocation(option + " " + text, 0, 0), "",
                    "'" + text + "' is not an ISO-8601 duration (examples: P28D, PT12H)"));
        }
    }

    private static String optionFor(String message) {
        return message.startsWith("replications") ? "--replications: " : message.startsWith("relativeHalfWidth") ? "--target-width: "
                : message.startsWith("maxReplications") ? "--max-replications: " : "";
    }

    static String scenarioName(String ref) {
        String n = java.nio.file.Path.of(ref).getFileName().toString().replaceAll("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9._-]", "-");
        return n.isEmpty() ? "scenario" : n;
    }

    private static String esc(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
