package org.scmsim.results;

import java.io.IOException;
import java.nio.file.Path;
import org.scmsim.model.config.OperationCosts;
import org.scmsim.model.run.ComponentWeek;
import org.scmsim.model.run.DayRow;
import org.scmsim.model.run.RunResult;
import org.scmsim.model.run.WeekRow;
import org.scmsim.results.chart.ChartFiles;
import org.scmsim.results.chart.DemandChart;
import org.scmsim.results.io.AtomicFiles;
import org.scmsim.results.io.Tables;

/**
 * The files of one run: {@code scenario.resolved.yaml}, {@code weekly.csv}, {@code daily.csv},
 * {@code components.csv} (each SCMS component by week), {@code summary.json} and {@code demand.png}. Each is written to a temporary name and renamed, so a crash never
 * {@code cost.csv} and {@code disruptions.csv} when the scenario prices the SCMS or disrupts the run;
 * {@code crl.csv} and {@code revocations.csv} when it simulates misbehaviour.
 * leaves a half file; the data files are byte-identical for the same scenario and seed.
 */
public final class RunFolder {

    public static final String RESOLVED = "scenario.resolved.yaml";
    public static final String WEEKLY = "weekly.csv";
    public static final String DAILY = "daily.csv";
    public static final String COMPONENTS = "components.csv";
    public static final String SUMMARY = "summary.json";
    public static final String DEMAND_CHART = "demand.png";
    public static final String COST = "cost.csv";
    public static final String DISRUPTIONS = "disruptions.csv";
    public static final String CRL = "crl.csv";
    public static final String REVOCATIONS = "revocations.csv";

    private final Path dir;

    public RunFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Writes all six files. {@code resolvedScenarioYaml} is the scenario with every default. */
    public void write(String resolvedScenarioYaml, RunResult result) throws IOException {
        AtomicFiles.writeString(dir.resolve(RESOLVED), resolvedScenarioYaml);
        AtomicFiles.write(dir.resolve(WEEKLY), Tables.csv(WeekRow.class, result.weeks()));
        AtomicFiles.write(dir.resolve(DAILY), Tables.csv(DayRow.class, result.days()));
        AtomicFiles.write(dir.resolve(COMPONENTS), Tables.csv(ComponentWeek.class, result.components()));
        AtomicFiles.write(dir.resolve(SUMMARY), Tables.json(new Summary(result.scenario(), result.seed(),
                result.replication(), result.summary(), result.costs())));
        // issue 6: cost under the pricing models and the disruptions' impact, when the scenario has them
        if (!result.planning().cost().isEmpty()) {
            AtomicFiles.write(dir.resolve(COST), Tables.csv(org.scmsim.model.cost.CostLine.class, result.planning().cost()));
        }
        if (!result.planning().disruptions().isEmpty()) {
            AtomicFiles.write(dir.resolve(DISRUPTIONS), Tables.csv(org.scmsim.model.disruption.DisruptionImpact.class,
                    result.planning().disruptions()));
        }
        if (!result.planning().crls().isEmpty()) {
            AtomicFiles.write(dir.resolve(CRL), Tables.csv(org.scmsim.model.misbehavior.CrlIssue.class, result.planning().crls()));
        }
        if (!result.planning().revocations().isEmpty()) {
            AtomicFiles.write(dir.resolve(REVOCATIONS), Tables.csv(org.scmsim.model.misbehavior.RevocationRow.class,
                    result.planning().revocations()));
        }
        ChartFiles.png(DemandChart.create(result.scenario() + ": certificate demand and backlog", result.weeks()),
                dir.resolve(DEMAND_CHART), 1200, 600);
    }

    /** What summary.json holds: the totals and the operation costs the run used (given or calibrated). */
    public record Summary(String scenario, long seed, int replication, org.scmsim.model.run.RunSummary totals,
                          OperationCosts costs) {
    }
}
