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

class BenchFullFidelityCommandTest {

    @TempDir
    Path dir;

    @Test
    void measuresCertificatesBsmsAndAWholeRunAndWritesFigures() throws Exception {
        Path json = dir.resolve("fullfid.json");
        Outcome o = scmsim("bench", "fullfid", "--obus", "3", "--weeks", "1", "--rotations", "5", "--backend", "bc",
                "--threads", "2", "--json", json.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        JsonNode doc = Tables.jsonMapper().readTree(Files.readAllBytes(json));
        JsonNode figs = doc.get("figures");
        assertThat(figs).hasSize(3);
        assertThat(figs.get(0).get("measurement").asText()).isEqualTo("certificates");
        assertThat(figs.get(0).get("certificates").asLong()).isEqualTo(3 * 20);
        assertThat(figs.get(1).get("bsms").asLong()).isEqualTo(3 * 5);
        assertThat(figs.get(2).get("measurement").asText()).isEqualTo("model run");
        assertThat(figs.get(2).get("certificates").asLong()).isPositive();
        assertThat(figs.get(0).get("backend").asText()).isEqualTo("bc");
        assertThat(figs.get(0).get("threads").asInt()).isEqualTo(2);
        assertThat(doc.get("machine").get("available_processors").asInt()).isPositive();
        assertThat(o.out()).contains("certs/s").contains("BSMs/s");
    }

    @Test
    void anUnknownBackendIsBadInput() {
        Outcome o = scmsim("bench", "fullfid", "--backend", "boringssl", "--json", dir.resolve("x.json").toString());
        assertThat(o.exit()).isEqualTo(ScmsimCommand.EXIT_BAD_INPUT);
        assertThat(o.err()).contains("--backend boringssl");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }
}
