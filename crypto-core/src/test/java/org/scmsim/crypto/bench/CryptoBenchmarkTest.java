package org.scmsim.crypto.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The harness runs every stage end to end on a tiny workload (no timing is asserted). */
class CryptoBenchmarkTest {

    @Test
    void everyStageRunsAndCountsItsCertificates() throws Exception {
        AtomicLong fakeClock = new AtomicLong();
        List<Stage> seen = new ArrayList<>();
        List<StageResult> results = new CryptoBenchmark("conscrypt", 2, 20, () -> fakeClock.addAndGet(1_000_000),
                () -> fakeClock.get()).run(seen::add);
        assertThat(seen).containsExactly(Stage.values());
        assertThat(results).extracting(StageResult::stage).containsExactly(Stage.values());
        for (StageResult r : results) {
            long expected = r.stage() == Stage.CRL_CHECK ? 2L * 20 * 50 : 2L * 20;
            assertThat(r.operations()).as(r.stage().name()).isEqualTo(expected);
            assertThat(r.threads()).isEqualTo(2);
            assertThat(r.seconds()).isPositive();
        }
    }

    @Test
    void badParametersAreRefused() {
        assertThatThrownBy(() -> new CryptoBenchmark("bc", 0, 20, System::nanoTime, () -> 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CryptoBenchmark("bc", 1, 5, System::nanoTime, () -> 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
