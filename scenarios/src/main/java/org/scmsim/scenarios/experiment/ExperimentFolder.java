package org.scmsim.scenarios.experiment;

/**
 * The files of an experiment's output folder. Every file is written atomically (temporary name,
 * then rename), so a crash or kill never leaves half of one.
 */
public final class ExperimentFolder {

    /** The experiment with every default, re-runnable from the folder. */
    public static final String EXPERIMENT = "experiment.resolved.yaml";
    /** The base scenario with the experiment-wide settings. */
    public static final String BASE_SCENARIO = "scenario.resolved.yaml";
    /** One resolved scenario per cell: {@code scenarios/<cell>.yaml}. */
    public static final String SCENARIOS = "scenarios";
    /** Version, git commit, JVM, seeds, fidelity, runner, wall time, status. */
    public static final String MANIFEST = "manifest.json";
    /** One JSON file per finished replication: {@code replications/<cell>/r00000.json}; what --resume reads. */
    public static final String REPLICATIONS_DIR = "replications";
    /** Every metric of every replication, one row per replication. */
    public static final String REPLICATIONS = "replications.csv";
    /** Mean, sd, 95% CI half-width, min, max per cell and metric. */
    public static final String SUMMARY_CSV = "summary.csv";
    public static final String SUMMARY_JSON = "summary.json";
    /** Paired differences (common random numbers) between each arm and the baseline, with CIs. */
    public static final String DIFFERENCES = "differences.csv";
    /** Weekly columns over replications, per cell and week. */
    public static final String TIMESERIES = "timeseries.csv";
    /** Charts: {@code charts/sweep-<metric>.png}, {@code charts/weekly-<column>.png}. */
    public static final String CHARTS = "charts";

    private ExperimentFolder() {
    }

    static String replicationFile(String cellId, int replication) {
        return REPLICATIONS_DIR + "/" + cellId + "/" + String.format("r%05d.json", replication);
    }
}
