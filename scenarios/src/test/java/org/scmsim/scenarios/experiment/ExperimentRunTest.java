package org.scmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentRunTest {

    /** The files whose bytes must not depend on threads, interruptions or resumes. */
    static final List<String> DATA = List.of(ExperimentFolder.REPLICATIONS, ExperimentFolder.SUMMARY_CSV,
            ExperimentFolder.SUMMARY_JSON, ExperimentFolder.DIFFERENCES, ExperimentFolder.TIMESERIES,
            ExperimentFolder.EXPERIMENT, ExperimentFolder.BASE_SCENARIO);

    @TempDir
    Path dir;

    private Experiment load(String extra) throws Exception {
        return new ExperimentLoader().load(TestExperiments.experiment(dir, extra).toString());
    }

    private ExperimentRun.Outcome run(Experiment e, String out, int threads) throws Exception {
        return new ExperimentRun(e, dir.resolve(out), new ThreadPoolRunner(threads), Progress.NONE, new Cancellation(), false)
                .charts(out.equals("charts")).execute();
    }

    private byte[] bytes(String out, String file) throws IOException {
        return Files.readAllBytes(dir.resolve(out).resolve(file));
    }

    @Test
    void outputsAreIdenticalWithOneAndTwoThreadsAndDifferWithAnotherSeed() throws Exception {
        Experiment e = load("");
        ExperimentRun.Outcome one = run(e, "one", 1);
        run(e, "two", 2);
        assertThat(one.status()).isEqualTo(ExperimentRun.Status.COMPLETE);
        for (String f : DATA) {
            assertThat(bytes("two", f)).as(f).isEqualTo(bytes("one", f));
        }
        Experiment other = load("seed: 8\n");
        run(other, "seed8", 2);
        assertThat(bytes("seed8", ExperimentFolder.REPLICATIONS)).isNotEqualTo(bytes("one", ExperimentFolder.REPLICATIONS));
        // a replication differs from the next one (independent substreams), so the CI is not degenerate
        MetricSummary rt = one.summary("p00-slow", "mean_response_seconds");
        assertThat(rt.n()).isEqualTo(4);
        assertThat(rt.sd()).isPositive();
    }

    @Test
    void theFolderHoldsEveryPromisedFileAndNoTemporaryOnes() throws Exception {
        run(load(""), "charts", 2);
        Path out = dir.resolve("charts");
        for (String f : DATA) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        assertThat(out.resolve(ExperimentFolder.MANIFEST)).content().contains("\"status\" : \"complete\"")
                .contains("\"runner\" : \"threads(2)\"").contains("\"seed\" : 7").contains("scenario_sha256")
                .contains("\"fidelity\"").contains("\"wall_seconds\"").contains("\"jvm\"");
        assertThat(out.resolve("scenarios/p01-fast.yaml")).content().contains("servers: 2").contains("perWeek: 20");
        assertThat(out.resolve("replications/p00-slow/r00003.json")).isNotEmptyFile();
        assertThat(out.resolve("charts/sweep-mean_response_seconds.png")).isNotEmptyFile();
        assertThat(out.resolve("charts/weekly-certificates_issued.png")).isNotEmptyFile();
        List<String> reps = Files.readAllLines(out.resolve(ExperimentFolder.REPLICATIONS));
        assertThat(reps).hasSize(1 + 4 * 4);
        assertThat(reps.get(0)).startsWith("cell,arm,policy.pseudonym.perWeek,replication,seed,obus_deployed,")
                .contains(",weekly.certificates_issued,");
        List<String> ts = Files.readAllLines(out.resolve(ExperimentFolder.TIMESERIES));
        assertThat(ts.get(0)).isEqualTo("cell,arm,policy.pseudonym.perWeek,week,start,warmup,column,n,mean,sd,ci95_half_width,min,max");
        assertThat(ts).anyMatch(l -> l.startsWith("p00-slow,slow,10,0,2027-01-01,true,certificates_issued,4,"))
                .anyMatch(l -> l.startsWith("p00-slow,slow,10,1,2027-01-08,false,certificates_issued,4,"));
        try (var files = Files.walk(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void commonRandomNumbersMakeTheDifferenceOfTwoIdenticalArmsExactlyZero() throws Exception {
        TestExperiments.tinyScenario(dir);
        Path p = dir.resolve("crn.yaml");
        Files.writeString(p, """
                scenario: tiny
                replications: 5
                arms:
                  - name: a
                  - name: b
                    set: { description: "same model, another label" }
                  - name: faster
                    set: { scms.shuffle.maxWait: PT1M }
                """);
        ExperimentRun.Outcome o = run(new ExperimentLoader().load(p.toString()), "crn", 2);
        List<ExperimentRun.Difference> same = o.differences().stream().filter(d -> d.cell().id().equals("b")).toList();
        // figures of what the tiny scenario does not simulate (pricing, disruptions, misbehaviour) are NaN
        // in every replication: no difference to take
        same = same.stream().filter(d -> d.summary().n() > 0).toList();
        assertThat(same).isNotEmpty().allSatisfy(d -> {
            assertThat(d.summary().n()).as(d.metric()).isEqualTo(5);
            assertThat(d.summary().mean()).as(d.metric()).isZero();
            assertThat(d.summary().sd()).as(d.metric()).isZero();
            assertThat(d.summary().ci95HalfWidth()).as(d.metric()).isZero();
        });
        // the arm with a shorter RA shuffle sees the same deployment (same substreams) but answers sooner, in every replication
        ExperimentRun.Difference deployed = o.differences().stream()
                .filter(d -> d.cell().id().equals("faster") && d.metric().equals("obus_deployed")).findFirst().orElseThrow();
        assertThat(deployed.summary().mean()).isZero();
        assertThat(deployed.summary().sd()).isZero();
        ExperimentRun.Difference rt = o.differences().stream()
                .filter(d -> d.cell().id().equals("faster") && d.metric().equals("mean_response_seconds")).findFirst().orElseThrow();
        assertThat(rt.summary().upper()).isNegative();
        assertThat(rt.summary().max()).isNegative();
        // replications are independent draws: deployment counts are not all equal across replications
        assertThat(o.summary("a", "weekly.obus_active").sd()).isPositive();
    }

    @Test
    void anInterruptedBatchKeepsFinishedReplicationsAndResumeGivesTheUninterruptedResult() throws Exception {
        Experiment e = load("");
        run(e, "whole", 2);

        // "kill" the batch after 5 of its 16 replications
        Cancellation cancel = new Cancellation();
        AtomicInteger finished = new AtomicInteger();
        Progress killer = new Progress() {
            @Override
            public void start(int total, int alreadyDone) {
            }

            @Override
            public void finished(ReplicationTask task, ReplicationRecord result) {
                if (finished.incrementAndGet() == 5) {
                    cancel.cancel();
                }
            }

            @Override
            public void note(String message) {
            }

            @Override
            public void end() {
            }
        };
        Path part = dir.resolve("part");
        ExperimentRun.Outcome cut = new ExperimentRun(e, part, new ThreadPoolRunner(1), killer, cancel, false).execute();
        assertThat(cut.status()).isEqualTo(ExperimentRun.Status.INTERRUPTED);
        int kept = cut.replicationsPerCell().stream().mapToInt(Integer::intValue).sum();
        assertThat(kept).isBetween(5, 8);
        assertThat(part.resolve(ExperimentFolder.MANIFEST)).content().contains("\"status\" : \"interrupted\"");
        assertThat(part.resolve(ExperimentFolder.SUMMARY_CSV)).isNotEmptyFile();
        // a write cut short by a kill leaves a temporary file; resume must ignore and remove it
        Files.writeString(part.resolve("replications/p00-slow/.r00009.json.123.tmp"), "{\"cell\": ");

        AtomicInteger skipped = new AtomicInteger(-1);
        AtomicInteger ran = new AtomicInteger();
        Progress count = new Progress() {
            @Override
            public void start(int total, int alreadyDone) {
                skipped.set(alreadyDone);
            }

            @Override
            public void finished(ReplicationTask task, ReplicationRecord result) {
                ran.incrementAndGet();
            }

            @Override
            public void note(String message) {
            }

            @Override
            public void end() {
            }
        };
        ExperimentRun.Outcome resumed = new ExperimentRun(e, part, new ThreadPoolRunner(2), count, new Cancellation(), true).execute();
        assertThat(resumed.status()).isEqualTo(ExperimentRun.Status.COMPLETE);
        assertThat(skipped.get()).isEqualTo(kept);
        assertThat(ran.get()).isEqualTo(16 - kept);
        for (String f : DATA) {
            assertThat(bytes("part", f)).as(f).isEqualTo(bytes("whole", f));
        }
        assertThat(part.resolve("replications/p00-slow/.r00009.json.123.tmp")).doesNotExist();
    }

    @Test
    void resumeRefusesAnotherExperimentsFolderAndAFreshRunRefusesAFullFolder() throws Exception {
        Experiment e = load("");
        run(e, "out", 2);
        assertThatThrownBy(() -> run(e, "out", 2)).isInstanceOf(ExperimentException.class)
                .hasMessageContaining("already exists and is not empty").hasMessageContaining("--resume");
        Experiment other = load("seed: 8\n");
        assertThatThrownBy(() -> new ExperimentRun(other, dir.resolve("out"), new ThreadPoolRunner(1), Progress.NONE,
                new Cancellation(), true).execute()).isInstanceOf(ExperimentException.class)
                .hasMessageContaining("different experiment");
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> new ExperimentRun(e, dir.resolve("empty"), new ThreadPoolRunner(1), Progress.NONE,
                new Cancellation(), true).execute()).isInstanceOf(ExperimentException.class)
                .hasMessageContaining("not an experiment folder");
    }

    @Test
    void resumingWithMoreReplicationsRunsOnlyTheNewOnes() throws Exception {
        run(load(""), "grow", 2);
        Path p = dir.resolve("exp.yaml");
        Files.writeString(p, Files.readString(p).replace("replications: 4", "replications: 5"));
        Experiment more = new ExperimentLoader().load(p.toString());
        AtomicInteger ran = new AtomicInteger();
        ExperimentRun.Outcome o = new ExperimentRun(more, dir.resolve("grow"), new ThreadPoolRunner(2), new Progress() {
            @Override
            public void start(int total, int alreadyDone) {
            }

            @Override
            public void finished(ReplicationTask task, ReplicationRecord result) {
                ran.incrementAndGet();
            }

            @Override
            public void note(String message) {
            }

            @Override
            public void end() {
            }
        }, new Cancellation(), true).execute();
        assertThat(ran.get()).isEqualTo(4);
        assertThat(o.summary("p01-fast", "requests").n()).isEqualTo(5);
        run(more, "fresh5", 1);
        assertThat(bytes("grow", ExperimentFolder.SUMMARY_CSV)).isEqualTo(bytes("fresh5", ExperimentFolder.SUMMARY_CSV));
    }

    @Test
    void sequentialReplicationsStopAtTheTargetWidthTheSameWayWhateverTheThreads() throws Exception {
        TestExperiments.tinyScenario(dir);
        Path file = dir.resolve("target.yaml");
        Files.writeString(file, "scenario: tiny\nreplications: 3\n"
                + "target: { metrics: [requests], relativeHalfWidth: 0.05, maxReplications: 40 }\n");
        Experiment e = new ExperimentLoader().load(file.toString());
        ExperimentRun.Outcome one = run(e, "t1", 1);
        ExperimentRun.Outcome two = run(e, "t2", 2);
        assertThat(one.replications()).isGreaterThan(3).isEqualTo(two.replications());
        assertThat(one.targetMet()).isTrue();
        for (Experiment.Cell c : e.cells()) {
            MetricSummary s = one.summary(c.id(), "requests");
            assertThat(s.ci95HalfWidth() / Math.abs(s.mean())).as(c.id()).isLessThanOrEqualTo(0.05);
        }
        for (String f : DATA) {
            assertThat(bytes("t2", f)).as(f).isEqualTo(bytes("t1", f));
        }
        assertThat(dir.resolve("t1").resolve(ExperimentFolder.SUMMARY_JSON)).content().contains("\"met\" : true");

        Files.writeString(file, "scenario: tiny\nreplications: 2\n"
                + "target: { metrics: [requests], relativeHalfWidth: 0.0001, maxReplications: 3 }\n");
        Experiment capped = new ExperimentLoader().load(file.toString());
        ExperimentRun.Outcome c = run(capped, "capped", 2);
        assertThat(c.targetMet()).isFalse();
        assertThat(c.replications()).isEqualTo(3);
    }

    @Test
    void resumingACalibratedCellReusesTheCostsItsFinishedReplicationsMeasured() throws Exception {
        TestExperiments.tinyScenario(dir);
        Path file = dir.resolve("cal.yaml");
        Files.writeString(file, "scenario: tiny\nreplications: 2\nhorizon: P14D\nset: { scms.costs.source: calibrated }\n");
        Experiment e = new ExperimentLoader().load(file.toString());
        run(e, "cal", 1);
        Path r0 = dir.resolve("cal/replications/base/r00000.json");
        // as if the interrupted batch had run in another JVM, whose calibration measured other costs
        var json = org.scmsim.results.io.Tables.jsonMapper();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(r0.toFile());
        double measured = tree.path("costs").path("pseudonym_issue").asDouble();
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("costs")).put("pseudonym_issue", measured * 7);
        Files.write(r0, json.writeValueAsBytes(tree));
        Files.delete(dir.resolve("cal/replications/base/r00001.json"));
        new ExperimentRun(e, dir.resolve("cal"), new ThreadPoolRunner(1), Progress.NONE, new Cancellation(), true).charts(false).execute();
        var r1 = json.readTree(dir.resolve("cal/replications/base/r00001.json").toFile());
        assertThat(r1.path("costs").path("pseudonym_issue").asDouble()).isEqualTo(measured * 7);
        assertThat(r1.path("costs").path("source").asText()).isEqualToIgnoringCase("given");
    }

    @Test
    void nextRoundFollowsTheVarianceEstimateAtMostDoublingAndNeverPastTheMaximum() {
        assertThat(ExperimentRun.nextReplications(10, 1.1, 100)).isEqualTo(13);   // ceil(10 * 1.21)
        assertThat(ExperimentRun.nextReplications(10, 5, 100)).isEqualTo(20);     // at most doubling
        assertThat(ExperimentRun.nextReplications(10, 1.0001, 100)).isEqualTo(11); // at least one more
        assertThat(ExperimentRun.nextReplications(10, 5, 15)).isEqualTo(15);
        assertThat(ExperimentRun.nextReplications(10, Double.POSITIVE_INFINITY, 1000)).isEqualTo(20);
    }

    @Test
    void aFailingReplicationStopsTheBatchNamingItAndKeepsWhatFinished() throws Exception {
        Experiment e = load("");
        Path out = dir.resolve("fail");
        BatchRunner failing = new BatchRunner() {
            @Override
            public String describe() {
                return "failing";
            }

            @Override
            public void run(List<ReplicationTask> tasks, Sink sink, Cancellation cancel) throws BatchException {
                try {
                    sink.finished(tasks.get(0), tasks.get(0).execute());
                } catch (Exception x) {
                    throw new BatchException("sink", x);
                }
                throw new BatchException("replication 1 of cell p00-slow failed: boom", new IllegalStateException("boom"));
            }
        };
        assertThatThrownBy(() -> new ExperimentRun(e, out, failing, Progress.NONE, new Cancellation(), false).execute())
                .isInstanceOf(BatchRunner.BatchException.class).hasMessageContaining("p00-slow");
        assertThat(out.resolve(ExperimentFolder.MANIFEST)).content().contains("\"status\" : \"failed\"").contains("boom");
        assertThat(out.resolve("replications/p00-slow/r00000.json")).isNotEmptyFile();
    }
}
