package org.scmsim.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bounded-rate hand-over from a simulation thread: no flood, the latest value wins, the last one arrives. */
class SnapshotPublisherTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ScheduledExecutorService target = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        timer.shutdownNow();
        target.shutdownNow();
    }

    @Test
    void aFloodOfSnapshotsIsDeliveredAtMostOncePerIntervalAndTheLastOneArrives() throws Exception {
        List<Integer> got = new CopyOnWriteArrayList<>();
        List<Long> at = new CopyOnWriteArrayList<>();
        SnapshotPublisher<Integer> p = new SnapshotPublisher<>(target::execute, 50, v -> {
            got.add(v);
            at.add(System.nanoTime());
        }, System::nanoTime, timer);
        long start = System.nanoTime();
        int n = 0;
        while (System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(400)) {
            p.publish(n++);
        }
        p.flush(n);
        target.submit(() -> { }).get();
        Thread.sleep(120);
        target.submit(() -> { }).get();

        assertThat(n).isGreaterThan(10_000);
        // 400 ms at one delivery per 50 ms: about 8, never thousands (+1 for the flush)
        assertThat(got.size()).isBetween(3, 12);
        assertThat(got).isSorted();
        assertThat(got.get(got.size() - 1)).isEqualTo(n);
        for (int i = 1; i < at.size() - 1; i++) {
            assertThat(at.get(i) - at.get(i - 1)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50) - TimeUnit.MILLISECONDS.toNanos(2));
        }
    }

    @Test
    void aQuietPublisherDeliversAtOnceAndNothingTwice() throws Exception {
        List<String> got = new CopyOnWriteArrayList<>();
        SnapshotPublisher<String> p = new SnapshotPublisher<>(target::execute, 1000, got::add, System::nanoTime, timer);
        p.publish("first");
        target.submit(() -> { }).get();
        assertThat(got).containsExactly("first");
        p.publish("second");
        p.publish("third");
        Thread.sleep(50);
        target.submit(() -> { }).get();
        assertThat(got).containsExactly("first");   // held back: less than the interval since "first"
        p.flush("last");
        target.submit(() -> { }).get();
        Thread.sleep(1100);
        target.submit(() -> { }).get();
        assertThat(got).containsExactly("first", "last");
    }
}
