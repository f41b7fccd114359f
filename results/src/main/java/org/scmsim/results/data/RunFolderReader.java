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
    /** Optional tables a run may write, read when present. */
    public static final List<String> EXTRAS = List.of("cost.csv", "disruptions.csv", "revocations.csv", "crl.csv");

    private RunFolderReader() {
    }

    /** True when the folder looks like a run folder (has its summary and weekly series). */
    public static boolean isRunFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(SUMMARY)) && Files.isRegularFile(dir.resolve(WEEKLY));
    }

    public static ResultData read(Path dir, JsonNode scenario, String scenarioFile) throws MalformedResultsException {
        Map<String, Estimate> metrics = summaryMetrics(dir.resolve(SUMMARY));
        TimeTable weekly = Columns.derive(TimeTable.read(require(dir.resolve(WEEKLY))));
        if (weekly.isEmpty()) {
            throw new MalformedResultsException(dir.resolve(WEEKLY), "has no rows (a run writes one per simulated week)");
        }
        Optional<TimeTable> daily = Files.isRegularFile(dir.resolve(DAILY))
                ? Optional.of(Columns.derive(TimeTable.read(dir.resolve(DAILY)))) : Optional.empty();
        return new ResultData(ResultData.Kind.RUN, dir, scenario, scenarioFile, WEEKLY, weekly, daily, metrics, Map.of(), extras(dir));
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
