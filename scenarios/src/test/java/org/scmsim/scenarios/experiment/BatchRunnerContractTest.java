package org.scmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scmsim.results.io.Tables;

/**
 * A backend that runs elsewhere plugs in behind {@link BatchRunner} and gives the same files: here
 * a stand-in "remote" runner ships each task as text, rebuilds it, runs the tasks in reverse order
 * and sends results back as JSON bytes, as a cluster backend would.
 */
class BatchRunnerContractTest {

    @TempDir
    Path dir;

    /** Runs tasks from their text form, last first, returning results through JSON. */
    static final class RemoteLikeRunner implements BatchRunner {
        private final ObjectMapper json = Tables.jsonMapper();

        @Override
        public String describe() {
            return "remote-like";
        }

        @Override
        public void run(List<ReplicationTask> tasks, Sink sink, Cancellation cancel) throws BatchException {
            List<ReplicationTask> order = new ArrayList<>(tasks);
            Collections.reverse(order);
            for (ReplicationTask t : order) {
                try {
                    ReplicationTask shipped = ReplicationTask.rebuild(t.cell(), t.cellId(), t.replication(), t.scenarioYaml(),
                            t.warmup(), t.fingerprint());
                    byte[] back = shipped.execute().toJson(json);
                    sink.finished(t, ReplicationRecord.fromJson(back, json));
                } catch (Exception e) {
                    throw new BatchException("remote task failed: " + e, e);
                }
            }
        }
    }

    @Test
    void aRunnerThatShipsTasksAsTextAndRunsThemInAnyOrderGivesTheSameFiles() throws Exception {
        Experiment e = new ExperimentLoader().load(TestExperiments.experiment(dir, "").toString());
        new ExperimentRun(e, dir.resolve("pool"), new ThreadPoolRunner(2), Progress.NONE, new Cancellation(), false)
                .charts(false).execute();
        ExperimentRun.Outcome o = new ExperimentRun(e, dir.resolve("remote"), new RemoteLikeRunner(), Progress.NONE,
                new Cancellation(), false).charts(false).execute();
        assertThat(o.status()).isEqualTo(ExperimentRun.Status.COMPLETE);
        for (String f : ExperimentRunTest.DATA) {
            assertThat(Files.readAllBytes(dir.resolve("remote").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(dir.resolve("pool").resolve(f)));
        }
        assertThat(dir.resolve("remote").resolve(ExperimentFolder.MANIFEST)).content().contains("\"runner\" : \"remote-like\"")
                .contains("operation_costs_seconds");
    }

    @Test
    void theDefaultRunnerIsFoundByName() {
        assertThat(BatchRunners.create(new RunnerOptions(RunnerOptions.THREADS, 3, null, java.util.Map.of())))
                .isInstanceOf(ThreadPoolRunner.class)
                .satisfies(r -> assertThat(((ThreadPoolRunner) r).threads()).isEqualTo(3));
    }
}
