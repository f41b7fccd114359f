package org.scmsim.ui.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.scmsim.results.chart.ShadedPeriod;

/**
 * The disruptions of a scenario as periods on the calendar, read from the scenario's tree: under
 * {@code disruptions}, every list of events, each with a start ({@code start}, {@code at} or
 * {@code from}) and a length ({@code duration} or {@code delay}; a day when it has none). Read from
 * the tree rather than the records, so new kinds of disruption appear without UI changes. Empty
 * when the scenario has no disruptions.
 */
public final class DisruptionPeriods {

    /** One disruption: its kind (the list it is in), its name and its days [from, to). */
    public record Period(String kind, String name, LocalDate from, LocalDate to) {
    }

    private DisruptionPeriods() {
    }

    public static List<Period> of(JsonNode scenario) {
        List<Period> out = new ArrayList<>();
        JsonNode d = scenario == null ? null : scenario.get("disruptions");
        if (d == null || d.isNull()) {
            return out;
        }
        if (d.isArray()) {
            add(out, "disruption", d);
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isArray()) {
                    add(out, e.getKey(), e.getValue());
                }
            }
        }
        return out;
    }

    /** The periods as the report's chart shading. */
    public static List<ShadedPeriod> shaded(JsonNode scenario) {
        return of(scenario).stream().map(p -> new ShadedPeriod(p.from(), p.to(), p.name())).toList();
    }

    private static void add(List<Period> out, String kind, JsonNode list) {
        for (JsonNode item : list) {
            LocalDate from = date(item, "start", "at", "from");
            if (from == null) {
                continue;
            }
            Duration length = duration(item, "duration", "delay");
            long days = length == null ? 1 : Math.max(1, (length.getSeconds() + 86_399) / 86_400);
            String name = item.path("name").asText("");
            out.add(new Period(kind, name.isEmpty() ? kind : name, from, from.plusDays(days)));
        }
    }

    private static LocalDate date(JsonNode item, String... keys) {
        for (String k : keys) {
            if (item.hasNonNull(k)) {
                try {
                    return LocalDate.parse(item.get(k).asText());
                } catch (DateTimeParseException e) {
                    return null;   // being edited: the field shows the problem
                }
            }
        }
        return null;
    }

    private static Duration duration(JsonNode item, String... keys) {
        for (String k : keys) {
            if (item.hasNonNull(k)) {
                try {
                    return Duration.parse(item.get(k).asText());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
