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

class BenchEngineCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsATableAndWritesTheFiguresAsJson() throws Exception {
        Path json = dir.resolve("engine.json");
        Outcome o = scmsim("bench", "engine", "--pending", "100,1000", "--events", "20000", "--rounds", "2",
                "--json", json.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("scmsim 4-ary heap", "SSJ SplayTree", "SSJ Henriksen", "at 1,000 pending events");
        JsonNode doc = Tables.jsonMapper().readTree(Files.readAllBytes(json));
        assertThat(doc.get("figures")).hasSize(6);
        assertThat(doc.get("figures").get(0).get("median_events_per_second").asDouble()).isPositive();
        assertThat(doc.get("machine").get("available_processors").asInt()).isPositive();
        assertThat(doc.get("ratio_scmsim_to_fastest_peer").size()).isEqualTo(2);
    }

    @Test
    void aJsonFileThatCannotBeWrittenIsBadInputBeforeTheBenchmarkRuns() throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        Outcome under = scmsim("bench", "engine", "--quick", "--json", file.resolve("engine.json").toString());
        assertThat(under.exit()).isEqualTo(ScmsimCommand.EXIT_BAD_INPUT);
        assertThat(under.err().strip()).startsWith("error: --json " + file.resolve("engine.json") + ": cannot write there:")
                .contains(file + " exists and is not a folder");
        assertThat(under.out()).doesNotContain("4-ary heap");
        Outcome folder = scmsim("bench", "engine", "--quick", "--json", dir.toString());
        assertThat(folder.exit()).isEqualTo(ScmsimCommand.EXIT_BAD_INPUT);
        assertThat(folder.err()).contains("is a folder, expected a file name");
    }

    @Test
    void badSizesAreBadInputNotAStackTrace() {
        Outcome o = scmsim("bench", "engine", "--pending", "0", "--json", dir.resolve("x.json").toString());
        assertThat(o.exit()).isEqualTo(ScmsimCommand.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("--pending 0").doesNotContain("Exception");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void ratioIsOursOverTheFastestPeer() {
        var f = java.util.List.of(
                new org.scmsim.model.bench.EngineBenchmark.Figure("scmsim 4-ary heap", 10, 1, 1, 600, 600, 600),
                new org.scmsim.model.bench.EngineBenchmark.Figure("SSJ SplayTree", 10, 1, 1, 100, 100, 100),
                new org.scmsim.model.bench.EngineBenchmark.Figure("SSJ Henriksen", 10, 1, 1, 200, 200, 200));
        assertThat(BenchEngineCommand.ratios(f)).containsEntry(10, 3.0);
    }
}
