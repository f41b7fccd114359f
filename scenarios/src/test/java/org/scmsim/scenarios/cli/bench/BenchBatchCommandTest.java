package org.scmsim.scenarios.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scmsim.scenarios.cli.Cli.scmsim;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.results.io.Tables;
import org.scmsim.scenarios.cli.Cli.Outcome;
import org.scmsim.scenarios.cli.ScmsimCommand;

class BenchBatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsOneAndTwoThreadBatchesInFreshJvmsAndWritesFigures() throws Exception {
        Path json = dir.resolve("batch.json");
        Outcome o = scmsim("bench", "batch", "--scenario", "default", "--replications", "3", "--rounds", "1",
                "--days", "7", "--json", json.toString());
        assertThat(o.exit()).as(o.err() + o.out()).isZero();
        JsonNode doc = Tables.jsonMapper().readTree(Files.readAllBytes(json));
        JsonNode runs = doc.get("runs");
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).get("threads").asInt()).isEqualTo(1);
        assertThat(runs.get(1).get("threads").asInt()).isEqualTo(2);
        for (JsonNode r : runs) {
            assertThat(r.get("replication_wall_seconds")).hasSize(3);
            assertThat(r.get("cpu_seconds").asDouble()).isPositive();
            assertThat(r.get("wall_seconds").asDouble()).isGreaterThan(r.get("jvm_uptime_seconds").asDouble() * 0.5);
        }
        assertThat(doc.get("speed_up_1_to_2_threads").asDouble())
                .isEqualTo(runs.get(0).get("wall_seconds").asDouble() / runs.get(1).get("wall_seconds").asDouble());
        assertThat(doc.get("horizon_days").asDouble()).isEqualTo(7.0);
        assertThat(o.out()).contains("Speed-up from 1 to 2 threads");
    }

    @Test
    void badReplicationCountIsBadInput() {
        Outcome o = scmsim("bench", "batch", "--replications", "0", "--json", dir.resolve("x.json").toString());
        assertThat(o.exit()).isEqualTo(ScmsimCommand.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("--replications 0");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void childJvmsDoNotRepeatAgentsRecordingsOrArchiveDumps() {
        assertThat(BenchBatchCommand.jvmOptions(List.of("-Xmx2g", "-agentlib:jdwp=transport=dt_socket",
                "-javaagent:/x/jacoco.jar", "-XX:StartFlightRecording=filename=a.jfr", "-XX:ArchiveClassesAtExit=a.jsa",
                "-XX:+UseParallelGC"))).containsExactly("-Xmx2g", "-XX:+UseParallelGC");
    }
}
