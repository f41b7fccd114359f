package org.scmsim.results.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a results folder holds, read back from its files: the resolved scenario (as a tree, with
 * every field), time series, the run's figures, and for an experiment its arms.
 *
 * @param kind         a single run or an experiment
 * @param folder       where it was read from
 * @param scenario     the resolved scenario, every field present (the base scenario of an experiment)
 * @param scenarioFile the file the scenario was read from, for source lines
 * @param weeklyFile   where the weekly series came from, for source lines
 * @param weekly       one row per week (for an experiment: the mean over replications)
 * @param daily        one row per day, when the run wrote it
 * @param metrics      run figures by snake_case name
 * @param arms         an experiment's arms by name, in order (empty for a single run)
 * @param extras       further CSVs by file name (e.g. {@code cost.csv}, {@code disruptions.csv})
 * @param replicationWeekly for an experiment, each replication's own weekly series of the shown
 *                     cell (for intervals of sums over weeks); empty for a single run
 */
public record ResultData(Kind kind, Path folder, JsonNode scenario, String scenarioFile, String weeklyFile, TimeTable weekly,
                         Optional<TimeTable> daily, Map<String, Estimate> metrics, Map<String, Arm> arms,
                         Map<String, Rows> extras, List<TimeTable> replicationWeekly) {

    /** A run folder or an experiment folder. */
    public enum Kind { RUN, EXPERIMENT }

    /**
     * One arm of an experiment.
     *
     * @param name    the arm's (or, in a sweep, the cell's) name
     * @param changes what the arm changes from the base scenario (field = value), for captions
     * @param metrics figures with confidence intervals over the replications
     * @param weekly  mean time series, if written; columns {@code <m>}, {@code <m>_lo}, {@code <m>_hi} when intervals were
     * @param sweep   the swept field and its value for this arm, if the arm is a sweep point
     */
    public record Arm(String name, List<String> changes, Map<String, Estimate> metrics, Optional<TimeTable> weekly,
                      Optional<SweepPoint> sweep) {
    }

    /**
     * A cell's position in a sweep.
     *
     * @param field  the swept scenario field
     * @param value  its value in this cell
     * @param series the arm the cell belongs to (one line per arm in a sweep chart)
     */
    public record SweepPoint(String field, double value, String series) {
    }

    /** Without replication series (a single run, or an experiment whose replications are not at hand). */
    public ResultData(Kind kind, Path folder, JsonNode scenario, String scenarioFile, String weeklyFile, TimeTable weekly,
                      Optional<TimeTable> daily, Map<String, Estimate> metrics, Map<String, Arm> arms, Map<String, Rows> extras) {
        this(kind, folder, scenario, scenarioFile, weeklyFile, weekly, daily, metrics, arms, extras, List.of());
    }

    public ResultData {
        replicationWeekly = List.copyOf(replicationWeekly);
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        arms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arms));
        extras = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    public Optional<Estimate> metric(String name) {
        return Optional.ofNullable(metrics.get(name));
    }

    /** The first of the named metrics that was recorded. */
    public Optional<Estimate> metric(String... names) {
        for (String n : names) {
            if (metrics.containsKey(n)) {
                return Optional.of(metrics.get(n));
            }
        }
        return Optional.empty();
    }

    /** Replications behind the figures (1 for a single run). */
    public int replications() {
        return metrics.values().stream().mapToInt(Estimate::n).max().orElse(1);
    }

    /** The finest time series available: daily if written, else weekly. */
    public TimeTable finest() {
        return daily.orElse(weekly);
    }

    /** A scenario field by dotted path ({@code policy.pseudonym.perWeek}); missing node if absent. */
    public JsonNode field(String dottedPath) {
        JsonNode n = scenario;
        for (String part : dottedPath.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : n;
    }

    public String scenarioName() {
        return scenario.path("name").asText("scenario");
    }
}
