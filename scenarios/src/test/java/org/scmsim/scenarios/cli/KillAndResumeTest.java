package org.scmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scmsim.scenarios.cli.Cli.scmsim;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.scenarios.cli.Cli.Outcome;

/**
 * The real thing: {@code scmsim experiment} in its own JVM, stopped by SIGTERM (what Ctrl-C's
 * shutdown path shares) and killed by SIGKILL, then resumed.
 */
class KillAndResumeTest {

    @TempDir
    Path dir;

    private Path experiment(int replications) throws Exception {
        Files.writeString(dir.resolve("tiny.yaml"), """
                name: tiny
                seed: 3
                horizon: P21D
                deployment:
                  years:
                    - { year: 2027, obus: 1000, rsus: 10 }
                  installers: 4
                  installsPerDay: 100
                """);
        Path p = dir.resolve("exp.yaml");
        Files.writeString(p, "name: kill\nscenario: tiny.yaml\nreplications: " + replications + "\n");
        return p;
    }

    private Process start(Path exp, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ScmsimCommand.class.getName(),
                "experiment", exp.toString(), "--out", out.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve(out.getFileName() + ".log").toFile()).start();
    }

    private static long finished(Path out) throws Exception {
        Path reps = out.resolve("replications/base");
        if (!Files.isDirectory(reps)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(reps)) {
            return s.filter(f -> f.getFileName().toString().matches("r\\d+\\.json")).count();
        }
    }

    private static void awaitFinished(Path out, int n, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (finished(out) < n) {
            assertThat(p.isAlive()).as("the batch ended before it could be stopped").isTrue();
            assertThat(System.nanoTime()).as("no replication finished in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void sigkillMidBatchThenResumeGivesTheSameSummaryAsAnUninterruptedRun() throws Exception {
        Path out = dir.resolve("killed");
        Process p = start(experiment(400), out);
        awaitFinished(out, 3, p);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long kept = finished(out);
        assertThat(kept).isBetween(3L, 399L);
        assertThat(out.resolve("manifest.json")).content().contains("\"status\" : \"running\"");
        assertThat(out.resolve("summary.csv")).doesNotExist();

        int total = (int) kept + 2;
        Path exp = experiment(total);
        Outcome resumed = scmsim("experiment", exp.toString(), "--out", out.toString(), "--resume", "--threads", "2");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains(kept + " of " + total + " replications already finished, skipped");
        Outcome fresh = scmsim("experiment", exp.toString(), "--out", dir.resolve("fresh").toString(), "--threads", "2");
        assertThat(fresh.exit()).as(fresh.err()).isZero();
        for (String f : new String[] {"summary.csv", "replications.csv", "timeseries.csv", "differences.csv"}) {
            assertThat(Files.readString(out.resolve(f))).as(f).isEqualTo(Files.readString(dir.resolve("fresh").resolve(f)));
        }
    }

    @Test
    void sigtermStopsCleanlyKeepingAndSummarisingFinishedReplications() throws Exception {
        Path out = dir.resolve("stopped");
        Process p = start(experiment(400), out);
        awaitFinished(out, 2, p);
        p.destroy();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("stopped.log"));
        assertThat(log).contains("Interrupted: kept").contains("--resume").doesNotContain("Exception");
        assertThat(out.resolve("manifest.json")).content().contains("\"status\" : \"interrupted\"");
        long kept = finished(out);
        assertThat(Files.readAllLines(out.resolve("replications.csv"))).hasSize(1 + (int) kept);
        assertThat(out.resolve("summary.csv")).isNotEmptyFile();
        try (Stream<Path> s = Files.walk(out)) {
            assertThat(s.filter(f -> f.getFileName().toString().endsWith(".tmp")).map(Path::toString)).isEmpty();
        }
        assertThat(new File(out.toFile(), "summary.json")).exists();
    }
}
