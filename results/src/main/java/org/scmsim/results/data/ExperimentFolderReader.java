package org.scmsim.results.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Reads an experiment folder ({@code scmsim experiment FILE --out DIR}) back:
 * {@code summary.json} (per cell: arm, sweep point, replications, and each metric's n, mean, sd,
 * 95% CI half-width, min, max) and {@code timeseries.csv} (per cell, week and column the same
 * statistics over replications). The report's main sections show one cell (the baseline's first,
 * unless named) with its means and confidence intervals; every cell becomes an arm of the
 * comparison.
 */
public final class ExperimentFolderReader {

    public static final String MANIFEST = "manifest.json";
    public static final String SUMMARY = "summary.json";
    public static final String TIMESERIES = "timeseries.csv";
    /** One resolved scenario per cell: {@code scenarios/<cell>.yaml}. */
    public static final String SCENARIOS = "scenarios";

    private ExperimentFolderReader() {
    }

    public static boolean isExperimentFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST)) && Files.isRegularFile(dir.resolve(SUMMARY));
    }

    /** The cells in the experiment's order: id, arm and sweep point. */
    public record Cell(String id, String arm, Map<String, String> point) {
    }

    /** The cells of the folder's summary.json, and the one the report describes in full. */
    public record Layout(List<Cell> cells, Cell shown) {
    }

    /** The cells and the one to show: {@code cell} if given, else the baseline arm's first cell. */
    public static Layout layout(Path dir, String cell) throws MalformedResultsException {
        JsonNode root = summary(dir);
        List<Cell> cells = cells(dir.resolve(SUMMARY), root);
        String baseline = root.path("baseline").asText("");
        Cell shown = null;
        for (Cell c : cells) {
            if (cell != null ? c.id().equals(cell) : c.arm().equals(baseline)) {
                shown = c;
                break;
            }
        }
        if (shown == null && cell != null) {
            throw new MalformedResultsException(dir.resolve(SUMMARY), "has no cell '" + cell + "' (cells: "
                    + String.join(", ", cells.stream().map(Cell::id).toList()) + ")");
        }
        return new Layout(cells, shown != null ? shown : cells.get(0));
    }

    /**
     * Reads the folder; {@code scenario} is the shown cell's resolved scenario (from
     * {@code scenarios/<cell>.yaml}), read and checked by the caller.
     */
    public static ResultData read(Path dir, Layout layout, JsonNode scenario, String scenarioFile) throws MalformedResultsException {
        Path summaryFile = dir.resolve(SUMMARY);
        JsonNode root = summary(dir);
        Map<String, TimeTable> series = Files.isRegularFile(dir.resolve(TIMESERIES))
                ? timeSeries(dir.resolve(TIMESERIES)) : Map.of();
        List<String> sweepFields = new ArrayList<>();
        for (Cell c : layout.cells()) {
            c.point().keySet().forEach(k -> {
                if (!sweepFields.contains(k)) {
                    sweepFields.add(k);
                }
            });
        }
        Map<String, ResultData.Arm> arms = new LinkedHashMap<>();
        Map<String, Estimate> shownMetrics = Map.of();
        for (JsonNode cn : root.path("cells")) {
            String id = cn.path("cell").asText();
            Cell c = layout.cells().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            Map<String, Estimate> m = metrics(summaryFile, id, cn.path("metrics"));
            List<String> changes = new ArrayList<>();
            changes.add("arm " + c.arm());
            c.point().forEach((k, v) -> changes.add(k + " = " + v));
            Optional<ResultData.SweepPoint> sweep = Optional.empty();
            if (sweepFields.size() == 1 && c.point().containsKey(sweepFields.get(0))) {
                try {
                    sweep = Optional.of(new ResultData.SweepPoint(sweepFields.get(0),
                            Double.parseDouble(c.point().get(sweepFields.get(0))), c.arm()));
                } catch (NumberFormatException e) {
                    sweep = Optional.empty();
                }
            }
            arms.put(id, new ResultData.Arm(id, changes, m, Optional.ofNullable(series.get(id)), sweep));
            if (id.equals(layout.shown().id())) {
                shownMetrics = m;
            }
        }
        TimeTable weekly = series.get(layout.shown().id());
        if (weekly == null) {
            throw new MalformedResultsException(dir.resolve(TIMESERIES), series.isEmpty() ? "is missing"
                    : "has no rows for cell '" + layout.shown().id() + "'");
        }
        Columns.derive(weekly);
        return new ResultData(ResultData.Kind.EXPERIMENT, dir, scenario, scenarioFile,
                TIMESERIES + ", cell " + layout.shown().id(), weekly, Optional.empty(), shownMetrics, arms,
                RunFolderReader.extras(dir), replications(dir.resolve(REPLICATIONS).resolve(layout.shown().id())));
    }

    /** Per-replication files: {@code replications/<cell>/r00000.json}, each with its weekly series. */
    public static final String REPLICATIONS = "replications";

    /**
     * Each replication's weekly series ({@code columns}, {@code week_starts}, {@code weeks}) in
     * replication order; empty when the folder has none.
     */
    static List<TimeTable> replications(Path cellDir) throws MalformedResultsException {
        if (!Files.isDirectory(cellDir)) {
            return List.of();
        }
        List<Path> files;
        try (var list = Files.list(cellDir)) {
            files = list.filter(f -> f.getFileName().toString().matches("r\\d+\\.json")).sorted().toList();
        } catch (IOException e) {
            throw new MalformedResultsException(cellDir, "cannot list: " + e.getMessage(), e);
        }
        ObjectMapper m = new ObjectMapper();
        List<TimeTable> out = new ArrayList<>();
        for (Path f : files) {
            try {
                JsonNode o = m.readTree(f.toFile());
                List<String> cols = new ArrayList<>();
                o.path("columns").forEach(c -> cols.add(c.asText()));
                List<LocalDate> dates = new ArrayList<>();
                for (JsonNode d : o.path("week_starts")) {
                    dates.add(LocalDate.parse(d.asText()));
                }
                JsonNode weeks = o.path("weeks");
                if (cols.isEmpty() || dates.size() != weeks.size()) {
                    throw new MalformedResultsException(f, "expected columns, week_starts and one row of weeks per week start");
                }
                Map<String, double[]> values = new LinkedHashMap<>();
                for (int k = 0; k < cols.size(); k++) {
                    double[] v = new double[dates.size()];
                    for (int w = 0; w < v.length; w++) {
                        JsonNode x = weeks.get(w).get(k);
                        v[w] = x == null || !x.isNumber() ? Double.NaN : x.asDouble();
                    }
                    values.put(cols.get(k), v);
                }
                out.add(Columns.derive(TimeTable.of(dates, values)));
            } catch (IOException | DateTimeParseException e) {
                throw new MalformedResultsException(f, "cannot read a replication: " + RunFolderReader.firstLine(e.getMessage()), e);
            }
        }
        return out;
    }

    private static JsonNode summary(Path dir) throws MalformedResultsException {
        Path f = RunFolderReader.require(dir.resolve(SUMMARY));
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(f.toFile());
        } catch (IOException e) {
            throw new MalformedResultsException(f, "is not valid JSON: " + RunFolderReader.firstLine(e.getMessage()), e);
        }
        if (root == null || !root.path("cells").isArray() || root.path("cells").isEmpty()) {
            throw new MalformedResultsException(f, "has no 'cells' (an experiment summary lists its cells with their metrics)");
        }
        return root;
    }

    private static List<Cell> cells(Path file, JsonNode root) throws MalformedResultsException {
        List<Cell> out = new ArrayList<>();
        int i = 0;
        for (JsonNode c : root.path("cells")) {
            if (!c.hasNonNull("cell")) {
                throw new MalformedResultsException(file, "cells[" + i + "] has no 'cell' id");
            }
            Map<String, String> point = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = c.path("point").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                point.put(e.getKey(), e.getValue().asText());
            }
            out.add(new Cell(c.path("cell").asText(), c.path("arm").asText(c.path("cell").asText()), point));
            i++;
        }
        return out;
    }

    private static Map<String, Estimate> metrics(Path file, String cell, JsonNode ms) throws MalformedResultsException {
        Map<String, Estimate> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = ms.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode s = e.getValue();
            if (!s.isObject() || !s.has("mean")) {
                throw new MalformedResultsException(file, "cell " + cell + ", metric " + e.getKey() + ": expected n, mean, sd, ci95_half_width, min, max");
            }
            out.put(e.getKey(), new Estimate(e.getKey(), s.path("n").asInt(0), num(s, "mean"), num(s, "sd"),
                    num(s, "ci95_half_width"), num(s, "min"), num(s, "max")));
        }
        return out;
    }

    private static double num(JsonNode s, String k) {
        JsonNode v = s.get(k);
        return v == null || v.isNull() || !v.isNumber() ? Double.NaN : v.asDouble();
    }

    /**
     * timeseries.csv (long: cell, week, start, column, n, mean, ..., ci95_half_width) as one table
     * per cell: column {@code c} the mean, {@code c_lo}/{@code c_hi} the 95% CI bounds.
     */
    static Map<String, TimeTable> timeSeries(Path csv) throws MalformedResultsException {
        Rows rows = Rows.read(csv);
        for (String need : List.of("cell", "start", "column", "mean")) {
            if (!rows.has(need)) {
                throw new MalformedResultsException(csv, "has no '" + need + "' column (header: " + String.join(",", rows.header()) + ")");
            }
        }
        // cell -> date -> column -> {mean, half}
        Map<String, TreeMap<LocalDate, Map<String, double[]>>> byCell = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        int line = 1;
        for (Map<String, String> r : rows.rows()) {
            line++;
            LocalDate d;
            try {
                d = LocalDate.parse(r.get("start").trim());
            } catch (DateTimeParseException e) {
                throw new MalformedResultsException(csv, "line " + line + ": '" + r.get("start") + "' is not a date (YYYY-MM-DD)");
            }
            String col = r.get("column");
            if (!columns.contains(col)) {
                columns.add(col);
            }
            OptionalDouble mean = Rows.number(r, "mean");
            OptionalDouble half = Rows.number(r, "ci95_half_width");
            byCell.computeIfAbsent(r.get("cell"), k -> new TreeMap<>()).computeIfAbsent(d, k -> new LinkedHashMap<>())
                    .put(col, new double[] {mean.orElse(Double.NaN), half.orElse(Double.NaN)});
        }
        Map<String, TimeTable> out = new LinkedHashMap<>();
        byCell.forEach((cell, byDate) -> {
            List<LocalDate> dates = new ArrayList<>(byDate.keySet());
            Map<String, double[]> cols = new LinkedHashMap<>();
            for (String col : columns) {
                double[] mean = new double[dates.size()];
                double[] lo = new double[dates.size()];
                double[] hi = new double[dates.size()];
                boolean anyHalf = false;
                for (int i = 0; i < dates.size(); i++) {
                    double[] v = byDate.get(dates.get(i)).getOrDefault(col, new double[] {Double.NaN, Double.NaN});
                    mean[i] = v[0];
                    anyHalf |= !Double.isNaN(v[1]);
                    double h = Double.isNaN(v[1]) ? 0 : v[1];
                    lo[i] = v[0] - h;
                    hi[i] = v[0] + h;
                }
                cols.put(col, mean);
                if (anyHalf) {
                    cols.put(col + "_lo", lo);
                    cols.put(col + "_hi", hi);
                }
            }
            out.put(cell, TimeTable.of(dates, cols));
        });
        return out;
    }
}
