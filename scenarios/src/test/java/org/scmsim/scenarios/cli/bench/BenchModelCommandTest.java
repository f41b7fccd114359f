package org.scmsim.scenarios.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.results.io.Tables;
import org.scmsim.scenarios.cli.ScmsimCommand;
import picocli.CommandLine;

class BenchModelCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = ScmsimCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void runsEachFleetSizeAndWritesFigures() throws Exception {
        Path json = dir.resolve("model.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "bench", "model", "--scenario", "default", "--obus", "100,200", "--days", "7",
                "--json", json.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode figs = Tables.jsonMapper().readTree(Files.readAllBytes(json)).get("figures");
        assertThat(figs).hasSize(2);
        assertThat(figs.get(0).get("obus").asInt()).isEqualTo(100);
        assertThat(figs.get(1).get("rsus").asInt()).isEqualTo(4);
        assertThat(figs.get(1).get("events").asLong()).isGreaterThan(figs.get(0).get("events").asLong());
        assertThat(figs.get(0).get("relative_to_smallest").asDouble()).isEqualTo(1.0);
        assertThat(figs.get(1).get("peak_heap_bytes").asLong()).isPositive();
        assertThat(out.toString()).contains("us/OBU-day");
    }

    @Test
    void badSizesAreBadInput() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "bench", "model", "--obus", "3", "--json", dir.resolve("x.json").toString()))
                .isEqualTo(ScmsimCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--obus 3");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }
}
