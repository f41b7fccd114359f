package org.scmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.model.config.Component;
import org.scmsim.scenarios.format.ScenarioException;
import org.scmsim.scenarios.format.ScenarioProblem;

class ExperimentLoaderTest {

    @TempDir
    Path dir;

    private final ExperimentLoader loader = new ExperimentLoader();

    private List<ScenarioProblem> problems(String yaml) throws IOException {
        TestExperiments.tinyScenario(dir);
        Path p = dir.resolve("bad.yaml");
        Files.writeString(p, yaml);
        try {
            loader.load(p.toString());
        } catch (ScenarioException e) {
            return e.problems();
        }
        throw new AssertionError("expected the experiment to be rejected");
    }

    private static String at(ScenarioProblem p) {
        return p.location().line() + ":" + p.location().column() + " " + p.field() + ": " + p.message();
    }

    @Test
    void cellsAreSweepPointsTimesArmsEachWithItsOverrides() throws Exception {
        Experiment e = loader.load(TestExperiments.experiment(dir, "").toString());
        assertThat(e.cells()).extracting(Experiment.Cell::id)
                .containsExactly("p00-slow", "p00-fast", "p01-slow", "p01-fast");
        Experiment.Cell fast20 = e.cells().get(3);
        assertThat(fast20.scenario().scms().pca().servers()).isEqualTo(2);
        assertThat(fast20.scenario().policy().pseudonym().perWeek()).isEqualTo(20);
        assertThat(fast20.point()).containsEntry("policy.pseudonym.perWeek", "20");
        assertThat(e.cells().get(0).scenario().scms().pca().servers()).isEqualTo(1);
        assertThat(e.cells().get(0).scenario().scms().pca().serviceTime()).isEqualTo(Component.Variability.EXPONENTIAL);
        assertThat(e.cells()).allSatisfy(c -> assertThat(c.scenario().seed()).isEqualTo(7));
        assertThat(e.baseline()).isEqualTo("slow");
        assertThat(e.metrics()).containsExactly("mean_response_seconds", "weekly.certificates_issued");
    }

    @Test
    void cartesianEnumeratesEveryCombinationLastFieldFastestAndListPairs() throws Exception {
        TestExperiments.tinyScenario(dir);
        Path p = dir.resolve("c.yaml");
        Files.writeString(p, """
                scenario: tiny
                sweep:
                  fields:
                    scms.pca.servers: [1, 2, 3]
                    policy.pseudonym.perWeek: [10, 20]
                """);
        Experiment c = loader.load(p.toString());
        assertThat(c.cells()).extracting(x -> x.point().values().toString())
                .containsExactly("[1, 10]", "[1, 20]", "[2, 10]", "[2, 20]", "[3, 10]", "[3, 20]");
        assertThat(c.name()).isEqualTo("c");
        Files.writeString(p, """
                scenario: tiny
                sweep:
                  mode: list
                  fields:
                    scms.pca.servers: [1, 2]
                    policy.pseudonym.perWeek: [10, 20]
                """);
        assertThat(loader.load(p.toString()).cells()).extracting(x -> x.point().values().toString())
                .containsExactly("[1, 10]", "[2, 20]");
    }

    @Test
    void seedAndHorizonOverrideTheScenarioAndListElementsCanBeSet() throws Exception {
        TestExperiments.tinyScenario(dir);
        Path p = dir.resolve("e.yaml");
        Files.writeString(p, """
                scenario: tiny
                seed: 99
                horizon: P14D
                set:
                  deployment.years[0].obus: 12
                """);
        Experiment e = loader.load(p.toString());
        assertThat(e.seed()).isEqualTo(99);
        assertThat(e.base().horizon().toDays()).isEqualTo(14);
        assertThat(e.base().deployment().years().get(0).obus()).isEqualTo(12);
        assertThat(e.cells()).singleElement().satisfies(c -> assertThat(c.arm()).isEqualTo("base"));
    }

    @Test
    void unknownKeyIsLocatedWithASuggestion() throws Exception {
        List<ScenarioProblem> ps = problems("scenario: tiny\nreplication: 4\n");
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(at(p)).startsWith("2:1 replication: unknown key 'replication', did you mean 'replications'?");
            assertThat(p.location().source()).endsWith("bad.yaml");
        });
    }

    @Test
    void wrongTypesAndBadDurationsAreAllReportedInFileOrder() throws Exception {
        List<ScenarioProblem> ps = problems("""
                scenario: tiny
                replications: many
                warmup: four weeks
                sweep:
                  mode: diagonal
                  fields:
                    scms.pca.throughput: 5
                """);
        assertThat(ps).extracting(ExperimentLoaderTest::at).satisfiesExactly(
                p -> assertThat(p).startsWith("2:1 replications: expected a whole number"),
                p -> assertThat(p).startsWith("3:1 warmup: 'four weeks' is not an ISO-8601 duration"),
                p -> assertThat(p).startsWith("5:3 sweep.mode: expected one of cartesian, list"),
                p -> assertThat(p).startsWith("7:5 sweep.fields.scms.pca.throughput: expected a non-empty list"));
    }

    @Test
    void outOfRangeValuesNameTheirLine() throws Exception {
        assertThat(problems("scenario: tiny\nreplications: 0\n")).extracting(ExperimentLoaderTest::at)
                .singleElement().asString().startsWith("2:1 replications: must be between 1 and");
        assertThat(problems("scenario: tiny\ntarget:\n  metrics: [requests]\n  relativeHalfWidth: -0.1\n"))
                .extracting(ExperimentLoaderTest::at).singleElement().asString().startsWith("4:3 target.relativeHalfWidth: must be > 0");
    }

    @Test
    void missingScenarioFileIsLocatedAtTheScenarioKey() throws Exception {
        assertThat(problems("name: x\nscenario: nowhere.yaml\n")).extracting(ExperimentLoaderTest::at).singleElement()
                .asString().startsWith("2:1 scenario: 'nowhere.yaml': no such file");
        assertThat(problems("name: x\n")).extracting(ExperimentLoaderTest::at).singleElement().asString()
                .contains("scenario: is required");
    }

    @Test
    void aBadOverrideInAnArmOrSweepPointsAtTheExperimentLine() throws Exception {
        List<ScenarioProblem> ps = problems("""
                scenario: tiny
                arms:
                  - name: a
                  - name: b
                    set:
                      scms.pca.servrs: 4
                sweep:
                  fields:
                    scms.pca.servers: [1, -2]
                """);
        assertThat(ps).extracting(ExperimentLoaderTest::at).satisfiesExactly(
                p -> assertThat(p).startsWith("6:7 scms.pca.servrs: unknown key 'servrs', did you mean 'servers'?"),
                p -> assertThat(p).startsWith("9:27 scms.pca.servers: must be between 1 and 100000, was -2"));
        assertThat(ps).allSatisfy(p -> assertThat(p.location().source()).endsWith("bad.yaml"));
    }

    @Test
    void crossFieldRulesOfExperimentsAndScenarios() throws Exception {
        assertThat(problems("scenario: tiny\nwarmup: P28D\n")).extracting(ExperimentLoaderTest::at).singleElement()
                .asString().startsWith("2:1 warmup: is P28D, not shorter than the horizon (P28D)");
        assertThat(problems("""
                scenario: tiny
                sweep:
                  mode: list
                  fields:
                    scms.pca.servers: [1, 2]
                    policy.pseudonym.perWeek: [10]
                """)).extracting(ExperimentLoaderTest::at).singleElement().asString()
                .startsWith("6:5 sweep.fields.policy.pseudonym.perWeek: has 1 values but the first field has 2");
        assertThat(problems("""
                scenario: tiny
                arms:
                  - name: a
                    set: { scms.pca.servers: 3 }
                  - name: a
                baseline: c
                sweep:
                  fields:
                    scms.pca.servers: [1, 2]
                """)).extracting(ExperimentLoaderTest::at).satisfiesExactly(
                p -> assertThat(p).startsWith("4:12 arms[0].set.scms.pca.servers: is also swept"),
                p -> assertThat(p).startsWith("5:5 arms[1].name: arm 'a' is named twice"),
                p -> assertThat(p).startsWith("6:1 baseline: no arm is named 'c'"));
        // a scenario rule (validity shorter than the i-period) reached through a sweep
        assertThat(problems("""
                scenario: tiny
                sweep:
                  fields:
                    policy.pseudonym.validity: [PT169H, PT100H]
                """)).extracting(ExperimentLoaderTest::at).singleElement().asString()
                .startsWith("4:41 policy.pseudonym.validity: is PT100H, shorter than the one-week i-period");
    }

    @Test
    void unknownMetricsAreNamedWithTheKnownOnes() throws Exception {
        assertThat(problems("scenario: tiny\nmetrics: [mean_respons_seconds]\n")).extracting(ExperimentLoaderTest::at)
                .singleElement().asString()
                .startsWith("2:11 metrics[0]: unknown metric 'mean_respons_seconds', did you mean 'mean_response_seconds'?");
        assertThat(problems("scenario: tiny\nreplications: 1\ntarget: { metrics: [requests], relativeHalfWidth: 0.1, maxReplications: 10 }\n"))
                .extracting(ExperimentLoaderTest::at).singleElement().asString()
                .startsWith("2:1 replications: must be at least 2 with a target");
    }

    @Test
    void invalidYamlAndAMissingExperimentAreClearErrors() throws Exception {
        assertThat(problems("scenario: tiny\narms: [\n")).singleElement().satisfies(p -> assertThat(p.message()).startsWith("not valid YAML"));
        assertThatThrownBy(() -> loader.load("no-such-experiment")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("no such file").hasMessageContaining("download-policy");
    }

    @Test
    void theResolvedExperimentIsItselfALoadableExperiment() throws Exception {
        Experiment e = loader.load(TestExperiments.experiment(dir, "").toString());
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(ExperimentFolder.EXPERIMENT), e.resolvedYaml());
        Files.writeString(out.resolve(ExperimentFolder.BASE_SCENARIO), org.scmsim.scenarios.format.ScenarioFormat.toYaml(e.base()));
        Experiment again = loader.load(out.resolve(ExperimentFolder.EXPERIMENT).toString());
        assertThat(again.fingerprint()).isEqualTo(e.fingerprint());
        assertThat(again.cells()).extracting(Experiment.Cell::id).isEqualTo(e.cells().stream().map(Experiment.Cell::id).toList());
    }

    @Test
    void shippedExperimentsAreListedAndValidate() throws Exception {
        try (var files = Files.list(Path.of("library", "experiments"))) {
            List<String> onDisk = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - 5)).toList();
            assertThat(ExperimentLoader.shipped()).containsExactlyInAnyOrderElementsOf(onDisk).isNotEmpty();
        }
        for (String name : ExperimentLoader.shipped()) {
            assertThat(loader.load(name).cells()).as(name).isNotEmpty();
        }
    }
}
