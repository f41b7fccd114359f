package org.scmsim.scenarios.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scmsim.model.config.Scenario;

/**
 * A validated experiment, ready to run: its cells (sweep points × arms), each with its fully
 * resolved scenario. Every cell runs with the same seed, so replication r of every cell uses
 * substream r of every named stream: common random numbers across arms and sweep points, and
 * independent substreams across replications.
 *
 * @param name           identifier for output folders
 * @param description    one line for humans
 * @param source         where it was read from (a file, a shipped name, or the command line)
 * @param base           the base scenario with the experiment-wide settings (seed, horizon, set)
 * @param cells          what runs, in order: sweep points outer, arms inner
 * @param replications   replications per cell (first round when {@code target} is set)
 * @param warmup         weeks starting before start + warmup are left out of weekly means
 * @param target         sequential-replication rule, or null
 * @param baseline       the arm the others are compared with
 * @param arms           the arm names, in order
 * @param sweepFields    the swept fields, in order (empty without a sweep)
 * @param metrics        metrics to print and chart (never empty)
 * @param metricsChosen  whether the experiment named them (else: every run total)
 * @param resolvedYaml   the experiment as YAML, every default filled, re-runnable from its folder
 */
public record Experiment(String name, String description, String source, Scenario base, List<Cell> cells,
                         int replications, Duration warmup, ExperimentFile.Target target, String baseline,
                         List<String> arms, List<String> sweepFields, List<String> metrics, boolean metricsChosen,
                         String resolvedYaml) {

    public Experiment {
        cells = List.copyOf(cells);
        arms = List.copyOf(arms);
        sweepFields = List.copyOf(sweepFields);
        metrics = List.copyOf(metrics);
    }

    /** Replications no cell goes beyond. */
    public int maxReplications() {
        return target == null ? replications : Math.max(replications, target.maxReplications());
    }

    /** The master seed every cell uses. */
    public long seed() {
        return base.seed();
    }

    /** Identifies what is simulated: equal for two experiments whose cells run the same scenarios. */
    public String fingerprint() {
        StringBuilder b = new StringBuilder("warmup=" + warmup + "\n");
        for (Cell c : cells) {
            b.append(c.id()).append('=').append(c.fingerprint()).append('\n');
        }
        return sha256(b.toString());
    }

    /**
     * One arm at one sweep point.
     *
     * @param index        position in {@link Experiment#cells()}
     * @param id           file-safe identifier: the arm, prefixed by the point ({@code p02-fast})
     * @param arm          the arm's name
     * @param point        swept field → value at this point (YAML text), in sweep order
     * @param pointIndex   index of the sweep point (0 without a sweep)
     * @param scenario     the resolved scenario this cell runs
     * @param scenarioYaml that scenario as YAML, every field present
     */
    public record Cell(int index, String id, String arm, Map<String, String> point, int pointIndex,
                       Scenario scenario, String scenarioYaml) {

        public Cell {
            point = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(point));
        }

        /** SHA-256 of the resolved scenario: replication files carry it so --resume reuses only matching ones. */
        public String fingerprint() {
            return sha256(scenarioYaml);
        }

        /** "arm" or "arm @ field=value, field=value" for tables. */
        public String label() {
            if (point.isEmpty()) {
                return arm;
            }
            java.util.StringJoiner j = new java.util.StringJoiner(", ", arm + " @ ", "");
            point.forEach((f, v) -> j.add(f + "=" + v));
            return j.toString();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
