package org.scmsim.results.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scmsim.results.chart.ShadedPeriod;
import org.scmsim.results.data.ResultData;
import org.scmsim.results.data.TimeTable;

/** What every section of the procurement report needs: the data and what is derived once from it. */
final class ReportContext {

    final ResultData data;
    final List<Disruption> disruptions;

    /** One disruption of the scenario, its fields as written and its period when it has one. */
    record Disruption(String name, Map<String, String> fields, Optional<ShadedPeriod> period) {
    }

    ReportContext(ResultData data) {
        this.data = data;
        this.disruptions = disruptions(data);
    }

    TimeTable weekly() {
        return data.weekly();
    }

    String scenarioName() {
        return data.scenarioName();
    }

    boolean experiment() {
        return data.kind() == ResultData.Kind.EXPERIMENT;
    }

    List<ShadedPeriod> shaded() {
        return disruptions.stream().flatMap(d -> d.period().stream()).toList();
    }

    /** "scenario field a.b" for source lines. */
    static String field(String path) {
        return "scenario field " + path;
    }

    /** Where time series came from: a single run's file, or the mean over an experiment's replications. */
    String seriesSource(String file) {
        return experiment() ? file + " (mean over " + data.replications() + " replications)" : file;
    }

    /** Where the weekly series came from. */
    String weeklySource() {
        return seriesSource(data.weeklyFile());
    }

    /** Leaves of a scenario subtree as dotted paths and text values, in file order. */
    static Map<String, String> leaves(String prefix, JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        collect(prefix, node, out);
        return out;
    }

    private static void collect(String path, JsonNode n, Map<String, String> out) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return;
        }
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (n.isArray()) {
            boolean scalars = true;
            for (JsonNode c : n) {
                scalars &= c.isValueNode();
            }
            if (scalars) {
                List<String> vs = new ArrayList<>();
                n.forEach(c -> vs.add(c.asText()));
                out.put(path, String.join(", ", vs));
            } else {
                for (int i = 0; i < n.size(); i++) {
                    collect(path + "[" + i + "]", n.get(i), out);
                }
            }
        } else {
            out.put(path, n.asText());
        }
    }

    /**
     * The scenario's disruptions: a list, or an object of lists by kind (outages, backhaulOutages,
     * caExposures, deploymentDelays…). A disruption's period comes from its fields (start, at or
     * from; end, or duration or delay), else from disruptions.csv (start_seconds, end_seconds).
     */
    private static List<Disruption> disruptions(ResultData data) {
        JsonNode ds = data.scenario().path("disruptions");
        List<JsonNode> all = new ArrayList<>();
        if (ds.isArray()) {
            ds.forEach(all::add);
        } else if (ds.isObject()) {
            boolean lists = false;
            Iterator<Map.Entry<String, JsonNode>> it = ds.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isArray()) {
                    lists = true;
                    for (JsonNode d : e.getValue()) {
                        com.fasterxml.jackson.databind.node.ObjectNode o = d.deepCopy();
                        if (!o.has("kind")) {
                            o.put("kind", e.getKey());
                        }
                        all.add(o);
                    }
                }
            }
            if (!lists && ds.size() > 0) {
                all.add(ds);
            }
        }
        Map<String, double[]> simulated = new LinkedHashMap<>();
        org.scmsim.results.data.Rows impact = data.extras().get("disruptions.csv");
        if (impact != null) {
            for (Map<String, String> r : impact.rows()) {
                var from = org.scmsim.results.data.Rows.number(r, "start_seconds");
                var to = org.scmsim.results.data.Rows.number(r, "end_seconds");
                if (from.isPresent()) {
                    simulated.put(r.getOrDefault("name", ""), new double[] {from.getAsDouble(), to.orElse(from.getAsDouble())});
                }
            }
        }
        List<Disruption> out = new ArrayList<>();
        LocalDate start = startOf(data);
        int i = 0;
        for (JsonNode d : all) {
            String name = firstText(d, "name", "id", "kind", "type").orElse("disruption " + (i + 1));
            Optional<LocalDate> from = firstText(d, "start", "from", "at").flatMap(s -> when(s, start));
            Optional<LocalDate> to = firstText(d, "end", "to", "until").flatMap(s -> when(s, start));
            if (to.isEmpty() && from.isPresent()) {
                LocalDate f0 = from.get();
                to = firstText(d, "duration", "for", "delay").flatMap(s -> after(f0, s));
            }
            double[] sim = simulated.get(name);
            if (sim != null) {
                from = Optional.of(start.plusDays((long) Math.floor(sim[0] / 86400)));
                to = Optional.of(start.plusDays((long) Math.ceil(Math.max(sim[1], sim[0] + 1) / 86400)));
            }
            LocalDate f = from.orElse(null);
            Optional<ShadedPeriod> p = f != null
                    ? Optional.of(new ShadedPeriod(f, to.filter(t -> t.isAfter(f)).orElse(f.plusDays(1)), name))
                    : Optional.empty();
            out.add(new Disruption(name, leaves("", d), p));
            i++;
        }
        return out;
    }

    static LocalDate startOf(ResultData data) {
        try {
            return LocalDate.parse(data.scenario().path("start").asText());
        } catch (DateTimeParseException e) {
            return data.weekly().dates().get(0);
        }
    }

    private static Optional<String> firstText(JsonNode n, String... names) {
        for (String k : names) {
            if (n.hasNonNull(k) && n.get(k).isValueNode()) {
                return Optional.of(n.get(k).asText());
            }
        }
        return Optional.empty();
    }

    /** A date, a date-time, or an ISO duration from the run's start. */
    static Optional<LocalDate> when(String s, LocalDate start) {
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return Optional.of(LocalDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException e) {
            // next form
        }
        return after(start, s);
    }

    private static Optional<LocalDate> after(LocalDate from, String iso) {
        try {
            Duration d = Duration.parse(iso);
            return Optional.of(from.plusDays((long) Math.ceil(d.toSeconds() / 86400.0)));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(from.plus(java.time.Period.parse(iso)));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }
}
