package org.scmsim.scenarios.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one replication of one cell produced: its metrics and its weekly time series. Stored as
 * one JSON file per replication as soon as it finishes (atomically), which is what lets an
 * interrupted batch keep its finished replications and {@code --resume} skip them. Numbers are
 * written so that reading them back gives the same doubles bit for bit (NaN as null).
 *
 * @param metrics     metric → value, in {@link Metrics#all()} order
 * @param columns     weekly column names
 * @param weekStarts  first day of each week
 * @param weeks       [week][column] values
 * @param costs       the operation costs the run used (as given, or as calibrated), by name
 * @param wallSeconds time the replication took (not part of any result)
 */
public record ReplicationRecord(int cell, String cellId, int replication, long seed, String fingerprint,
                                Map<String, Double> metrics, List<String> columns, List<LocalDate> weekStarts,
                                double[][] weeks, Map<String, Object> costs, double wallSeconds) {

    public ReplicationRecord {
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        columns = List.copyOf(columns);
        weekStarts = List.copyOf(weekStarts);
        costs = costs == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(costs));
    }

    public double metric(String name) {
        Double v = metrics.get(name);
        return v == null ? Double.NaN : v;
    }

    /** The record as JSON bytes (what --resume reads back, and what a remote backend can send home). */
    public byte[] toJson(ObjectMapper json) throws IOException {
        ObjectNode o = json.createObjectNode();
        o.put("cell", cellId);
        o.put("cell_index", cell);
        o.put("replication", replication);
        o.put("seed", seed);
        o.put("substream", replication);
        o.put("scenario_sha256", fingerprint);
        o.put("wall_seconds", wallSeconds);
        o.set("costs", json.valueToTree(costs));
        ObjectNode m = o.putObject("metrics");
        metrics.forEach((k, v) -> put(m, k, v));
        ArrayNode cols = o.putArray("columns");
        columns.forEach(cols::add);
        ArrayNode starts = o.putArray("week_starts");
        weekStarts.forEach(d -> starts.add(d.toString()));
        ArrayNode rows = o.putArray("weeks");
        for (double[] row : weeks) {
            ArrayNode r = rows.addArray();
            for (double v : row) {
                if (Double.isNaN(v)) {
                    r.addNull();
                } else {
                    r.add(v);
                }
            }
        }
        return json.writeValueAsBytes(o);
    }

    public static ReplicationRecord fromJson(byte[] bytes, ObjectMapper json) throws IOException {
        JsonNode o = json.readTree(bytes);
        Map<String, Double> metrics = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = o.required("metrics").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            metrics.put(e.getKey(), number(e.getValue()));
        }
        List<String> columns = new ArrayList<>();
        o.required("columns").forEach(c -> columns.add(c.asText()));
        List<LocalDate> starts = new ArrayList<>();
        o.required("week_starts").forEach(d -> starts.add(LocalDate.parse(d.asText())));
        JsonNode rows = o.required("weeks");
        double[][] weeks = new double[rows.size()][];
        for (int w = 0; w < weeks.length; w++) {
            JsonNode r = rows.get(w);
            weeks[w] = new double[r.size()];
            for (int k = 0; k < r.size(); k++) {
                weeks[w][k] = number(r.get(k));
            }
        }
        return new ReplicationRecord(o.required("cell_index").asInt(), o.required("cell").asText(),
                o.required("replication").asInt(), o.required("seed").asLong(), o.required("scenario_sha256").asText(),
                metrics, columns, starts, weeks, costsOf(o.path("costs"), json), o.path("wall_seconds").asDouble(0));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> costsOf(JsonNode n, ObjectMapper json) {
        return n.isObject() ? json.convertValue(n, LinkedHashMap.class) : Map.of();
    }

    private static void put(ObjectNode o, String k, Double v) {
        if (v == null || v.isNaN()) {
            o.putNull(k);
        } else {
            o.put(k, v.doubleValue());
        }
    }

    private static double number(JsonNode n) {
        return n == null || n.isNull() ? Double.NaN : n.isTextual() ? Double.parseDouble(n.asText()) : n.doubleValue();
    }
}
