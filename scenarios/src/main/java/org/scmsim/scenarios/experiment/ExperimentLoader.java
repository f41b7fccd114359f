package org.scmsim.scenarios.experiment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scmsim.model.config.Scenario;
import org.scmsim.scenarios.format.LocatedTree;
import org.scmsim.scenarios.format.ScenarioException;
import org.scmsim.scenarios.format.ScenarioFormat;
import org.scmsim.scenarios.format.ScenarioLoader;
import org.scmsim.scenarios.format.ScenarioLoader.Setting;
import org.scmsim.scenarios.format.ScenarioProblem;
import org.scmsim.scenarios.format.SchemaCheck;
import org.scmsim.scenarios.format.SourceLocation;
import org.scmsim.scenarios.format.TreeBinder;

/**
 * Reads an experiment file and resolves every cell's scenario before anything runs. Every problem
 * (in the experiment file, or a bad value an arm or sweep puts into a scenario) is reported at
 * once with the experiment file's line and column.
 */
public final class ExperimentLoader {

    /** Maps a JSON pointer into the experiment (e.g. {@code /arms/1/set/scms.pca.servers}) to where the user wrote it. */
    @FunctionalInterface
    public interface Locator {
        SourceLocation locate(String pointer);
    }

    private static final String LIBRARY = "/library/experiments/";

    private final ScenarioLoader scenarios = new ScenarioLoader();
    private final ObjectMapper mapper = ScenarioFormat.reader().copy()
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, false);

    /** Names of the shipped experiments ({@code library/experiments/index.txt}). */
    public static List<String> shipped() {
        try (InputStream in = ExperimentLoader.class.getResourceAsStream(LIBRARY + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::trim).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Loads an experiment file, or a shipped experiment by name. */
    public Experiment load(String nameOrPath) throws ScenarioException {
        Path file = Path.of(nameOrPath);
        String text;
        String source;
        Path dir;
        if (Files.isRegularFile(file)) {
            try {
                text = org.scmsim.scenarios.format.ScenarioLoader.readUtf8(file, nameOrPath);
            } catch (IOException e) {
                throw new ScenarioException(new ScenarioProblem(new SourceLocation(nameOrPath, 0, 0), "", "cannot read: " + e.getMessage()));
            }
            source = file.toString();
            dir = file.toAbsolutePath().getParent();
        } else if (!nameOrPath.contains("/") && ExperimentLoader.class.getResource(LIBRARY + nameOrPath + ".yaml") != null) {
            try (InputStream in = ExperimentLoader.class.getResourceAsStream(LIBRARY + nameOrPath + ".yaml")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ScenarioException(new ScenarioProblem(new SourceLocation(nameOrPath, 0, 0), "", "cannot read: " + e.getMessage()));
            }
            source = "library/experiments/" + nameOrPath + ".yaml";
            dir = null;
        } else {
            throw new ScenarioException(new ScenarioProblem(new SourceLocation(nameOrPath, 0, 0), "",
                    (Files.exists(file) ? "not a regular file" : "no such file, and no shipped experiment of that name")
                            + " (shipped: " + String.join(", ", shipped()) + ")"));
        }
        return parse(text, source, dir);
    }

    /** Parses experiment YAML; scenario files it names are looked up next to {@code dir} first. */
    public Experiment parse(String yaml, String source, Path dir) throws ScenarioException {
        LocatedTree tree = LocatedTree.parse(yaml, source);
        List<ScenarioProblem> shape = new ArrayList<>(SchemaCheck.check(tree, ExperimentFile.class));
        shape.addAll(mapShapes(tree));
        if (!shape.isEmpty()) {
            throw new ScenarioException(sorted(shape));
        }
        ExperimentFile f = TreeBinder.bind(tree, ExperimentFile.class, mapper);
        String name = f.name() != null ? f.name() : defaultName(source);
        return resolve(f, name, source, tree::locate, dir);
    }

    /** The shapes SchemaCheck cannot see inside free-form maps: sweep values must be non-empty lists. */
    private static List<ScenarioProblem> mapShapes(LocatedTree tree) {
        List<ScenarioProblem> out = new ArrayList<>();
        JsonNode fields = tree.root().path("sweep").path("fields");
        if (fields.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String ptr = "/sweep/fields/" + e.getKey().replace("~", "~0").replace("/", "~1");
                if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                    out.add(new ScenarioProblem(tree.locate(ptr), LocatedTree.dotted("/sweep/fields") + "." + e.getKey(),
                            "expected a non-empty list of values, e.g. [500, 1000, 2000]"));
                }
            }
        } else if (!fields.isMissingNode() && !fields.isNull()) {
            out.add(new ScenarioProblem(tree.locate("/sweep/fields"), "sweep.fields",
                    "expected a mapping of field: [values], e.g. scms.pca.servers: [1, 2, 4]"));
        }
        return out;
    }

    /**
     * Resolves an experiment built in code or from command-line flags; {@code locator} says where
     * each part came from, for error messages.
     */
    public Experiment resolve(ExperimentFile f, String name, String source, Locator locator, Path dir) throws ScenarioException {
        List<ScenarioProblem> problems = new ArrayList<>();
        String base;
        try {
            base = ScenarioLoader.resolveReference(f.scenario(), dir);
        } catch (ScenarioException e) {
            throw new ScenarioException(new ScenarioProblem(locator.locate("/scenario"), "scenario",
                    "'" + f.scenario() + "': " + e.problems().get(0).message()));
        }
        // arms and baseline
        Set<String> armNames = new HashSet<>();
        for (int i = 0; i < f.arms().size(); i++) {
            if (!armNames.add(f.arms().get(i).name())) {
                problems.add(new ScenarioProblem(locator.locate("/arms/" + i + "/name"), "arms[" + i + "].name",
                        "arm '" + f.arms().get(i).name() + "' is named twice"));
            }
        }
        if (!armNames.contains(f.baselineArm())) {
            problems.add(new ScenarioProblem(locator.locate("/baseline"), "baseline", "no arm is named '" + f.baselineArm() + "'"
                    + SchemaCheck.suggestion(f.baselineArm(), armNames)));
        }
        // sweep
        List<String> sweepFields = f.sweep() == null ? List.of() : new ArrayList<>(f.sweep().fields().keySet());
        if (f.sweep() != null && f.sweep().mode() == ExperimentFile.Sweep.Mode.LIST) {
            int n = -1;
            for (Map.Entry<String, List<JsonNode>> e : f.sweep().fields().entrySet()) {
                if (n >= 0 && e.getValue().size() != n) {
                    problems.add(new ScenarioProblem(locator.locate(sweepPointer(e.getKey())), "sweep.fields." + e.getKey(),
                            "has " + e.getValue().size() + " values but the first field has " + n
                                    + " (mode: list pairs the i-th values; use mode: cartesian for every combination)"));
                }
                n = n < 0 ? e.getValue().size() : n;
            }
        }
        for (int i = 0; i < f.arms().size(); i++) {
            for (String field : f.arms().get(i).set().keySet()) {
                if (sweepFields.contains(field)) {
                    problems.add(new ScenarioProblem(locator.locate("/arms/" + i + "/set/" + esc(field)),
                            "arms[" + i + "].set." + field, "is also swept (sweep.fields." + field
                                    + "); an arm cannot fix a field the sweep varies"));
                }
            }
        }
        // metrics
        List<String> known = Metrics.all();
        for (int i = 0; i < f.metrics().size(); i++) {
            checkMetric(f.metrics().get(i), "/metrics/" + i, "metrics[" + i + "]", known, locator, problems);
        }
        if (f.target() != null) {
            for (int i = 0; i < f.target().metrics().size(); i++) {
                checkMetric(f.target().metrics().get(i), "/target/metrics/" + i, "target.metrics[" + i + "]", known, locator, problems);
            }
            if (f.target().maxReplications() < f.replications()) {
                problems.add(new ScenarioProblem(locator.locate("/target/maxReplications"), "target.maxReplications",
                        "is " + f.target().maxReplications() + ", fewer than the " + f.replications() + " replications of the first round"));
            }
            if (f.replications() < 2) {
                problems.add(new ScenarioProblem(locator.locate("/replications"), "replications",
                        "must be at least 2 with a target: a confidence interval needs two replications"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(sorted(problems));
        }

        // the base scenario with the experiment-wide settings
        List<Setting> common = new ArrayList<>();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (f.seed() != null) {
            common.add(new Setting("seed", nodes.numberNode(f.seed()), locator.locate("/seed")));
        }
        if (f.horizon() != null) {
            common.add(new Setting("horizon", nodes.textNode(f.horizon().toString()), locator.locate("/horizon")));
        }
        f.set().forEach((field, v) -> common.add(new Setting(field, v, locator.locate("/set/" + esc(field)))));
        Scenario baseScenario = scenarios.loadWith(base, common).scenario();

        // cells: sweep points outer, arms inner
        List<Map<String, Integer>> points = points(f.sweep());
        List<Experiment.Cell> cells = new ArrayList<>();
        Set<ScenarioProblem> cellProblems = new LinkedHashSet<>();
        boolean warmupReported = false;
        for (int p = 0; p < points.size(); p++) {
            Map<String, Integer> point = points.get(p);
            for (int a = 0; a < f.arms().size(); a++) {
                ExperimentFile.Arm arm = f.arms().get(a);
                List<Setting> settings = new ArrayList<>(common);
                final int armIndex = a;
                arm.set().forEach((field, v) -> settings.add(new Setting(field, v, locator.locate("/arms/" + armIndex + "/set/" + esc(field)))));
                Map<String, String> shown = new LinkedHashMap<>();
                for (Map.Entry<String, Integer> e : point.entrySet()) {
                    JsonNode v = f.sweep().fields().get(e.getKey()).get(e.getValue());
                    settings.add(new Setting(e.getKey(), v, locator.locate(sweepPointer(e.getKey()) + "/" + e.getValue())));
                    shown.put(e.getKey(), text(v));
                }
                try {
                    Scenario s = scenarios.loadWith(base, settings).scenario();
                    if (f.warmup().compareTo(s.horizon()) >= 0 && !warmupReported) {
                        warmupReported = true;
                        cellProblems.add(new ScenarioProblem(locator.locate("/warmup"), "warmup", "is " + days(f.warmup())
                                + ", not shorter than the horizon (" + days(s.horizon()) + "): no week would be left to measure"));
                    }
                    String id = (points.size() > 1 ? String.format("p%02d-", p) : "") + arm.name();
                    cells.add(new Experiment.Cell(cells.size(), id, arm.name(), shown, p, s, ScenarioFormat.toYaml(s)));
                } catch (ScenarioException e) {
                    cellProblems.addAll(e.problems());
                }
            }
        }
        if (!cellProblems.isEmpty()) {
            throw new ScenarioException(sorted(new ArrayList<>(cellProblems)));
        }
        List<String> metrics = !f.metrics().isEmpty() ? f.metrics()
                : f.target() != null ? f.target().metrics() : Metrics.summaryNames();
        List<String> armList = f.arms().stream().map(ExperimentFile.Arm::name).toList();
        String yaml = resolvedYaml(f, name, source, baseScenario, cells);
        return new Experiment(name, f.description(), source, baseScenario, cells, f.replications(), f.warmup(), f.target(),
                f.baselineArm(), armList, sweepFields, metrics, !f.metrics().isEmpty() || f.target() != null, yaml);
    }

    private static void checkMetric(String m, String ptr, String field, List<String> known, Locator locator, List<ScenarioProblem> out) {
        if (!known.contains(m)) {
            out.add(new ScenarioProblem(locator.locate(ptr), field, "unknown metric '" + m + "'" + metricHint(m, known)));
        }
    }

    /**
     * The closest metric name, else the known names that share the first word of {@code m}, else
     * where metric names come from: a hint of one line, not the whole list of names.
     */
    static String metricHint(String m, List<String> known) {
        String closest = SchemaCheck.suggestion(m, known);
        if (!closest.isEmpty()) {
            return closest;
        }
        String bare = m.startsWith("weekly.") ? m.substring("weekly.".length()) : m;
        String word = bare.split("_", 2)[0].toLowerCase(java.util.Locale.ROOT);
        List<String> related = word.length() < 3 ? List.of()
                : known.stream().filter(k -> k.toLowerCase(java.util.Locale.ROOT).contains(word)).toList();
        if (!related.isEmpty() && related.size() <= 12) {
            return " (similar: " + String.join(", ", related) + ")";
        }
        return " (a metric is a figure of summary.json, e.g. obu_hours_without_certificate, or weekly.<column of weekly.csv>,"
                + " e.g. weekly.backlog_certificates; " + known.size() + " known)";
    }

    /** Sweep points as field → value index. */
    static List<Map<String, Integer>> points(ExperimentFile.Sweep sweep) {
        List<Map<String, Integer>> out = new ArrayList<>();
        if (sweep == null) {
            out.add(Map.of());
            return out;
        }
        List<String> fields = new ArrayList<>(sweep.fields().keySet());
        if (sweep.mode() == ExperimentFile.Sweep.Mode.LIST) {
            int n = sweep.fields().get(fields.get(0)).size();
            for (int i = 0; i < n; i++) {
                Map<String, Integer> p = new LinkedHashMap<>();
                for (String fld : fields) {
                    p.put(fld, i);
                }
                out.add(p);
            }
            return out;
        }
        int[] idx = new int[fields.size()];
        while (true) {
            Map<String, Integer> p = new LinkedHashMap<>();
            for (int k = 0; k < fields.size(); k++) {
                p.put(fields.get(k), idx[k]);
            }
            out.add(p);
            int k = fields.size() - 1;
            while (k >= 0 && ++idx[k] == sweep.fields().get(fields.get(k)).size()) {
                idx[k] = 0;
                k--;
            }
            if (k < 0) {
                return out;
            }
            if (out.size() > 100_000) {
                throw new IllegalArgumentException("the sweep has more than 100000 points");
            }
        }
    }

    private static String resolvedYaml(ExperimentFile f, String name, String source, Scenario base, List<Experiment.Cell> cells) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("description", f.description());
        m.put("scenario", ExperimentFolder.BASE_SCENARIO);
        m.put("seed", base.seed());
        m.put("replications", f.replications());
        m.put("warmup", days(f.warmup()));
        m.put("horizon", days(base.horizon()));
        List<Object> arms = new ArrayList<>();
        for (ExperimentFile.Arm a : f.arms()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("name", a.name());
            am.put("description", a.description());
            am.put("set", a.set());
            arms.add(am);
        }
        m.put("arms", arms);
        m.put("baseline", f.baselineArm());
        if (f.sweep() != null) {
            Map<String, Object> sweep = new LinkedHashMap<>();
            sweep.put("mode", f.sweep().mode().name().toLowerCase(java.util.Locale.ROOT));
            sweep.put("fields", f.sweep().fields());
            m.put("sweep", sweep);
        }
        if (f.target() != null) {
            m.put("target", f.target());
        }
        m.put("metrics", f.metrics());
        StringBuilder header = new StringBuilder();
        header.append("# Experiment resolved by scmsim from ").append(source).append(".\n");
        header.append("# The experiment-wide `set:` is folded into ").append(ExperimentFolder.BASE_SCENARIO)
                .append("; run it again from this folder with:\n#   scmsim experiment ").append(ExperimentFolder.EXPERIMENT).append('\n');
        header.append("# Cells (sweep points x arms), each resolved in scenarios/<cell>.yaml:\n");
        for (Experiment.Cell c : cells) {
            header.append("#   ").append(c.id()).append(": ").append(c.label()).append('\n');
        }
        try {
            return header + ScenarioFormat.writer().writeValueAsString(m);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the experiment as YAML", e);
        }
    }

    static String days(Duration d) {
        long s = d.getSeconds();
        return d.getNano() == 0 && s % 86_400 == 0 ? "P" + s / 86_400 + "D" : d.toString();
    }

    private static String text(JsonNode v) {
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static String sweepPointer(String field) {
        return "/sweep/fields/" + esc(field);
    }

    private static String esc(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String defaultName(String source) {
        String n = Path.of(source).getFileName().toString().replaceAll("\\.ya?ml$", "");
        n = n.replaceAll("[^A-Za-z0-9._-]", "-");
        return n.isEmpty() || !Character.isLetterOrDigit(n.charAt(0)) ? "experiment" : n;
    }

    private static List<ScenarioProblem> sorted(List<ScenarioProblem> ps) {
        List<ScenarioProblem> out = new ArrayList<>(ps);
        out.sort(java.util.Comparator.comparing((ScenarioProblem p) -> p.location().source())
                .thenComparingInt(p -> p.location().line()).thenComparingInt(p -> p.location().column()));
        return out;
    }
}
