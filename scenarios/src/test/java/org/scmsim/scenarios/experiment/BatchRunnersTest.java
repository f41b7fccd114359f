package org.scmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scmsim.scenarios.cli.ScmsimCommand;
import picocli.CommandLine;

class BatchRunnersTest {

    @Test
    void threadsIsBuiltIn() {
        BatchRunner r = BatchRunners.create(new RunnerOptions("threads", 3, null, Map.of()));
        assertThat(r).isInstanceOf(ThreadPoolRunner.class);
        assertThat(r.describe()).isEqualTo("threads(3)");
    }

    @Test
    void anUnknownRunnerNamesTheKnownOnesAndWhereSparkLives() {
        assertThatThrownBy(() -> BatchRunners.create(new RunnerOptions("spark", 2, "local[2]", Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--runner spark: unknown runner; available here: threads")
                .hasMessageContaining("cluster-spark");
        assertThatThrownBy(() -> BatchRunners.create(new RunnerOptions("threads", 2, "yarn", Map.of())))
                .hasMessageContaining("--master is for cluster runners");
    }

    @Test
    void theCliSaysSoWithExitTwo() {
        CommandLine cl = ScmsimCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("experiment", "download-policy", "--runner", "hadoop", "--out", "target/never-written");
        assertThat(code).isEqualTo(ScmsimCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--runner hadoop: unknown runner").doesNotContain("Exception");
        assertThat(new java.io.File("target/never-written")).doesNotExist();
    }
}
