package org.scmsim.results.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a run folder ({@code scmsim run --out DIR}) back: {@code summary.json} (the run's figures,
 * one replication), {@code weekly.csv}, and {@code daily.csv} and the extra tables when present.
 * The resolved scenario is given by the caller, who reads and checks {@code scenario.resolved.yaml}.
 */
public final class RunFolderReader {

    public static final String SUMMARY = "summary.json";
    public static final String WEEKLY = "weekly.csv";
    public static final String DAILY = "daily.csv";
    /** Each SCMS component by week (long format: week, start, component, measures). */
    public static final String COMPONENTS = "components.csv";
    /** Optional tables a run may write, read when present. */
    public static final List<String> EXTRAS = List.of("cost.csv", "disruptions.csv", "revocations.csv", "crl.csv",
            "differences.csv");

    private RunFolderReader() {
    }

    /** True when the folder looks like a run folder (has its summary and weekly series). */
    public static boolean isRunFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(SUMMARY)) && Files.isRegularFile(dir.resolve(WEEKLY));
    }

    public static ResultData read(Path dir, JsonNode scenario, String scenarioFile) throws MalformedResultsException {
        Map<String, Estimate> metrics = summaryMetrics(dir.resolve(SUMMARY));
        TimeTable weekly = TimeTable.read(require(dir.resolve(WEEKLY)));
        if (Files.isRegularFile(dir.resolve(COMPONENTS))) {
            addComponents(weekly, Rows.read(dir.resolve(COMPONENTS)));
        }
        Columns.derive(weekly);
        if (weekly.isEmpty()) {
            throw new MalformedResultsException(dir.resolve(WEEKLY), "has no rows (a run writes one per simulated week)");
        }
        Optional<TimeTable> daily = Files.isRegularFile(dir.resolve(DAILY))
                ? Optional.of(Columns.derive(TimeTable.read(dir.resolve(DAILY)))) : Optional.empty();
        return new ResultData(ResultData.Kind.RUN, dir, scenario, scenarioFile, WEEKLY, weekly, daily, metrics, Map.of(), extras(dir));
    }

    /** components.csv measure to the weekly column name it becomes, {@code <component>_<suffix>}. */
    private static final Map<String, String> COMPONENT_MEASURES = Map.of(
            "utilisation", "utilisation", "jobs_started", "requests", "mean_wait_seconds", "wait_seconds",
            "jobs_waiting", "jobs_waiting", "backlog_certificates", "backlog", "down_hours", "down_hours",
            "refused", "refused", "servers", "servers");

    /** Pivots components.csv (one row per week and component) into weekly columns {@code <component>_<measure>}. */
    static void addComponents(TimeTable weekly, Rows rows) throws MalformedResultsException {
        if (!rows.has("component") || !rows.has("start")) {
            throw new MalformedResultsException(rows.source(), "has no 'component' or 'start' column");
        }
        Map<String, Map<java.time.LocalDate, Double>> cols = new LinkedHashMap<>();
        int line = 1;
        for (Map<String, String> r : rows.rows()) {
            line++;
            java.time.LocalDate d;
            try {
                d = java.time.LocalDate.parse(r.get("start").trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new MalformedResultsException(rows.source(), "line " + line + ": '" + r.get("start") + "' is not a date");
            }
            String c = r.get("component").trim().toLowerCase(java.util.Locale.ROOT);
            for (Map.Entry<String, String> m : COMPONENT_MEASURES.entrySet()) {
                java.util.OptionalDouble v = Rows.number(r, m.getKey());
                if (rows.has(m.getKey())) {
                    cols.computeIfAbsent(c + "_" + m.getValue(), k -> new LinkedHashMap<>()).put(d, v.isPresent() ? v.getAsDouble() : Double.NaN);
                }
            }
        }
        cols.forEach((name, byDate) -> {
            String measure = name.substring(name.indexOf('_') + 1);
            String original = COMPONENT_MEASURES.entrySet().stream().filter(e -> e.getValue().equals(measure))
                    .map(Map.Entry::getKey).findFirst().orElse(measure);
            weekly.addAligned(name, byDate, "components.csv " + original + " of " + name.substring(0, name.indexOf('_')));
        });
    }

    /** The optional extra tables present in a folder. */
    public static Map<String, Rows> extras(Path dir) throws MalformedResultsException {
        Map<String, Rows> out = new LinkedHashMap<>();
        for (String name : EXTRAS) {
            if (Files.isRegularFile(dir.resolve(name))) {
                out.put(name, Rows.read(dir.resolve(name)));
            }
        }
        return out;
    }

    /** Numeric fields of summary.json's {@code totals} (or of the whole file), as one-replication estimates. */
    static Map<String, Estimate> summaryMetrics(Path file) throws MalformedResultsException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(require(file).toFile());
        } catch (IOException e) {
            throw new MalformedResultsException(file, "is not valid JSON: " + firstLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedResultsException(file, "does not hold a JSON object");
        }
        JsonNode totals = root.has("totals") ? root.get("totals") : root;
        Map<String, Estimate> out = new LinkedHashMap<>();
        flatten("", totals, out);
        out.remove("seed");
        out.remove("replication");
        if (out.isEmpty()) {
            throw new MalformedResultsException(file, "has no numeric figures");
        }
        return out;
    }

    private static void flatten(String prefix, JsonNode n, Map<String, Estimate> out) {
        if (n.isNumber()) {
            out.put(prefix, Estimate.single(prefix, n.asDouble()));
        } else if (n.isTextual() && (n.asText().equals("NaN") || n.asText().endsWith("Infinity"))) {
            out.put(prefix, Estimate.single(prefix, Double.parseDouble(n.asText())));
        } else if (n.isObject()) {
            n.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "_" + e.getKey(), e.getValue(), out));
        }
    }

    static Path require(Path file) throws MalformedResultsException {
        if (!Files.isRegularFile(file)) {
            throw new MalformedResultsException(file, "is missing");
        }
        return file;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
