package org.scmsim.cluster.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.scenarios.experiment.BatchRunner;
import org.scmsim.scenarios.experiment.Cancellation;
import org.scmsim.scenarios.experiment.Experiment;
import org.scmsim.scenarios.experiment.ExperimentLoader;
import org.scmsim.scenarios.experiment.ExperimentRun;
import org.scmsim.scenarios.experiment.Progress;
import org.scmsim.scenarios.experiment.ThreadPoolRunner;

/** The Spark runner against the thread pool: same experiment, same files, byte for byte (but wall times). */
class SparkRunnerTest {

    @TempDir
    static Path dir;

    static Path experiment() throws IOException {
        Path scenario = dir.resolve("tiny.yaml");
        Files.writeString(scenario, """
                extends: default
                name: tiny
                description: a small fleet for a few weeks
                seed: 11
                horizon: P28D
                deployment:
                  arrivals: stratified
                  years:
                    - { year: 2027, obus: 120, rsus: 6 }
                """);
        Path exp = dir.resolve("exp.yaml");
        Files.writeString(exp, """
                name: tiny-spark
                scenario: tiny.yaml
                replications: 3
                arms:
                  - name: base
                  - name: fewer
                    set:
                      policy.pseudonym.perWeek: 10
                metrics: [certificates_issued, mean_response_seconds]
                """);
        return exp;
    }

    private static ExperimentRun.Outcome run(Path out, BatchRunner runner) throws Exception {
        Experiment e = new ExperimentLoader().load(experiment().toString());
        return new ExperimentRun(e, out, runner, Progress.NONE, new Cancellation(), false).execute();
    }

    /** Every file of a folder, with the volatile parts (wall times, runner name, timestamps) taken out. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = folder.relativize(p).toString();
                if (name.equals("manifest.json") || name.endsWith(".png") || name.endsWith(".svg")) {
                    continue;
                }
                String text = Files.readString(p).replaceAll("\"wall_seconds\"\\s*:\\s*[0-9.Ee+-]+", "\"wall_seconds\":0");
                out.put(name, text);
            }
        }
        return out;
    }

    @Test
    void sparkLocalGivesExactlyTheThreadPoolsResults() throws Exception {
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        ExperimentRun.Outcome a = run(local, new ThreadPoolRunner(2));
        ExperimentRun.Outcome b = run(spark, new SparkRunner("local[2]", Map.of(), 2));
        assertThat(a.status()).isEqualTo(ExperimentRun.Status.COMPLETE);
        assertThat(b.status()).isEqualTo(ExperimentRun.Status.COMPLETE);
        Map<String, String> x = contents(local);
        Map<String, String> y = contents(spark);
        assertThat(x.keySet()).contains("summary.csv").anyMatch(n -> n.startsWith("replications"));
        assertThat(y).isEqualTo(x);
        assertThat(Files.readString(spark.resolve("manifest.json"))).contains("spark(local[2,4])");
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndTheResultIsUnchanged() throws Exception {
        Path local = dir.resolve("local-2");
        Path spark = dir.resolve("spark-retried");
        run(local, new ThreadPoolRunner(1));
        Experiment e = new ExperimentLoader().load(experiment().toString());
        String victim = e.cells().get(1).id() + "/1";
        ExperimentRun.Outcome b = run(spark, new SparkRunner("local[2]", Map.of(SparkRunner.FAIL_ONCE, victim), 2));
        assertThat(b.status()).isEqualTo(ExperimentRun.Status.COMPLETE);
        assertThat(contents(spark)).isEqualTo(contents(local));
    }

    @Test
    void localMastersGetRetriesOthersAreLeftAlone() {
        assertThat(SparkRunner.withRetries("local")).isEqualTo("local[1,4]");
        assertThat(SparkRunner.withRetries("local[2]")).isEqualTo("local[2,4]");
        assertThat(SparkRunner.withRetries("local[*]")).isEqualTo("local[*,4]");
        assertThat(SparkRunner.withRetries("local[3,2]")).isEqualTo("local[3,2]");
        assertThat(SparkRunner.withRetries("spark://h:7077")).isEqualTo("spark://h:7077");
        assertThat(SparkRunner.withRetries("yarn")).isEqualTo("yarn");
    }

    @Test
    void sparkMainImpliesTheSparkRunnerForBatchesOnly() {
        assertThat(SparkMain.withSparkRunner(new String[] {"experiment", "x.yaml"}))
                .containsExactly("experiment", "--runner=spark", "x.yaml");
        assertThat(SparkMain.withSparkRunner(new String[] {"sweep", "s", "--runner", "threads"}))
                .containsExactly("sweep", "s", "--runner", "threads");
        assertThat(SparkMain.withSparkRunner(new String[] {"run"})).containsExactly("run");
    }

    @AfterAll
    static void stopSpark() {
        org.apache.spark.SparkContext.getOrCreate().stop();
    }
}
