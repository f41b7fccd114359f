package org.scmsim.scenarios.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.model.config.Deployment;
import org.scmsim.model.config.Component;
import org.scmsim.model.config.Scenario;

class ScenarioLoaderTest {

    @TempDir
    Path dir;

    private final ScenarioLoader loader = new ScenarioLoader();

    private Path file(String name, String yaml) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, yaml);
        return p;
    }

    private List<ScenarioProblem> problems(String yaml) throws IOException {
        Path p = file("s.yaml", yaml);
        try {
            loader.load(p.toString());
        } catch (ScenarioException e) {
            return e.problems();
        }
        throw new AssertionError("expected the scenario to be rejected");
    }

    @Test
    void shippedDefaultLoadsWithEveryField() throws Exception {
        Scenario s = loader.load("default").scenario();
        assertThat(s.name()).isEqualTo("default");
        assertThat(s.horizon()).isEqualTo(Duration.ofDays(730));
        assertThat(s.deployment().totalObus()).isEqualTo(450);
        assertThat(s.scms().pca().serviceTime()).isEqualTo(Component.Variability.EXPONENTIAL);
    }

    @Test
    void aFileOverridesOnlyWhatItSetsOverTheReference() throws Exception {
        Path p = file("mine.yaml", "name: mine\nscms:\n  pca:\n    servers: 42\n");
        Scenario s = loader.load(p.toString()).scenario();
        Scenario ref = loader.load("reference").scenario();
        assertThat(s.scms().pca().servers()).isEqualTo(42);
        assertThat(s.scms().pca().serviceTime()).isEqualTo(ref.scms().pca().serviceTime());
        assertThat(s.policy()).isEqualTo(ref.policy());
        assertThat(s.deployment()).isEqualTo(ref.deployment());
    }

    @Test
    void misspeltKeyIsNamedWithItsLineAndColumnAndASuggestion() throws Exception {
        List<ScenarioProblem> ps = problems("name: x\nscms:\n  pca:\n    sevrers: 50\n");
        assertThat(ps).hasSize(1);
        ScenarioProblem p = ps.get(0);
        assertThat(p.location().line()).isEqualTo(4);
        assertThat(p.location().column()).isEqualTo(5);
        assertThat(p.location().source()).endsWith("s.yaml");
        assertThat(p.field()).isEqualTo("scms.pca.sevrers");
        assertThat(p.message()).contains("unknown key 'sevrers'").contains("did you mean 'servers'");
    }

    @Test
    void everyShapeProblemIsReportedAtOnceInFileOrder() throws Exception {
        List<ScenarioProblem> ps = problems("""
                name: x
                horizon: seven days
                deployment:
                  arrivals: whenever
                  years:
                    - { year: 2027, obus: many, rsus: 2 }
                policy:
                  colour: blue
                """);
        assertThat(ps).extracting(ScenarioProblem::field)
                .containsExactly("horizon", "deployment.arrivals", "deployment.years[0].obus", "policy.colour");
        assertThat(ps).extracting(p -> p.location().line()).containsExactly(2, 4, 6, 8);
        assertThat(ps.get(0).message()).contains("ISO-8601");
        assertThat(ps.get(1).message()).contains("even, stratified");
        assertThat(ps.get(2).message()).contains("whole number");
    }

    @Test
    void outOfRangeValueNamesTheFieldAndLine() throws Exception {
        List<ScenarioProblem> ps = problems("name: x\nscms:\n  pca:\n    servers: -5\n");
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("scms.pca.servers");
            assertThat(p.location().line()).isEqualTo(4);
            assertThat(p.message()).contains("between 1 and");
        });
    }

    @Test
    void rangeErrorInsideAListNamesTheElement() throws Exception {
        List<ScenarioProblem> ps = problems("name: x\ndeployment:\n  years:\n    - year: 2027\n      obus: -1\n      rsus: 0\n");
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("deployment.years[0].obus");
            assertThat(p.location().line()).isEqualTo(5);
        });
    }

    @Test
    void missingFieldInAListElementIsRequired() throws Exception {
        List<ScenarioProblem> ps = problems("name: x\ndeployment:\n  years:\n    - { year: 2027, obus: 5 }\n");
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.field()).startsWith("deployment.years[0]");
            assertThat(p.message()).contains("rsus");
        });
    }

    @Test
    void invalidYamlIsReportedWithItsLine() throws Exception {
        List<ScenarioProblem> ps = problems("name: x\nscms: [unclosed\n");
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("not valid YAML");
            assertThat(p.location().line()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void duplicateKeysAreRejected() throws Exception {
        List<ScenarioProblem> ps = problems("name: x\nseed: 1\nseed: 2\n");
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("duplicate key 'seed'");
            assertThat(p.location().line()).isEqualTo(3);
        });
    }

    @Test
    void extendsStartsFromAnotherScenario() throws Exception {
        file("base.yaml", "name: base\nscms:\n  pca:\n    servers: 7\n");
        Path child = file("child.yaml", "extends: base.yaml\nname: child\nseed: 99\n");
        Scenario s = loader.load(child.toString()).scenario();
        assertThat(s.name()).isEqualTo("child");
        assertThat(s.seed()).isEqualTo(99);
        assertThat(s.scms().pca().servers()).isEqualTo(7);

        Path fromLibrary = file("lib.yaml", "extends: default\nname: lib\n");
        assertThat(loader.load(fromLibrary.toString()).scenario().deployment().totalObus()).isEqualTo(450);
    }

    @Test
    void extendsOfAMissingFileAndCyclesAreReported() throws Exception {
        Path missing = file("m.yaml", "name: m\nextends: nowhere.yaml\n");
        assertThatThrownBy(() -> loader.load(missing.toString())).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("m.yaml:2:").hasMessageContaining("cannot find scenario 'nowhere.yaml'");
        file("a.yaml", "extends: b.yaml\nname: a\n");
        Path b = file("b.yaml", "extends: a.yaml\nname: b\n");
        assertThatThrownBy(() -> loader.load(b.toString())).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("cycle");
    }

    @Test
    void commandLineOverridesWinAndAreValidated() throws Exception {
        Scenario s = loader.load("default", List.of(ScenarioLoader.Override.parse("scms.pca.servers=5"),
                ScenarioLoader.Override.parse("deployment.arrivals=even"))).scenario();
        assertThat(s.scms().pca().servers()).isEqualTo(5);
        assertThat(s.deployment().arrivals()).isEqualTo(Deployment.Arrivals.EVEN);
        assertThatThrownBy(() -> loader.load("default", List.of(ScenarioLoader.Override.parse("scms.pca.srvers=5"))))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("--set scms.pca.srvers=5")
                .hasMessageContaining("unknown key 'srvers'");
        assertThatThrownBy(() -> ScenarioLoader.Override.parse("nonsense")).isInstanceOf(ScenarioException.class);
    }

    @Test
    void resolvedYamlLoadsBackToTheSameScenario() throws Exception {
        Scenario s = loader.load("default").scenario();
        Path p = file("resolved.yaml", ScenarioFormat.toYaml(s));
        assertThat(loader.load(p.toString()).scenario()).isEqualTo(s);
    }

    @Test
    void unknownScenarioNameListsTheShippedOnes() {
        assertThatThrownBy(() -> loader.load("no-such-scenario")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("no such file").hasMessageContaining("default");
    }

    @Test
    void libraryIndexListsEveryShippedFile() throws IOException {
        Path library = Path.of("library");
        try (var files = Files.list(library)) {
            List<String> onDisk = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - 5)).sorted().toList();
            assertThat(ScenarioLibrary.names()).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @Test
    void everyShippedScenarioValidates() throws Exception {
        for (String name : ScenarioLibrary.names()) {
            assertThat(loader.load(name).scenario()).as(name).isNotNull();
        }
    }

    @Test
    void encountersDefaultToProximityAndABadModeOrZoneNamesTheField() throws Exception {
        Scenario s = loader.load("default").scenario();
        assertThat(s.misbehavior().encounters()).isEqualTo(org.scmsim.model.config.Misbehavior.Encounters.PROXIMITY);
        assertThat(loader.load("default", List.of(ScenarioLoader.Override.parse("misbehavior.encounters=uniform")))
                .scenario().misbehavior().encounters()).isEqualTo(org.scmsim.model.config.Misbehavior.Encounters.UNIFORM);
        assertThat(problems("name: x\nmisbehavior:\n  encounters: nearby\n")).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("misbehavior.encounters");
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.message()).contains("uniform, proximity").contains("'nearby'");
        });
        assertThat(problems("name: x\nmisbehavior:\n  zoneKm: -1\n")).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("misbehavior.zoneKm");
            assertThat(p.message()).contains(">= 0");
        });
    }
}
