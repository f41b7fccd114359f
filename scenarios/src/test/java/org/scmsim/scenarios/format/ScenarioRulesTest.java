package org.scmsim.scenarios.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.model.run.RunResult;
import org.scmsim.scenarios.run.ScenarioRun;

class ScenarioRulesTest {

    @TempDir
    Path dir;

    private final ScenarioLoader loader = new ScenarioLoader();

    private List<ScenarioProblem> problems(String yaml) throws Exception {
        Path p = dir.resolve("s.yaml");
        Files.writeString(p, yaml);
        try {
            loader.load(p.toString());
        } catch (ScenarioException e) {
            return e.problems();
        }
        throw new AssertionError("expected the scenario to be rejected");
    }

    @Test
    void everyCrossFieldProblemIsReportedAtOnceAtTheFieldToChange() throws Exception {
        List<ScenarioProblem> ps = problems("""
                name: s
                horizon: P60D
                deployment:
                  arrivals: even
                  years:
                    - { year: 2030, obus: 5, rsus: 1 }
                policy:
                  pseudonym:
                    validity: PT160H
                  application:
                    validity: P6D
                """);
        assertThat(ps).extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.field() + ": " + p.message())
                .satisfiesExactly(
                        p -> assertThat(p).startsWith("6:9 deployment.years[0].year: the first year with devices (2030) begins after"
                                + " the simulated period ends (start 2027-01-01 + horizon 60 days = 2027-03-02)"),
                        p -> assertThat(p).startsWith("9:5 policy.pseudonym.validity: is PT160H, shorter than the one-week i-period"),
                        p -> assertThat(p).startsWith("11:5 policy.application.validity: is PT144H, shorter than the one-week"));
    }

    @Test
    void aDownloadBatchLargerThanThePreGeneratedWeeksIsNamedAtItsLine() throws Exception {
        assertThat(problems("name: s\npolicy:\n  pseudonym:\n    pregenerateWeeks: 8\n    downloadWeeks: 12\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.toString()).contains("s.yaml:5:5: policy.pseudonym.downloadWeeks: cannot exceed pregenerateWeeks");
                });
    }

    @Test
    void aDeploymentWithNoDeviceAtAllIsRejected() throws Exception {
        assertThat(problems("name: s\ndeployment:\n  years:\n    - { year: 2027, obus: 0, rsus: 0 }\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("deployment.years");
                    assertThat(p.message()).contains("adds no OBU and no RSU");
                    assertThat(p.location().line()).isEqualTo(3);
                });
    }

    @Test
    void anUnknownCryptoBackendOrThreadCountIsNamedAtItsLine() throws Exception {
        assertThat(problems("name: s\nfidelity:\n  mode: full\n  backend: boringssl\n")).singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("s.yaml:4:3: fidelity.backend: expected one of auto, bc,"
                        + " conscrypt, found 'boringssl'"));
        assertThat(problems("name: s\nfidelity:\n  threads: -2\n")).singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("fidelity.threads: must be between 0 and 256, was -2"));
    }

    @Test
    void theResolvedScenarioNamesTheBackendAutoChose() throws Exception {
        var s = loader.load("crypto-pilot").scenario();
        assertThat(s.fidelity().backend()).isEqualTo(org.scmsim.model.config.Fidelity.Backend.AUTO);
        String chosen = org.scmsim.model.crypto.CryptoLoops.backendName(s.fidelity().backend());
        assertThat(chosen).isIn("bc", "conscrypt");
        assertThat(ScenarioRun.resolvedYaml(s, "crypto-pilot")).contains("backend: " + chosen)
                .doesNotContain("backend: auto");
    }

    @Test
    void setReachesListElementsByIndexAndRejectsMissingOnes() throws Exception {
        LocatedTree t = LocatedTree.parse("a:\n  list:\n    - { x: 1 }\n    - { x: 2 }\n", "t.yaml");
        SourceLocation here = new SourceLocation("--set", 0, 0);
        t.set("a.list[1].x", JsonNodeFactory.instance.numberNode(5), here);
        assertThat(t.root().at("/a/list/1/x").asInt()).isEqualTo(5);
        assertThat(t.locate("/a/list/1/x")).isEqualTo(here);
        assertThat(t.locate("/a/list/0/x").line()).isEqualTo(3);
        assertThatThrownBy(() -> t.set("a.list[2].x", JsonNodeFactory.instance.numberNode(5), here))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.list[2]").hasMessageContaining("has 2");
        assertThatThrownBy(() -> t.set("a.list[x]", JsonNodeFactory.instance.numberNode(5), here))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a field path");
        assertThatThrownBy(() -> t.set("a..b", JsonNodeFactory.instance.numberNode(5), here))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a field path");
        assertThatThrownBy(() -> t.set("a.list.x", JsonNodeFactory.instance.numberNode(5), here))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.list is not a mapping");
    }

    @Test
    void commandLineSetsOfListElementsAreValidatedWhereTheyWereGiven() throws Exception {
        assertThat(loader.load("default", List.of(ScenarioLoader.Override.parse("deployment.years[1].obus=7")))
                .scenario().deployment().years().get(1).obus()).isEqualTo(7);
        assertThatThrownBy(() -> loader.load("default", List.of(ScenarioLoader.Override.parse("deployment.years[5].obus=7"))))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("--set deployment.years[5].obus=7")
                .hasMessageContaining("no list element deployment.years[5]");
    }

    @Test
    void aPolicyChangeThatBreaksThePolicysRulesIsNamedAtItsLine() throws Exception {
        List<ScenarioProblem> ps = problems("""
                name: s
                disruptions:
                  policyChanges:
                    - { name: early, from: 2026-12-01, perWeek: 30, pregenerateWeeks: 0, downloadWeeks: 0, topOffWeeks: 0 }
                    - { name: shallow, from: 2027-06-01, perWeek: 0, pregenerateWeeks: 2, downloadWeeks: 0, topOffWeeks: 0 }
                """);
        assertThat(ps).extracting(p -> p.location().line() + " " + p.field() + ": " + p.message()).satisfiesExactly(
                p -> assertThat(p).startsWith("4 disruptions.policyChanges[0].from: is 2026-12-01, not after the start"),
                // the reference downloads 4 weeks at a time: a 2-week depth cannot hold that
                p -> assertThat(p).startsWith("5 disruptions.policyChanges[1].downloadWeeks: cannot exceed pregenerateWeeks (2)")
                        .endsWith("(after the policy change 'shallow')"));
    }

    @Test
    void theNewDisruptionsRejectBadValuesWithTheirField() throws Exception {
        assertThat(problems("""
                name: s
                disruptions:
                  massRevocations:
                    - { name: recall, at: 2027-03-01, fraction: 0.1, devices: 10 }
                """)).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("disruptions.massRevocations[0].fraction");
                    assertThat(p.message()).contains("either devices or fraction");
                });
        assertThat(problems("""
                name: s
                disruptions:
                  requestStorms:
                    - { name: loop, start: 2027-03-01, duration: PT1H, fraction: 1.5, requestsPerHour: 60 }
                """)).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("disruptions.requestStorms[0].fraction");
                    assertThat(p.location().line()).isEqualTo(4);
                });
        assertThat(problems("""
                name: s
                disruptions:
                  timeSyncFailures:
                    - { name: gnss, start: 2027-03-01, duration: P1D, share: 0.1 }
                """)).isNotEmpty().allSatisfy(p -> assertThat(p.field()).startsWith("disruptions.timeSyncFailures[0]"));
        assertThat(problems("""
                name: s
                disruptions:
                  cellularOutages:
                    - { name: a, start: 2027-03-01, duration: P1D, fraction: 1 }
                  timeSyncFailures:
                    - { name: a, start: 2027-03-01, duration: P1D, fraction: 1 }
                """)).singleElement().satisfies(p -> assertThat(p.message()).contains("names another disruption"));
    }

    @Test
    void rsuRevocationAndTheMaAndCrlgServersRejectBadValuesWithTheirField() throws Exception {
        assertThat(problems("""
                name: s
                misbehavior:
                  rsuWaves:
                    - { at: 2027-03-01, devices: 2 }
                    - { at: 2027-04-01, devices: 5000 }
                """)).extracting(p -> p.location().line() + " " + p.field() + ": " + p.message()).satisfiesExactly(
                p -> assertThat(p).startsWith("5 misbehavior.rsuWaves[1].devices: is 5000, more RSUs than the deployment"));
        assertThat(problems("""
                name: s
                misbehavior:
                  revocationWork: -PT1M
                """)).extracting(ScenarioProblem::field).containsExactly("misbehavior.revocationWork");
        assertThat(problems("""
                name: s
                misbehavior:
                  crl:
                    entryTime: -PT1S
                """)).extracting(ScenarioProblem::field).containsExactly("misbehavior.crl.entryTime");
        assertThat(problems("""
                name: s
                misbehavior:
                  rsuContactsPerDay: -3
                """)).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("misbehavior.rsuContactsPerDay");
                    assertThat(p.location().line()).isEqualTo(3);
                });
    }

    /** Two weeks of each, costs only (the model's own tests cover full and sampled fidelity). */
    @Test
    void everyShippedScenarioRunsAShortHorizon() throws Exception {
        for (String name : ScenarioLibrary.names()) {
            var s = loader.load(name, List.of(ScenarioLoader.Override.parse("horizon=P14D"),
                    ScenarioLoader.Override.parse("fidelity.mode=model"))).scenario();
            RunResult r = ScenarioRun.run(s);
            assertThat(r.weeks()).as(name).hasSize(2);
            if (s.disruptions().deploymentDelays().isEmpty()) {   // a delayed deployment may start after two weeks
                assertThat(r.summary().requests()).as(name).isPositive();
            }
        }
    }
}
