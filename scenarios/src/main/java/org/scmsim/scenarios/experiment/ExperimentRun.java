package org.scmsim.scenarios.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.scmsim.model.stats.Tally;
import org.scmsim.results.io.AtomicFiles;
import org.scmsim.scenarios.Version;
import org.scmsim.scenarios.experiment.Experiment.Cell;

/**
 * Runs an experiment into its output folder: every cell × replication through a
 * {@link BatchRunner}, each finished replication stored at once, then summaries, paired
 * differences, time series, charts and the manifest.
 *
 * <p>Results are a function of the experiment alone: each replication depends only on its task,
 * and everything is aggregated in cell and replication order, never in completion order. So the
 * files are identical whatever the thread count, and identical after an interruption and
 * {@code --resume}. With a {@link ExperimentFile.Target target}, replications are added in rounds
 * until every target metric's 95% CI half-width is within the relative width in every cell; the
 * decision uses only finished rounds, so it too is independent of threads.
 */
public final class ExperimentRun {

    /** How a run ended. */
    public enum Status {
        /** Every planned replication finished. */
        COMPLETE,
        /** Stopped early (Ctrl-C); finished replications are kept and summarised. */
        INTERRUPTED
    }

    /**
     * The paired difference of a metric between two cells over their common replications
     * (common random numbers: replication r of both used the same substreams).
     *
     * @param summary statistics of (cell − baseline) per replication
     */
    public record Difference(Cell cell, Cell baseline, String metric, MetricSummary summary) {
    }

    /** What a run produced (also all on disk). */
    public record Outcome(Status status, Path dir, Experiment experiment, int replications, List<Integer> replicationsPerCell,
                          List<Map<String, MetricSummary>> summaries, List<Difference> differences, Boolean targetMet,
                          double wallSeconds) {

        public MetricSummary summary(String cellId, String metric) {
            for (Cell c : experiment.cells()) {
                if (c.id().equals(cellId)) {
                    return summaries.get(c.index()).get(metric);
                }
            }
            throw new IllegalArgumentException("no cell " + cellId);
        }
    }

    private final Experiment exp;
    private final Path dir;
    private final BatchRunner runner;
    private final Progress progress;
    private final Cancellation cancel;
    private final boolean resume;
    private boolean charts = true;
    private final ObjectMapper json = org.scmsim.results.io.Tables.jsonMapper();
    /** Per cell, finished replications by number (metrics only; weekly series stay on disk). */
    private final List<TreeMap<Integer, ReplicationRecord>> done = new ArrayList<>();
    /** Per cell, the scenario its new replications run: the cell's, or with calibrated costs pinned on resume. */
    private final List<org.scmsim.model.config.Scenario> runs = new ArrayList<>();
    /** Writing the folder's first files, beside the first replications. */
    private Prologue prologue;

    /** Work done on a thread of its own while the batch starts; {@link #await} rethrows its failure. */
    private static final class Prologue {
        private final Thread thread;
        private volatile IOException failed;
        private volatile boolean awaited;

        Prologue(IoAction action) {
            thread = new Thread(() -> {
                try {
                    action.run();
                } catch (IOException e) {
                    failed = e;
                } catch (RuntimeException e) {
                    failed = new IOException(e.toString(), e);
                }
            }, "scmsim-experiment-folder");
            thread.setDaemon(true);
            thread.start();
        }

        /** Waits for the work (at once if already done); throws its failure, once. */
        void await() throws IOException {
            if (awaited) {
                return;
            }
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the experiment folder", e);
            }
            awaited = true;
            if (failed != null) {
                throw failed;
            }
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    public ExperimentRun(Experiment exp, Path dir, BatchRunner runner, Progress progress, Cancellation cancel, boolean resume) {
        this.exp = exp;
        this.dir = dir;
        this.runner = runner;
        this.progress = progress;
        this.cancel = cancel;
        this.resume = resume;
        for (Cell c : exp.cells()) {
            done.add(new TreeMap<>());
            runs.add(c.scenario());
        }
    }

    /** Whether to draw the PNG charts (on by default; they come from the summaries only). */
    public ExperimentRun charts(boolean draw) {
        this.charts = draw;
        return this;
    }

    public Outcome execute() throws ExperimentException, IOException, BatchRunner.BatchException, InterruptedException {
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        prepare();
        // the folder's resolved scenarios and the "running" manifest are written while the first
        // replications run (on one core the start of a batch was otherwise single-threaded);
        // keep() waits for them before it stores a replication, so a folder never holds results
        // without its manifest
        prologue = new Prologue(() -> {
            writeScenarios();
            manifest(started, t0, "running", null, 0, null);
        });
        int n = exp.replications();
        Status status = Status.COMPLETE;
        Boolean targetMet = null;
        try {
            while (true) {
                List<ReplicationTask> tasks = new ArrayList<>();
                for (Cell c : exp.cells()) {
                    for (int r = 0; r < n; r++) {
                        if (!done.get(c.index()).containsKey(r)) {
                            tasks.add(new ReplicationTask(c.index(), c.id(), r, runs.get(c.index()), exp.warmup(), c.fingerprint()));
                        }
                    }
                }
                int total = exp.cells().size() * n;
                progress.start(total, total - tasks.size());
                runner.run(tasks, new BatchRunner.Sink() {
                    @Override
                    public void finished(ReplicationTask task, ReplicationRecord result) throws Exception {
                        keep(task, result);
                    }

                    @Override
                    public void advanced(ReplicationTask task, double fraction) {
                        progress.advanced(task, fraction);
                    }
                }, cancel);
                prologue.await();
                if (cancel.isCancelled()) {
                    status = Status.INTERRUPTED;
                    break;
                }
                if (exp.target() == null) {
                    break;
                }
                Widest w = widest(n);
                if (w.ratio <= 1) {
                    targetMet = true;
                    break;
                }
                if (n >= exp.maxReplications()) {
                    targetMet = false;
                    progress.note(String.format(Locale.ROOT, "target not reached after %d replications (max): widest relative"
                            + " CI half-width %.4g on %s in %s, target %.4g", n, w.relative, w.metric, w.cell, exp.target().relativeHalfWidth()));
                    break;
                }
                int next = nextReplications(n, w.ratio, exp.maxReplications());
                progress.note(String.format(Locale.ROOT, "after %d replications the widest relative CI half-width is %.4g"
                        + " (%s in %s; target %.4g): running up to %d", n, w.relative, w.metric, w.cell,
                        exp.target().relativeHalfWidth(), next));
                n = next;
            }
        } catch (BatchRunner.BatchException e) {
            progress.end();
            prologue.await();
            manifest(started, t0, "failed", e.getMessage(), n, null);
            throw e;
        }
        progress.end();
        Outcome out = summarise(status, n, targetMet, t0);
        writeOutputs(out, n);
        manifest(started, t0, status == Status.COMPLETE ? "complete" : "interrupted", null, n, targetMet);
        return new Outcome(out.status(), dir, exp, n, out.replicationsPerCell(), out.summaries(), out.differences(), targetMet,
                (System.nanoTime() - t0) / 1e9);
    }

    /** Next round's replications: enough by the current variance estimate, at most doubling, at least one more. */
    static int nextReplications(int n, double ratio, int max) {
        double estimate = Math.ceil(n * ratio * ratio);
        long next = Math.max(n + 1L, Math.min((long) Math.min(estimate, Integer.MAX_VALUE), 2L * n));
        return (int) Math.min(max, next);
    }

    private record Widest(double ratio, double relative, String metric, String cell) {
    }

    private Widest widest(int n) {
        Widest w = new Widest(0, 0, "", "");
        for (Cell c : exp.cells()) {
            for (String m : exp.target().metrics()) {
                double rel = MetricSummary.of(values(c.index(), m, n)).relativeHalfWidth();
                double ratio = rel / exp.target().relativeHalfWidth();
                if (ratio > w.ratio || w.metric.isEmpty()) {
                    w = new Widest(ratio, rel, m, c.id());
                }
            }
        }
        return w;
    }

    // ---- the folder

    private void prepare() throws ExperimentException, IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ExperimentException(dir + " exists and is not a folder");
        }
        Path manifest = dir.resolve(ExperimentFolder.MANIFEST);
        if (resume) {
            if (!Files.isRegularFile(manifest)) {
                throw new ExperimentException("--resume: " + dir + " is not an experiment folder (it has no " + ExperimentFolder.MANIFEST + ")");
            }
            JsonNode m;
            try {
                m = json.readTree(manifest.toFile());
            } catch (IOException e) {
                throw new ExperimentException("--resume: cannot read " + manifest + ": " + e.getMessage());
            }
            if (!exp.fingerprint().equals(m.path("experiment_sha256").asText())) {
                throw new ExperimentException("--resume: " + dir + " holds the results of a different experiment"
                        + " (its cells' scenarios, seed or warm-up differ); choose another --out to start afresh");
            }
            loadFinished();
            pinCalibratedCosts();
        } else if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new ExperimentException(dir + " already exists and is not empty: add --resume to continue the"
                            + " experiment in it, or choose another --out");
                }
            }
        }
    }

    /** The experiment, its base scenario and each cell's scenario, resolved, into the folder. */
    private void writeScenarios() throws IOException {
        AtomicFiles.writeString(dir.resolve(ExperimentFolder.EXPERIMENT), exp.resolvedYaml());
        AtomicFiles.writeString(dir.resolve(ExperimentFolder.BASE_SCENARIO), header("the base scenario of experiment "
                + exp.name() + " (with its experiment-wide settings)") + org.scmsim.scenarios.format.ScenarioFormat.toYaml(exp.base()));
        for (Cell c : exp.cells()) {
            AtomicFiles.writeString(dir.resolve(ExperimentFolder.SCENARIOS).resolve(c.id() + ".yaml"),
                    header("cell " + c.id() + " (" + c.label() + ") of experiment " + exp.name()) + c.scenarioYaml());
        }
    }

    private static String header(String what) {
        return "# Resolved by scmsim " + Version.get() + ": " + what + ", every default expanded.\n"
                + "# Run it again with: scmsim run <this file>\n";
    }

    private void loadFinished() throws IOException {
        for (Cell c : exp.cells()) {
            Path cellDir = dir.resolve(ExperimentFolder.REPLICATIONS_DIR).resolve(c.id());
            if (!Files.isDirectory(cellDir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(cellDir)) {
                files = s.sorted().toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(f);   // a write cut short by the kill
                    continue;
                }
                if (!name.matches("r\\d{5,}\\.json")) {
                    continue;
                }
                try {
                    ReplicationRecord r = ReplicationRecord.fromJson(Files.readAllBytes(f), json);
                    if (r.fingerprint().equals(c.fingerprint()) && r.cellId().equals(c.id()) && r.seed() == exp.seed()
                            && name.equals(String.format("r%05d.json", r.replication()))) {
                        done.get(c.index()).put(r.replication(), slim(r));
                    }
                } catch (IOException | RuntimeException e) {
                    // unreadable: run it again
                }
            }
        }
    }

    /**
     * A cell with {@code scms.costs.source: calibrated} measures its costs once per JVM, so a
     * resumed batch (a new JVM) would measure slightly different ones. Its new replications run
     * instead with the costs its finished replications recorded, so the resumed result is the one
     * the interrupted batch would have given.
     */
    private void pinCalibratedCosts() throws IOException {
        for (Cell c : exp.cells()) {
            if (c.scenario().scms().costs().source() != org.scmsim.model.config.OperationCosts.Source.CALIBRATED
                    || done.get(c.index()).isEmpty()) {
                continue;
            }
            Map<String, Object> recorded = done.get(c.index()).firstEntry().getValue().costs();
            org.scmsim.model.config.OperationCosts costs = json.convertValue(recorded, org.scmsim.model.config.OperationCosts.class);
            String yaml = org.scmsim.scenarios.format.ScenarioFormat.toYaml(c.scenario());
            try {
                org.scmsim.scenarios.format.LocatedTree tree = org.scmsim.scenarios.format.LocatedTree.parse(yaml, c.id());
                com.fasterxml.jackson.databind.node.ObjectNode node = (com.fasterxml.jackson.databind.node.ObjectNode)
                        tree.root().path("scms").path("costs");
                com.fasterxml.jackson.databind.JsonNode given = org.scmsim.scenarios.format.ScenarioFormat.writer().valueToTree(costs);
                node.setAll((com.fasterxml.jackson.databind.node.ObjectNode) given);
                node.put("source", "given");
                runs.set(c.index(), new org.scmsim.scenarios.format.ScenarioLoader().parse(
                        org.scmsim.scenarios.format.ScenarioFormat.writer().writeValueAsString(tree.root()), c.id()));
            } catch (org.scmsim.scenarios.format.ScenarioException e) {
                throw new IOException("cannot pin the calibrated costs of cell " + c.id() + ": " + e.getMessage(), e);
            }
            progress.note("cell " + c.id() + ": calibrated costs pinned to those its finished replications measured");
        }
    }

    /** Called (from the batch's calling thread) as each replication finishes. */
    private void keep(ReplicationTask t, ReplicationRecord r) throws IOException {
        prologue.await();
        AtomicFiles.write(dir.resolve(ExperimentFolder.replicationFile(t.cellId(), t.replication())), r.toJson(json));
        done.get(t.cell()).put(t.replication(), slim(r));
        progress.finished(t, r);
    }

    private static ReplicationRecord slim(ReplicationRecord r) {
        return new ReplicationRecord(r.cell(), r.cellId(), r.replication(), r.seed(), r.fingerprint(), r.metrics(),
                List.of(), List.of(), new double[0][], r.costs(), r.wallSeconds());
    }

    // ---- statistics

    private double[] values(int cell, String metric, int n) {
        return done.get(cell).headMap(n).values().stream().mapToDouble(r -> r.metric(metric)).toArray();
    }

    private Outcome summarise(Status status, int n, Boolean targetMet, long t0) {
        List<String> metrics = metricNames();
        List<Map<String, MetricSummary>> summaries = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Cell c : exp.cells()) {
            Map<String, MetricSummary> m = new LinkedHashMap<>();
            for (String name : metrics) {
                m.put(name, MetricSummary.of(values(c.index(), name, n)));
            }
            summaries.add(m);
            counts.add(done.get(c.index()).headMap(n).size());
        }
        List<Difference> diffs = new ArrayList<>();
        for (Cell[] pair : comparisons()) {
            List<Integer> common = new ArrayList<>(done.get(pair[0].index()).headMap(n).keySet());
            common.retainAll(done.get(pair[1].index()).keySet());
            for (String name : metrics) {
                double[] d = new double[common.size()];
                for (int i = 0; i < d.length; i++) {
                    int r = common.get(i);
                    d[i] = done.get(pair[0].index()).get(r).metric(name) - done.get(pair[1].index()).get(r).metric(name);
                }
                diffs.add(new Difference(pair[0], pair[1], name, MetricSummary.of(d)));
            }
        }
        return new Outcome(status, dir, exp, n, counts, summaries, diffs, targetMet, (System.nanoTime() - t0) / 1e9);
    }

    /** Metric names in the order of the first finished replication, else the catalogue's. */
    private List<String> metricNames() {
        for (TreeMap<Integer, ReplicationRecord> m : done) {
            if (!m.isEmpty()) {
                return new ArrayList<>(m.firstEntry().getValue().metrics().keySet());
            }
        }
        return Metrics.all();
    }

    /**
     * Which cells are compared with which: every arm with the baseline arm at the same sweep point;
     * with a single arm, every sweep point with the first.
     */
    List<Cell[]> comparisons() {
        List<Cell[]> out = new ArrayList<>();
        List<Cell> cells = exp.cells();
        if (exp.arms().size() > 1) {
            for (Cell c : cells) {
                if (c.arm().equals(exp.baseline())) {
                    continue;
                }
                for (Cell b : cells) {
                    if (b.pointIndex() == c.pointIndex() && b.arm().equals(exp.baseline())) {
                        out.add(new Cell[] {c, b});
                    }
                }
            }
        } else {
            for (Cell c : cells) {
                if (c.pointIndex() > 0) {
                    out.add(new Cell[] {c, cells.get(0)});
                }
            }
        }
        return out;
    }

    // ---- output files

    private List<String> cellColumns() {
        List<String> cols = new ArrayList<>(List.of("cell", "arm"));
        cols.addAll(exp.sweepFields());
        return cols;
    }

    private List<String> cellValues(Cell c) {
        List<String> v = new ArrayList<>(List.of(c.id(), c.arm()));
        for (String f : exp.sweepFields()) {
            v.add(c.point().get(f));
        }
        return v;
    }

    private void writeOutputs(Outcome out, int n) throws IOException {
        List<String> metrics = metricNames();
        // replications.csv
        Csv reps = new Csv();
        List<String> head = cellColumns();
        head.addAll(List.of("replication", "seed"));
        head.addAll(metrics);
        reps.row(head);
        for (Cell c : exp.cells()) {
            for (ReplicationRecord r : done.get(c.index()).headMap(n).values()) {
                List<String> row = cellValues(c);
                row.add(Integer.toString(r.replication()));
                row.add(Long.toString(r.seed()));
                for (String m : metrics) {
                    row.add(Csv.num(r.metric(m)));
                }
                reps.row(row);
            }
        }
        AtomicFiles.writeString(dir.resolve(ExperimentFolder.REPLICATIONS), reps.text());
        // summary.csv
        Csv sum = new Csv();
        head = cellColumns();
        head.addAll(List.of("metric", "n", "mean", "sd", "ci95_half_width", "min", "max"));
        sum.row(head);
        for (Cell c : exp.cells()) {
            for (Map.Entry<String, MetricSummary> e : out.summaries().get(c.index()).entrySet()) {
                List<String> row = cellValues(c);
                row.add(e.getKey());
                addSummary(row, e.getValue());
                sum.row(row);
            }
        }
        AtomicFiles.writeString(dir.resolve(ExperimentFolder.SUMMARY_CSV), sum.text());
        // differences.csv
        Csv diff = new Csv();
        head = cellColumns();
        head.addAll(List.of("baseline_cell", "metric", "n", "mean_difference", "sd", "ci95_half_width", "ci95_lower", "ci95_upper"));
        diff.row(head);
        for (Difference d : out.differences()) {
            List<String> row = cellValues(d.cell());
            row.add(d.baseline().id());
            row.add(d.metric());
            MetricSummary s = d.summary();
            row.addAll(List.of(Long.toString(s.n()), Csv.num(s.mean()), Csv.num(s.sd()), Csv.num(s.ci95HalfWidth()),
                    Csv.num(s.lower()), Csv.num(s.upper())));
            diff.row(row);
        }
        AtomicFiles.writeString(dir.resolve(ExperimentFolder.DIFFERENCES), diff.text());
        AtomicFiles.write(dir.resolve(ExperimentFolder.SUMMARY_JSON), json.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(summaryJson(out)));
        Map<Integer, WeeklyStats> weekly = new LinkedHashMap<>();
        AtomicFiles.write(dir.resolve(ExperimentFolder.TIMESERIES), o -> timeSeries(o, n, weekly));
        if (charts) {
            ExperimentCharts.write(dir.resolve(ExperimentFolder.CHARTS), exp, out, weekly);
        }
    }

    private static void addSummary(List<String> row, MetricSummary s) {
        row.addAll(List.of(Long.toString(s.n()), Csv.num(s.mean()), Csv.num(s.sd()), Csv.num(s.ci95HalfWidth()),
                Csv.num(s.min()), Csv.num(s.max())));
    }

    /** Weekly statistics of one cell: [week][column] tallies, for the charts. */
    record WeeklyStats(List<LocalDate> starts, List<String> columns, Tally[][] tallies) {
    }

    /** Streams timeseries.csv cell by cell, reading each replication's weeks back from disk in order. */
    private void timeSeries(OutputStream o, int n, Map<Integer, WeeklyStats> keep) throws IOException {
        Csv csv = new Csv();
        List<String> head = cellColumns();
        head.addAll(List.of("week", "start", "warmup", "column", "n", "mean", "sd", "ci95_half_width", "min", "max"));
        csv.row(head);
        int warm = Metrics.warmupWeeks(exp.warmup());
        for (Cell c : exp.cells()) {
            Tally[][] t = null;
            List<LocalDate> starts = List.of();
            List<String> cols = List.of();
            for (int r : done.get(c.index()).headMap(n).keySet()) {
                ReplicationRecord rec = ReplicationRecord.fromJson(
                        Files.readAllBytes(dir.resolve(ExperimentFolder.replicationFile(c.id(), r))), json);
                if (t == null) {
                    starts = rec.weekStarts();
                    cols = rec.columns();
                    t = new Tally[starts.size()][cols.size()];
                    for (Tally[] row : t) {
                        for (int k = 0; k < row.length; k++) {
                            row[k] = new Tally();
                        }
                    }
                }
                for (int w = 0; w < Math.min(t.length, rec.weeks().length); w++) {
                    for (int k = 0; k < Math.min(t[w].length, rec.weeks()[w].length); k++) {
                        double v = rec.weeks()[w][k];
                        if (!Double.isNaN(v)) {
                            t[w][k].add(v);
                        }
                    }
                }
            }
            if (t == null) {
                continue;
            }
            keep.put(c.index(), new WeeklyStats(starts, cols, t));
            for (int w = 0; w < t.length; w++) {
                for (int k = 0; k < t[w].length; k++) {
                    List<String> row = cellValues(c);
                    row.addAll(List.of(Integer.toString(w), starts.get(w).toString(), Boolean.toString(w < warm), cols.get(k)));
                    Tally x = t[w][k];
                    addSummary(row, new MetricSummary(x.count(), x.mean(), x.stdDev(), x.ci95().halfWidth(), x.min(), x.max()));
                    csv.row(row);
                }
                if (csv.length() > 1 << 20) {
                    o.write(csv.text().getBytes(StandardCharsets.UTF_8));
                    csv.clear();
                }
            }
        }
        o.write(csv.text().getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode summaryJson(Outcome out) {
        ObjectNode root = json.createObjectNode();
        root.put("experiment", exp.name());
        root.put("description", exp.description());
        root.put("status", out.status().name().toLowerCase(Locale.ROOT));
        root.put("seed", exp.seed());
        root.put("replications_planned", out.replications());
        root.put("confidence_level", MetricSummary.LEVEL);
        if (exp.target() != null) {
            ObjectNode t = root.putObject("target");
            t.put("relative_half_width", exp.target().relativeHalfWidth());
            t.put("max_replications", exp.target().maxReplications());
            ArrayNode tm = t.putArray("metrics");
            exp.target().metrics().forEach(tm::add);
            if (out.targetMet() != null) {
                t.put("met", out.targetMet());
            }
        }
        root.put("baseline", exp.baseline());
        ArrayNode cells = root.putArray("cells");
        for (Cell c : exp.cells()) {
            ObjectNode cn = cellNode(cells, c);
            cn.put("replications", out.replicationsPerCell().get(c.index()));
            ObjectNode ms = cn.putObject("metrics");
            out.summaries().get(c.index()).forEach((k, s) -> summaryNode(ms.putObject(k), s));
        }
        ArrayNode diffs = root.putArray("differences");
        for (Difference d : out.differences()) {
            ObjectNode dn = diffs.addObject();
            dn.put("cell", d.cell().id());
            dn.put("baseline_cell", d.baseline().id());
            dn.put("metric", d.metric());
            MetricSummary s = d.summary();
            dn.put("n", s.n());
            putNum(dn, "mean_difference", s.mean());
            putNum(dn, "sd", s.sd());
            putNum(dn, "ci95_half_width", s.ci95HalfWidth());
            putNum(dn, "ci95_lower", s.lower());
            putNum(dn, "ci95_upper", s.upper());
        }
        return root;
    }

    /** A new entry of {@code cells} naming cell {@code c}: its id, arm and point. */
    private static ObjectNode cellNode(ArrayNode cells, Cell c) {
        ObjectNode cn = cells.addObject();
        cn.put("cell", c.id());
        cn.put("arm", c.arm());
        ObjectNode p = cn.putObject("point");
        c.point().forEach(p::put);
        return cn;
    }

    private static void summaryNode(ObjectNode o, MetricSummary s) {
        o.put("n", s.n());
        putNum(o, "mean", s.mean());
        putNum(o, "sd", s.sd());
        putNum(o, "ci95_half_width", s.ci95HalfWidth());
        putNum(o, "min", s.min());
        putNum(o, "max", s.max());
    }

    private static void putNum(ObjectNode o, String k, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(k);
        } else {
            o.put(k, v);
        }
    }

    private void manifest(Instant started, long t0, String status, String error, int n, Boolean targetMet) throws IOException {
        ObjectNode m = json.createObjectNode();
        m.put("scmsim_version", Version.get());
        GitInfo.commit().ifPresentOrElse(c -> m.put("git_commit", c), () -> m.putNull("git_commit"));
        ObjectNode jvm = m.putObject("jvm");
        jvm.put("version", System.getProperty("java.version"));
        jvm.put("vendor", System.getProperty("java.vendor"));
        jvm.put("vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        jvm.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        jvm.put("available_processors", Runtime.getRuntime().availableProcessors());
        jvm.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        m.put("runner", runner.describe());
        m.put("experiment", exp.name());
        m.put("source", exp.source());
        m.put("experiment_sha256", exp.fingerprint());
        m.put("status", status);
        if (error != null) {
            m.put("error", error);
        }
        m.put("started", started.toString());
        m.put("finished", "running".equals(status) ? null : Instant.now().toString());
        m.put("wall_seconds", (System.nanoTime() - t0) / 1e9);
        ObjectNode seeds = m.putObject("random_numbers");
        seeds.put("seed", exp.seed());
        seeds.put("generator", "MRG32k3a (SSJ), one stream per named source seeded from SHA-256(seed, name)");
        seeds.put("replication_r_uses", "substream r of every named stream, in every cell (common random numbers)");
        m.put("replications_planned", n == 0 ? exp.replications() : n);
        if (exp.target() != null && targetMet != null) {
            m.put("target_met", targetMet);
        }
        m.put("warmup", ExperimentLoader.days(exp.warmup()));
        ArrayNode cells = m.putArray("cells");
        for (Cell c : exp.cells()) {
            ObjectNode cn = cellNode(cells, c);
            cn.put("scenario_sha256", c.fingerprint());
            cn.put("replications_finished", done.get(c.index()).size());
            cn.put("fidelity", fidelity(c));
            if (!done.get(c.index()).isEmpty()) {
                cn.set("operation_costs_seconds", json.valueToTree(done.get(c.index()).firstEntry().getValue().costs()));
            }
        }
        AtomicFiles.write(dir.resolve(ExperimentFolder.MANIFEST), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
    }

    /** The cell's crypto fidelity as its scenario sets it, and the operation costs' source. */
    static String fidelity(Cell c) {
        org.scmsim.model.config.Fidelity f = c.scenario().fidelity();
        String mode = f.mode().name().toLowerCase(Locale.ROOT);
        String costs = "costs " + c.scenario().scms().costs().source().name().toLowerCase(Locale.ROOT);
        return switch (f.mode()) {
            case SAMPLED -> mode + " (real crypto for a fraction " + f.sampleFraction() + " of OBUs; " + costs + ")";
            case FULL -> mode + " (every certificate really issued, opened and verified)";
            case MODEL -> mode + " (no cryptography in the loop; " + costs + ")";
        };
    }

    /** Unmodifiable view for tests. */
    List<TreeMap<Integer, ReplicationRecord>> finished() {
        return Collections.unmodifiableList(done);
    }
}
