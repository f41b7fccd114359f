package org.scmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scmsim.scenarios.cli.Cli.scmsim;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.scenarios.cli.Cli.Outcome;

class ExperimentCommandTest {

    @TempDir
    Path dir;

    private Path tiny() throws Exception {
        Path p = dir.resolve("tiny.yaml");
        Files.writeString(p, """
                name: tiny
                seed: 7
                horizon: P21D
                deployment:
                  years:
                    - { year: 2027, obus: 1000, rsus: 10 }
                  installers: 4
                  installsPerDay: 100
                scms:
                  costs: { pseudonymIssue: 0.002 }
                  pca: { servers: 1, serviceTime: exponential }
                """);
        return p;
    }

    private Path experiment() throws Exception {
        tiny();
        Path p = dir.resolve("exp.yaml");
        Files.writeString(p, """
                name: cli-exp
                scenario: tiny.yaml
                replications: 3
                arms:
                  - name: slow
                  - name: fast
                    set: { scms.pca.servers: 3 }
                metrics: [mean_response_seconds]
                """);
        return p;
    }

    @Test
    void experimentRunsPrintsTheSummaryAndWritesTheFolder() throws Exception {
        Path out = dir.resolve("out");
        Outcome o = scmsim("experiment", experiment().toString(), "--out", out.toString(), "--threads", "2");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("cli-exp: 2 cell(s) x 3 replication(s)").contains("mean_response_seconds")
                .contains("fast").contains("Paired differences").contains("fast - slow").contains("Results:");
        assertThat(o.err()).contains("progress: 6/6 replications (100%)").doesNotContain("\r");
        for (String f : new String[] {"manifest.json", "summary.csv", "summary.json", "replications.csv", "timeseries.csv",
            "differences.csv", "experiment.resolved.yaml", "scenario.resolved.yaml", "scenarios/fast.yaml"}) {
            assertThat(out.resolve(f)).as(f).isNotEmptyFile();
        }
        // the resolved experiment runs again from the folder and gives the same numbers
        Outcome again = scmsim("experiment", out.resolve("experiment.resolved.yaml").toString(), "--out", dir.resolve("again").toString(),
                "--threads", "1");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Files.readString(dir.resolve("again/summary.csv"))).isEqualTo(Files.readString(out.resolve("summary.csv")));
    }

    @Test
    void aBadExperimentFileExitsTwoWithFileLineAndColumn() throws Exception {
        experiment();
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "scenario: tiny.yaml\narms:\n  - name: x\n    set: { scms.pca.servrs: 3 }\n");
        Outcome o = scmsim("experiment", bad.toString(), "--out", dir.resolve("never").toString());
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("bad.yaml:4:12: scms.pca.servrs: unknown key 'servrs', did you mean 'servers'?")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("never")).doesNotExist();
        Outcome validate = scmsim("validate", experiment().toString(), bad.toString(), "download-policy");
        assertThat(validate.exit()).isEqualTo(2);
        assertThat(validate.out()).contains("(experiment cli-exp, 2 cell(s))").contains("(experiment download-policy, 6 cell(s))");
        assertThat(validate.err()).contains("bad.yaml:4:12: scms.pca.servrs");
        Outcome check = scmsim("experiment", experiment().toString(), "--check");
        assertThat(check.exit()).isZero();
        assertThat(check.out()).contains("ok: ").contains("2 cell(s)").contains("fast: fast");
    }

    @Test
    void outputFolderRulesAndBadOptionsExitTwo() throws Exception {
        Path exp = experiment();
        Path out = dir.resolve("out");
        assertThat(scmsim("experiment", exp.toString(), "--out", out.toString()).exit()).isZero();
        Outcome again = scmsim("experiment", exp.toString(), "--out", out.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already exists and is not empty").contains("--resume");
        Outcome resumed = scmsim("experiment", exp.toString(), "--out", out.toString(), "--resume");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("6 of 6 replications already finished, skipped");
        assertThat(scmsim("experiment", exp.toString(), "--resume").err()).contains("--resume needs --out");
        assertThat(scmsim("experiment", exp.toString(), "--threads", "0", "--out", dir.resolve("t0").toString()).exit()).isEqualTo(2);
        assertThat(scmsim("experiment", "nowhere.yaml").exit()).isEqualTo(2);
        Outcome runner = scmsim("experiment", exp.toString(), "--runner", "cluster", "--out", dir.resolve("r").toString());
        assertThat(runner.exit()).isEqualTo(2);
        assertThat(runner.err()).contains("--runner cluster: unknown runner; available here: threads");
        assertThat(scmsim("experiment", exp.toString(), "--master", "yarn", "--out", dir.resolve("r2").toString()).err())
                .contains("--master is for cluster runners");
    }

    @Test
    void sweepVariesAFieldAndChartsItsMetrics() throws Exception {
        Path out = dir.resolve("sweep");
        Outcome o = scmsim("sweep", tiny().toString(), "--vary", "scms.pca.servers=1,2,4", "--replications", "2",
                "--metric", "mean_response_seconds", "--out", out.toString(), "--threads", "2");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("base @ scms.pca.servers=4");
        assertThat(out.resolve("charts/sweep-mean_response_seconds.png")).isNotEmptyFile();
        assertThat(Files.readAllLines(out.resolve("summary.csv")).get(0)).startsWith("cell,arm,scms.pca.servers,metric,");
        assertThat(Files.readString(out.resolve("differences.csv"))).contains("p02-base,base,4,p00-base,mean_response_seconds,2,");
    }

    @Test
    void sweepErrorsNameTheOption() throws Exception {
        Outcome o = scmsim("sweep", tiny().toString(), "--vary", "scms.pca.srvrs=1,2");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err()).contains("--vary scms.pca.srvrs=1,2: scms.pca.srvrs: unknown key 'srvrs'");
        Outcome neg = scmsim("sweep", tiny().toString(), "--vary", "scms.pca.servers=1,-1");
        assertThat(neg.exit()).isEqualTo(2);
        assertThat(neg.err()).contains("--vary scms.pca.servers=1,-1: scms.pca.servers: must be between 1 and 100000");
        assertThat(scmsim("sweep", tiny().toString(), "--vary", "nothing").err()).contains("expected FIELD=V1,V2");
        assertThat(scmsim("sweep", tiny().toString(), "--vary", "seed=1,2", "--metric", "speed").err())
                .contains("--metric: metrics[0]: unknown metric 'speed'");
        assertThat(scmsim("sweep", tiny().toString(), "--vary", "seed=1,2", "--warmup", "soon").err())
                .contains("--warmup soon: 'soon' is not an ISO-8601 duration");
        assertThat(scmsim("sweep", tiny().toString(), "--vary", "seed=1,2", "--target-width", "0.1").err())
                .contains("--target-width needs at least one --metric");
    }

    @Test
    void checkRejectsOptionsTheRunWouldReject() throws Exception {
        Outcome o = scmsim("experiment", "download-policy", "--check", "--threads", "0");
        assertThat(o.exit()).isEqualTo(2);
        assertThat(o.err().strip()).isEqualTo("error: --threads must be between 1 and 4096, was 0");
    }

    @Test
    void outOfRangeTargetOptionsAreBadInputNamingTheOption() throws Exception {
        Outcome width = scmsim("sweep", tiny().toString(), "--vary", "seed=1,2", "--metric", "requests", "--target-width", "-1");
        assertThat(width.exit()).isEqualTo(2);
        assertThat(width.err().strip()).startsWith("error: --target-width: relativeHalfWidth: must be > 0").doesNotContain("Exception");
        Outcome max = scmsim("sweep", tiny().toString(), "--vary", "seed=1,2", "--metric", "requests", "--target-width", "0.1",
                "--max-replications", "0");
        assertThat(max.exit()).isEqualTo(2);
        assertThat(max.err().strip()).startsWith("error: --max-replications: maxReplications: must be between").doesNotContain("Exception");
    }

    @Test
    void anUnknownMetricGetsAOneLineHintNotEveryName() throws Exception {
        Outcome typo = scmsim("sweep", tiny().toString(), "--vary", "seed=1,2", "--metric", "obu_hours_without_certificat");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err().strip()).endsWith("unknown metric 'obu_hours_without_certificat', did you mean 'obu_hours_without_certificate'?");
        Outcome related = scmsim("sweep", tiny().toString(), "--vary", "seed=1,2", "--metric", "revocation_speed");
        assertThat(related.err()).contains("(similar: ").contains("revocation_decision_hours").doesNotContain("obus_deployed");
        Outcome none = scmsim("sweep", tiny().toString(), "--vary", "seed=1,2", "--metric", "speed");
        assertThat(none.err()).contains("a metric is a figure of summary.json").doesNotContain("obus_deployed");
        assertThat(none.err().length()).isLessThan(300);
    }

    @Test
    void runWithReplicationsWritesAnExperimentFolderIdenticalWhateverTheThreads() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Outcome o = scmsim("run", tiny().toString(), "--replications", "3", "--threads", "1", "--out", a.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(scmsim("run", tiny().toString(), "--replications", "3", "--threads", "2", "--out", b.toString()).exit()).isZero();
        assertThat(o.out()).contains("tiny: 1 cell(s) x 3 replication(s)").contains("obus_deployed");
        for (String f : new String[] {"summary.csv", "replications.csv", "timeseries.csv", "summary.json"}) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
        assertThat(Files.readAllLines(a.resolve("replications.csv"))).hasSize(4);
        assertThat(scmsim("run", tiny().toString(), "--replications", "0").exit()).isEqualTo(2);
        Outcome badSet = scmsim("run", tiny().toString(), "--replications", "2", "--set", "scms.pca.servers=fast");
        assertThat(badSet.exit()).isEqualTo(2);
        assertThat(badSet.err()).contains("--set scms.pca.servers=fast: scms.pca.servers: expected a whole number");
    }
}
