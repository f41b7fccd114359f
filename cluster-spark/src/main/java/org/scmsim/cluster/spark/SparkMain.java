package org.scmsim.cluster.spark;

import java.util.ArrayList;
import java.util.List;
import org.scmsim.scenarios.cli.ScmsimCommand;

/**
 * The main class of the spark-submit jar: the {@code scmsim} command line, with {@code --runner
 * spark} implied for {@code experiment} and {@code sweep} (the master comes from spark-submit):
 * <pre>spark-submit --class org.scmsim.cluster.spark.SparkMain --master spark://host:7077 \
 *     scmsim-spark.jar experiment my-experiment.yaml --out results/</pre>
 */
public final class SparkMain {

    private SparkMain() {
    }

    public static void main(String[] args) {
        System.exit(ScmsimCommand.commandLine().execute(withSparkRunner(args)));
    }

    static String[] withSparkRunner(String[] args) {
        List<String> a = new ArrayList<>(List.of(args));
        boolean batch = !a.isEmpty() && (a.get(0).equals("experiment") || a.get(0).equals("sweep"));
        boolean chosen = a.stream().anyMatch(s -> s.equals("--runner") || s.startsWith("--runner="));
        if (batch && !chosen) {
            a.add(1, "--runner=spark");
        }
        return a.toArray(String[]::new);
    }
}
