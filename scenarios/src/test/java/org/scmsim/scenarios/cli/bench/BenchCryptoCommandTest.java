package org.scmsim.scenarios.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.scenarios.cli.ScmsimCommand;
import picocli.CommandLine;

/** {@code scmsim bench crypto} runs every stage and writes its JSON; bad options are one clear line. */
class BenchCryptoCommandTest {

    @TempDir
    Path tmp;

    private static String[] run(String... args) {
        CommandLine cl = ScmsimCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void tinyRunPrintsEveryStageAndWritesJson() throws Exception {
        Path json = tmp.resolve("b.json");
        String[] r = run("bench", "crypto", "--backend", "conscrypt", "--threads", "2", "--certificates", "20", "--out", json.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("RA expansion (original butterfly)").contains("PCA issue implicit").contains("device open")
                .contains("CRL check");
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("backend").asText()).isEqualTo("conscrypt");
        assertThat(root.get("threads").asInt()).isEqualTo(2);
        assertThat(root.get("stages")).hasSize(6);
        assertThat(root.get("machine").get("available_processors").asInt()).isPositive();
        assertThat(root.get("stages").get(2).get("stage").asText()).isEqualTo("pca_issue_implicit");
        assertThat(root.get("stages").get(2).get("operations").asLong()).isEqualTo(40);
        // HotSpot counts each thread's allocation: a certificate allocates at least its own bytes
        assertThat(root.get("stages").get(2).get("allocated_bytes_per_operation").asLong()).isGreaterThan(100);
        assertThat(r[1]).contains("KB/cert");
    }

    @Test
    void badOptionsAreRefusedWithExitTwo() {
        String[] backend = run("bench", "crypto", "--backend", "openssl", "--out", tmp.resolve("x.json").toString());
        assertThat(backend[0]).isEqualTo("2");
        assertThat(backend[2]).contains("--backend openssl: unknown backend (available: bc, conscrypt)");
        String[] threads = run("bench", "crypto", "--threads", "0", "--out", tmp.resolve("x.json").toString());
        assertThat(threads[0]).isEqualTo("2");
        assertThat(threads[2]).contains("--threads 0");
    }
}
