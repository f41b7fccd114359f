package org.scmsim.scenarios.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scmsim.model.config.InvalidFieldException;

/**
 * An experiment file as written: a base scenario, the arms compared (each a named set of field
 * overrides), an optional sweep, and how many replications. Bound from YAML with every problem
 * located; {@link ExperimentLoader} turns it into runnable {@link Experiment.Cell cells}.
 *
 * @param name         identifier, used in output folder names (default: the file's name)
 * @param description  one line for humans
 * @param scenario     base scenario: a file (relative to the experiment file) or a shipped name
 * @param seed         master seed for every cell (default: the base scenario's)
 * @param replications replications per cell, or the first round when {@code target} is set
 * @param warmup       leading period whose weeks are left out of the weekly steady-state metrics
 * @param horizon      simulated duration of every cell (default: the base scenario's)
 * @param set          overrides applied to every cell, {@code field: value}
 * @param arms         the alternatives compared; none means a single arm {@code base}
 * @param baseline     the arm the others are compared with (default: the first)
 * @param sweep        fields varied over values, for every arm
 * @param target       optional: add replications until a relative CI half-width is reached
 * @param metrics      metrics printed and charted (default: all run totals)
 */
public record ExperimentFile(String name, String description, String scenario, Long seed, Integer replications,
                             Duration warmup, Duration horizon, Map<String, JsonNode> set, List<Arm> arms,
                             String baseline, Sweep sweep, Target target, List<String> metrics) {

    /** Names of arms and experiments: safe in file names. */
    static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    public ExperimentFile {
        if (name != null && !name.matches(NAME_PATTERN)) {
            throw new InvalidFieldException("name", "must be letters, digits, '.', '_' or '-', was '" + name + "'");
        }
        description = description == null ? "" : description;
        if (scenario == null || scenario.isBlank()) {
            throw new InvalidFieldException("scenario", "is required: the base scenario's file or shipped name");
        }
        replications = replications == null ? 5 : replications;
        if (replications < 1 || replications > 1_000_000) {
            throw new InvalidFieldException("replications", "must be between 1 and 1000000, was " + replications);
        }
        warmup = warmup == null ? Duration.ZERO : warmup;
        if (warmup.isNegative()) {
            throw new InvalidFieldException("warmup", "must not be negative, was " + warmup);
        }
        if (horizon != null && (horizon.isNegative() || horizon.isZero())) {
            throw new InvalidFieldException("horizon", "must be a positive duration, was " + horizon);
        }
        set = set == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set));
        arms = arms == null || arms.isEmpty() ? List.of(new Arm(Arm.BASE, "the base scenario", null)) : List.copyOf(arms);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    /** The arm the others are compared with. */
    public String baselineArm() {
        return baseline != null ? baseline : arms.get(0).name();
    }

    /**
     * One alternative: a name and the fields it changes.
     *
     * @param set overrides, {@code field: value} (dotted paths, list elements by index)
     */
    public record Arm(String name, String description, Map<String, JsonNode> set) {

        static final String BASE = "base";

        public Arm {
            if (name == null) {
                throw new InvalidFieldException("name", "is required");
            }
            if (!name.matches(NAME_PATTERN)) {
                throw new InvalidFieldException("name", "must be letters, digits, '.', '_' or '-', was '" + name + "'");
            }
            description = description == null ? "" : description;
            set = set == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set));
        }
    }

    /**
     * Fields varied over lists of values.
     *
     * @param mode   {@code cartesian}: every combination; {@code list}: the i-th values together
     * @param fields field → values, in the order the points are enumerated
     */
    public record Sweep(Mode mode, Map<String, List<JsonNode>> fields) {

        public enum Mode {
            /** Every combination of the fields' values; the last field varies fastest. */
            CARTESIAN,
            /** Point i takes the i-th value of every field; all lists have the same length. */
            LIST
        }

        public Sweep {
            mode = mode == null ? Mode.CARTESIAN : mode;
            if (fields == null || fields.isEmpty()) {
                throw new InvalidFieldException("fields", "must name at least one field and its values");
            }
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /**
     * Sequential replications: after each round, stop when every listed metric's 95% CI half-width
     * is at most {@code relativeHalfWidth} × |mean| in every cell, else add replications.
     *
     * @param metrics           metrics that must reach the precision
     * @param relativeHalfWidth e.g. 0.05 for ±5% of the mean
     * @param maxReplications   stop here even if the precision is not reached
     */
    public record Target(List<String> metrics, Double relativeHalfWidth, Integer maxReplications) {

        public Target {
            if (metrics == null || metrics.isEmpty()) {
                throw new InvalidFieldException("metrics", "must name at least one metric");
            }
            metrics = List.copyOf(metrics);
            if (relativeHalfWidth == null) {
                throw new InvalidFieldException("relativeHalfWidth", "is required, e.g. 0.05 for ±5% of the mean");
            }
            if (!(relativeHalfWidth > 0) || relativeHalfWidth >= 10) {
                throw new InvalidFieldException("relativeHalfWidth", "must be > 0 and < 10, was " + relativeHalfWidth);
            }
            maxReplications = maxReplications == null ? 1000 : maxReplications;
            if (maxReplications < 2 || maxReplications > 1_000_000) {
                throw new InvalidFieldException("maxReplications", "must be between 2 and 1000000, was " + maxReplications);
            }
        }
    }
}
