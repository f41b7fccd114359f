package org.scmsim.scenarios.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scmsim.scenarios.cli.Cli.scmsim;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.results.io.Tables;
import org.scmsim.scenarios.cli.Cli.Outcome;
import org.scmsim.scenarios.cli.ScmsimCommand;

class BenchModelCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsEachFleetSizeAndWritesFigures() throws Exception {
        Path json = dir.resolve("model.json");
        Outcome o = scmsim("bench", "model", "--scenario", "default", "--obus", "100,200", "--days", "7",
                "--json", json.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        JsonNode figs = Tables.jsonMapper().readTree(Files.readAllBytes(json)).get("figures");
        assertThat(figs).hasSize(2);
        assertThat(figs.get(0).get("obus").asInt()).isEqualTo(100);
        assertThat(figs.get(1).get("rsus").asInt()).isEqualTo(4);
        assertThat(figs.get(1).get("events").asLong()).isGreaterThan(figs.get(0).get("events").asLong());
        assertThat(figs.get(0).get("relative_to_smallest").asDouble()).isEqualTo(1.0);
        assertThat(figs.get(1).get("peak_heap_bytes").asLong()).isPositive();
        assertThat(o.out()).contains("us/OBU-day");
    }

    @Test
    void badSizesAreBadInput() {
        Outcome o = scmsim("bench", "model", "--obus", "3", "--json", dir.resolve("x.json").toString());
        assertThat(o.exit()).isEqualTo(ScmsimCommand.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("--obus 3");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }
}
