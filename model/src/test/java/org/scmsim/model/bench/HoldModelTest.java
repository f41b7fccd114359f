package org.scmsim.model.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldModelTest {

    private static List<HoldModel> engines(int pending) {
        return List.of(new ScmsimHold(pending, 7), new SsjHold(SsjHold.List.SPLAY, pending, 7),
                new SsjHold(SsjHold.List.HENRIKSEN, pending, 7));
    }

    @Test
    void everyEngineKeepsTheCalendarFullAndFiresExactlyWhatWasAsked() {
        for (HoldModel m : engines(500)) {
            m.fill();
            assertThat(m.size()).as(m.engine()).isEqualTo(500);
            assertThat(m.hold(10_000)).as(m.engine()).isEqualTo(10_000);
            assertThat(m.size()).as(m.engine()).isEqualTo(500);
            assertThat(m.hold(3)).isEqualTo(3);
        }
    }

    @Test
    void enginesAgreeOnTheSimulatedClockForTheSameIncrements() {
        // Same increments in the same order and the same ordering rule: same clock after the same events.
        List<Double> clocks = new ArrayList<>();
        for (HoldModel m : engines(100)) {
            m.fill();
            m.hold(5_000);
            clocks.add(m.now());
        }
        assertThat(clocks.get(0)).isGreaterThan(0);
        assertThat(clocks).allSatisfy(t -> assertThat(t).isCloseTo(clocks.get(0), org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void cancellationKeepsTheCalendarSize() {
        for (HoldModel m : engines(1000)) {
            m.fill();
            m.hold(2000);
            m.cancelAndReplace(300);
            assertThat(m.size()).as(m.engine()).isEqualTo(1000);
            assertThat(m.hold(2000)).isEqualTo(2000);
        }
    }

    @Test
    void harnessReportsOneFigurePerEngineAndSize() {
        long[] fakeNanos = {0};
        EngineBenchmark bench = new EngineBenchmark(() -> fakeNanos[0] += 1_000_000);   // 1 ms per reading
        var plan = new EngineBenchmark.Plan(new int[] {10, 100}, 1000, 1, 2);
        List<EngineBenchmark.Figure> seen = new ArrayList<>();
        var figures = bench.run(plan, EngineBenchmark.standardContenders(1), seen::add);
        assertThat(figures).hasSize(6).isEqualTo(seen);
        assertThat(figures).allSatisfy(f -> assertThat(f.medianEventsPerSecond()).isEqualTo(1000 / 1e-3));
        assertThat(figures.get(0).pendingEvents()).isEqualTo(10);
        assertThat(figures.get(5).pendingEvents()).isEqualTo(100);
    }

    @Test
    void rejectsAnEmptyCalendarAndAnEmptyPlan() {
        assertThatThrownBy(() -> new ScmsimHold(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EngineBenchmark.Plan(new int[0], 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
