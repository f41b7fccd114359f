package org.scmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scmsim.scenarios.cli.Cli.scmsim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.scenarios.cli.Cli.Outcome;

class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void runWritesTheFourFilesAndASummary() throws Exception {
        Path out = dir.resolve("run");
        Outcome o = scmsim("run", "--out", out.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(out.resolve("scenario.resolved.yaml")).isNotEmptyFile();
        assertThat(out.resolve("weekly.csv")).isNotEmptyFile();
        assertThat(out.resolve("summary.json")).isNotEmptyFile();
        assertThat(out.resolve("daily.csv")).isNotEmptyFile();
        assertThat(out.resolve("components.csv")).isNotEmptyFile();
        assertThat(out.resolve("demand.png")).isNotEmptyFile();
        assertThat(Files.readAllBytes(out.resolve("demand.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readAllLines(out.resolve("weekly.csv"))).hasSize(1 + 105)
                .first().asString().startsWith("week,start,days,obus_active");
        assertThat(o.out()).contains("Pseudonym certificates requested").contains("Results:");
        try (var files = Files.list(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void sameSeedGivesIdenticalFilesAndAnotherSeedDiffers() throws Exception {
        scmsim("run", "--out", dir.resolve("a").toString(), "--seed", "11");
        scmsim("run", "--out", dir.resolve("b").toString(), "--seed", "11");
        scmsim("run", "--out", dir.resolve("c").toString(), "--seed", "12");
        for (String f : new String[] {"weekly.csv", "summary.json", "scenario.resolved.yaml"}) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
        }
        assertThat(Files.readAllBytes(dir.resolve("c").resolve("weekly.csv")))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("a").resolve("weekly.csv")));
    }

    @Test
    void theResolvedScenarioReproducesTheRun() throws Exception {
        scmsim("run", "--out", dir.resolve("a").toString());
        Outcome o = scmsim("run", dir.resolve("a").resolve("scenario.resolved.yaml").toString(), "--out", dir.resolve("b").toString());
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("b").resolve("weekly.csv")))
                .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve("weekly.csv")));
    }

    @Test
    void misspeltKeyExitsTwoNamingKeyAndLineWithoutAStackTrace() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: pilot\nscms:\n  pca:\n    sevrers: 50\n");
        Path out = dir.resolve("never");
        Outcome o = scmsim("run", bad.toString(), "--out", out.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("bad.yaml:4:5").contains("sevrers").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void validateReportsEachFile() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: pilot\nseed: many\n");
        Outcome o = scmsim("validate", "default", bad.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.out()).contains("ok: library/default.yaml");
        assertThat(o.err()).contains("bad.yaml:2:1: seed: expected a whole number");
        assertThat(scmsim("validate", "default").exit()).isZero();
    }

    @Test
    void badArgumentsExitTwo() {
        assertThat(scmsim("run", "--seed", "abc").exit()).isEqualTo(2);
        assertThat(scmsim("run", "--bogus").exit()).isEqualTo(2);
        Outcome o = scmsim("run", "no-such-scenario");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("no-such-scenario").contains("no such file");
    }

    @Test
    void anUnknownOptionOrAWrongTypeIsOneLineNotTheUsage() {
        Outcome bogus = scmsim("run", "--bogus");
        assertThat(bogus.exit()).isEqualTo(2);
        assertThat(bogus.err()).startsWith("error: Unknown option: '--bogus' (see 'scmsim run --help')")
                .doesNotContain("Usage:");
        assertThat(bogus.err().lines().count()).isLessThanOrEqualTo(2);
        Outcome seed = scmsim("run", "--seed", "abc");
        assertThat(seed.exit()).isEqualTo(2);
        assertThat(seed.err().strip()).isEqualTo("error: Invalid value for option '--seed': 'abc' is not a long (see 'scmsim run --help')");
        Outcome pki = scmsim("pki", "issue", "--seed", "x", "--out", dir.resolve("p").toString());
        assertThat(pki.err()).contains("'scmsim pki issue --help'").doesNotContain("Usage:");
    }

    @Test
    void everyHelpTextRendersWithoutAPicocliWarning() {
        // picocli formats descriptions: a bare '%' prints "[picocli WARN] Could not format ..." on stderr
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stderr = System.err;
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        List<String> commands = new java.util.ArrayList<>();
        try {
            java.util.Deque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(List.of(ScmsimCommand.commandLine()));
            while (!todo.isEmpty()) {
                picocli.CommandLine cl = todo.pop();
                todo.addAll(cl.getSubcommands().values());
                commands.add(cl.getCommandSpec().qualifiedName());
                assertThat(cl.getUsageMessage()).isNotBlank();
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(commands).contains("scmsim run", "scmsim sweep", "scmsim pki crl make", "scmsim bench engine");
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFolderHoldingARunIsNotOverwrittenAndABadFolderFailsBeforeTheRun() throws Exception {
        Path out = dir.resolve("run");
        assertThat(scmsim("run", "--out", out.toString(), "--set", "horizon=P14D").exit()).isZero();
        byte[] weekly = Files.readAllBytes(out.resolve("weekly.csv"));
        Outcome again = scmsim("run", "--out", out.toString(), "--set", "horizon=P21D");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("--out " + out + " already holds a run");
        assertThat(Files.readAllBytes(out.resolve("weekly.csv"))).isEqualTo(weekly);
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        Outcome under = scmsim("run", "--out", file.resolve("sub").toString(), "--set", "horizon=P14D");
        assertThat(under.exit()).isEqualTo(2);
        assertThat(under.err()).contains("cannot create the folder", "a-file is a file");
        assertThat(under.out()).doesNotContain("Events simulated");
    }

    @Test
    void aScenarioThatIsNotUtf8TextIsNamedWithTheByteOffset() throws Exception {
        Path bin = dir.resolve("binary.yaml");
        Files.write(bin, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xff, (byte) 0xfe, 0});
        Outcome o = scmsim("validate", bin.toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err().strip()).isEqualTo("error: " + bin + ": not UTF-8 text: byte 0xff at byte offset 6 (a scenario is a YAML text file)");
    }

    @Test
    void scenariosListsEveryShippedScenarioAndExperimentWithItsDescription() {
        Outcome o = scmsim("scenarios");
        assertThat(o.exit()).as(o.err()).isZero();
        for (String name : org.scmsim.scenarios.format.ScenarioLibrary.names()) {
            assertThat(o.out()).containsPattern("(?m)^  " + java.util.regex.Pattern.quote(name) + " +\\S");
        }
        assertThat(o.out()).contains("Small pilot").contains("download-policy");
    }

    @Test
    void versionAndHelp() {
        Outcome v = scmsim("--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).startsWith("scmsim ").doesNotContain("unknown");
        Outcome h = scmsim("--help");
        assertThat(h.out()).contains("run").contains("validate");
    }
}
