package org.scmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final AtomicLong now = new AtomicLong();

    @Test
    void onATerminalOneLineIsRedrawnWithABarAndAnEta() {
        StringWriter s = new StringWriter();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(s), true, now::get);
        p.start(4, 0);
        now.set(2_000_000_000L);
        p.finished(null, null);
        assertThat(s.toString()).contains("\r").contains("[#######-----------------------] 1/4 replications (25%), 2 s elapsed, ETA 6 s");
        p.finished(null, null);
        p.finished(null, null);
        p.finished(null, null);
        p.end();
        assertThat(s.toString()).contains("[##############################] 4/4 replications (100%)").endsWith("done" + System.lineSeparator());
    }

    @Test
    void elsewherePlainLinesAtMostEveryFewSecondsAndAtTheEnd() {
        StringWriter s = new StringWriter();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(s), false, now::get);
        p.start(10, 4);
        for (int i = 0; i < 5; i++) {
            now.addAndGet(1_000_000_000L);
            p.finished(null, null);
        }
        now.addAndGet(1_000_000_000L);
        p.finished(null, null);
        p.end();
        String[] lines = s.toString().split("\\R");
        assertThat(s.toString()).doesNotContain("\r").doesNotContain("\033");
        assertThat(lines).containsExactly(
                "4 of 10 replications already finished, skipped",
                "progress: 0 of 6 replications to run",
                "progress: 9/10 replications (90%), 5 s elapsed, ETA 1 s",
                "progress: 10/10 replications (100%), 6 s elapsed, done");
    }

    @Test
    void aLongReplicationAdvancesTheBarAndTheEtaBeforeItFinishes() {
        StringWriter s = new StringWriter();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(s), true, now::get);
        ReplicationTask task = new ReplicationTask(0, "c", 0, null, java.time.Duration.ZERO, "");
        p.start(2, 0);
        now.set(10_000_000_000L);
        p.advanced(task, 0.5);
        assertThat(s.toString()).endsWith("[#######-----------------------] 0/2 replications (25%), 10 s elapsed, ETA 30 s");
        now.set(20_000_000_000L);
        p.finished(task, null);
        assertThat(s.toString()).endsWith("[###############---------------] 1/2 replications (50%), 20 s elapsed, ETA 20 s");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(ConsoleProgress.duration(42.4)).isEqualTo("42 s");
        assertThat(ConsoleProgress.duration(125)).isEqualTo("2 min 05 s");
        assertThat(ConsoleProgress.duration(7300)).isEqualTo("2 h 01 min");
    }
}
