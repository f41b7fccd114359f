package org.scmsim.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.scmsim.model.bench.HoldModel;

class DsolHoldTest {

    @Test
    void dsolRunsTheSameHoldModelAsOurEngine() {
        HoldModel dsol = HoldModelBenchmark.create("dsol", 200, 3);
        HoldModel ours = HoldModelBenchmark.create("scmsim", 200, 3);
        for (HoldModel m : new HoldModel[] {dsol, ours}) {
            m.fill();
            assertThat(m.hold(5_000)).isEqualTo(5_000);
            assertThat(m.hold(5_000)).isEqualTo(5_000);
            m.cancelAndReplace(50);
            assertThat(m.size()).as(m.engine()).isEqualTo(200);
        }
        assertThat(dsol.now()).isCloseTo(ours.now(), Offset.offset(1e-9));
    }
}
